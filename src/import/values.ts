/**
 * Cell values as people type them in CRM exports and Excel: German and English number and date formats,
 * currency symbols, yes/no words. Each parser returns a value or a problem saying what was expected.
 */

import {
  createImportProblem,
  type ImportProblem,
  type ImportProblemCode,
  type ImportProblemParams,
} from './problems.ts';

export type DecimalSeparator = ',' | '.';
/** Order of day, month and year in dates written with `/` (dotted dates are always day.month.year). */
export type DateOrder = 'dmy' | 'mdy';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
type Failure = Extract<Parsed<never>, { ok: false }>;
const fail = <C extends ImportProblemCode>(code: C, params: ImportProblemParams[C]): Failure => ({
  ok: false,
  problem: createImportProblem(code, params),
});
/** Every failure a parser returns, built once: a file full of bad cells builds no problem per cell. */
const NOT_A_NUMBER: Record<DecimalSeparator, Failure> = {
  ',': fail('number_expected', { example: '1.234,56' }),
  '.': fail('number_expected', { example: '1,234.56' }),
};
const NOT_AN_AMOUNT: Record<DecimalSeparator, Failure> = {
  ',': fail('amount_expected', { example: '1.234,56' }),
  '.': fail('amount_expected', { example: '1,234.56' }),
};
const AMOUNT_TOO_LARGE = fail('amount_too_large', {});
const DATE_ORDER_UNSET = fail('date_order_unset', {});
const NOT_A_DATE: Record<DateOrder, Failure> = {
  dmy: fail('date_expected', { example: '31/12/2026' }),
  mdy: fail('date_expected', { example: '12/31/2026' }),
};
const NOT_YES_OR_NO = fail('yes_no_expected', {});

/** Currency signs and codes that may precede or follow an amount; stripped before parsing. */
const CURRENCY = /(?:R\$|US\$|[€$£¥₣]|\b(?:EUR|USD|GBP|CHF|JPY|BRL|SEK|NOK|DKK|PLN)\b)/gi;
/** Thousands groupings people use besides the separator: spaces, non-breaking spaces, Swiss apostrophes. */
const GROUPING = /[\s\u00a0\u202f'’]/g;
/** Digits with optional thousands groups of exactly three, then the decimal part: `1.234.567,89`, `1234,5`. */
const GROUPED: Record<DecimalSeparator, RegExp> = {
  ',': /^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/,
  '.': /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/,
};

const [ZERO, NINE, MINUS, COMMA, DOT, DASH] = [48, 57, 45, 44, 46, 45];
const isDigit = (code: number) => code >= ZERO && code <= NINE;

/**
 * The common case without regular expressions: digits with at most one decimal separator and a leading minus
 * (`-1234.5`, `1234,5`). Null for anything else, which takes the full path.
 */
function parsePlainNumber(text: string, decimal: DecimalSeparator): number | null {
  const length = text.length;
  if (length === 0 || length > 15) return null;
  const separator = decimal === ',' ? COMMA : DOT;
  let index = text.charCodeAt(0) === MINUS ? 1 : 0;
  let separatorAt = -1;
  for (; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (isDigit(code)) continue;
    if (code !== separator || separatorAt >= 0) return null;
    separatorAt = index;
  }
  const firstDigit = text.charCodeAt(0) === MINUS ? 1 : 0;
  if (separatorAt === firstDigit || separatorAt === length - 1 || length === firstDigit) return null;
  return Number(separatorAt >= 0 && decimal === ',' ? text.replace(',', '.') : text);
}

/** Parses a decimal number written with the file's decimal separator (`1.234,56` or `1,234.56`). */
export function parseDecimal(text: string, decimal: DecimalSeparator): Parsed<number> {
  const plain = parsePlainNumber(text, decimal);
  if (plain !== null) return ok(plain);
  let raw = text.replace(CURRENCY, '').replace(GROUPING, '');
  if (raw.startsWith('(') && raw.endsWith(')')) raw = `-${raw.slice(1, -1)}`;
  if (!GROUPED[decimal].test(raw)) {
    return NOT_A_NUMBER[decimal];
  }
  const digits = decimal === ',' ? raw.replaceAll('.', '').replace(',', '.') : raw.replaceAll(',', '');
  return ok(Number(digits));
}

/** Rounding half away from zero so 0.005 becomes 1 cent; -0 becomes 0. NaN when the cents are not safe. */
function toCents(value: number): number {
  const cents = Math.sign(value) * Math.round(Math.abs(value) * 100);
  if (!Number.isSafeInteger(cents)) return Number.NaN;
  return cents === 0 ? 0 : cents;
}

/** Money to integer cents; rounding half away from zero so 0.005 becomes 1 cent. */
export function parseMoneyCents(text: string, decimal: DecimalSeparator): Parsed<number> {
  const parsed = parseDecimal(text, decimal);
  if (!parsed.ok) return NOT_AN_AMOUNT[decimal];
  const cents = toCents(parsed.value);
  return Number.isNaN(cents) ? AMOUNT_TOO_LARGE : ok(cents);
}

/**
 * parseMoneyCents's value for a plain amount (digits, one decimal separator, a leading minus), without the
 * result object: the amount of nearly every row. Null for anything else, which parseMoneyCents reads or refuses.
 */
export function readPlainMoneyCents(text: string, decimal: DecimalSeparator): number | null {
  const plain = parsePlainNumber(text, decimal);
  if (plain === null) return null;
  const cents = toCents(plain);
  return Number.isNaN(cents) ? null : cents;
}

const ISO_PREFIX = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[ T])/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:$|[ T,])/;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:$|[ T,])/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Two-digit years are 20xx. Arithmetic, not Date: this runs for every date cell of a million-row file. */
function toIso(year: number, month: number, day: number): string | null {
  const fullYear = year < 100 ? 2000 + year : year;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(fullYear, month)) return null;
  return `${String(fullYear).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The number written by the digits from `from` to `to`, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - ZERO;
  }
  return value;
}

/**
 * `2026-12-31` or `31.12.2026` exactly, checked by character: the dates of nearly every cell. Null for anything
 * else (also for such a date that does not exist), which parseDate reads or refuses.
 */
export function parseFixedDate(text: string): string | null {
  if (text.length !== 10) return null;
  let [year, month, day] = [-1, -1, -1];
  if (text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH) {
    year = digitsAt(text, 0, 4);
    month = digitsAt(text, 5, 7);
    day = digitsAt(text, 8, 10);
  } else if (text.charCodeAt(2) === DOT && text.charCodeAt(5) === DOT) {
    day = digitsAt(text, 0, 2);
    month = digitsAt(text, 3, 5);
    year = digitsAt(text, 6, 10);
  }
  return year < 0 || month < 0 || day < 0 ? null : toIso(year, month, day);
}

/**
 * Parses ISO (`2026-12-31`, also with a time), German (`31.12.2026`) and slashed dates; slashed dates need the
 * file's date order, since `03/04/2026` is 3 April in Germany and March 4 in the US.
 */
export function parseDate(text: string, order: DateOrder | null): Parsed<string> {
  const fast = parseFixedDate(text);
  if (fast !== null) return ok(fast);
  const value = text.trim();
  const iso = ISO_PREFIX.exec(value);
  const dotted = iso ? null : DOTTED.exec(value);
  const slashed = iso || dotted ? null : SLASHED.exec(value);
  let result: string | null = null;
  if (iso) result = toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dotted) result = toIso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  else if (slashed) {
    if (order === null) return DATE_ORDER_UNSET;
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    result =
      order === 'dmy' ? toIso(Number(slashed[3]), second, first) : toIso(Number(slashed[3]), first, second);
  }
  return result ? ok(result) : NOT_A_DATE[order ?? 'dmy'];
}

/** Excel serial day numbers 10000–99999 (1927–2173), as a date cell shows when its date format got lost. */
const EXCEL_SERIAL = /^(\d{5})(?:[.,]\d+)?$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial (`46022`, also with a time fraction) as an ISO date, or null when the text is not one. */
export function parseExcelSerial(text: string): string | null {
  const match = EXCEL_SERIAL.exec(text.trim());
  if (!match) return null;
  return new Date(EXCEL_EPOCH_MS + Number(match[1]) * 86_400_000).toISOString().slice(0, 10);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'ja', 'j', '1', 'x', 'wahr', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'nein', '0', 'falsch', 'off', '-']);

const TRUE: Parsed<boolean> = ok(true);
const FALSE: Parsed<boolean> = ok(false);

export function parseBoolean(text: string): Parsed<boolean> {
  if (text === 'false') return FALSE;
  if (text === 'true') return TRUE;
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return TRUE;
  if (FALSE_WORDS.has(word)) return FALSE;
  return NOT_YES_OR_NO;
}

/**
 * Remembers a function of a cell's text for the few distinct values a column repeats (stages, outcomes, yes/no):
 * a million rows then cost a million map lookups, not a million normalisations. Stops remembering at `limit`.
 */
export function memoize<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined || cache.has(text)) return cached as T;
    const value = compute(text);
    if (cache.size < limit) cache.set(text, value);
    return value;
  };
}

/** Lower case, umlauts folded, punctuation and spaces collapsed: `Closed-Won` and `closed won` match. */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
