/**
 * Dates are ISO strings (`YYYY-MM-DD`, UTC). All arithmetic goes through epoch days so no local time zone can
 * shift a date, and nothing here reads the clock.
 */

export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Digits at `from`…`to` of a string as a number, or NaN when any is not a digit. */
function readDigits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, by calendar arithmetic (H. Hinnant's days_from_civil): a scan
 * converts millions of dates, and parsing each through `Date` was a large share of its time. Anything not in
 * that shape goes through `Date.parse` as before (NaN when it is no date).
 */
export function toEpochDay(date: IsoDate): number {
  const year = readDigits(date, 0, 4);
  const month = readDigits(date, 5, 7);
  const day = readDigits(date, 8, 10);
  if (
    date.length !== 10 ||
    Number.isNaN(year + month + day) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31
  ) {
    return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  dayOfMonth: number;
}

/** Howard Hinnant's days-to-civil algorithm (proleptic Gregorian, epoch day 0 = 1970-01-01). */
export function toCivil(day: number): CivilDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}

/** The `YYYY-MM-DD` date of a day since 1970-01-01 (years 0–9999). */
export function fromEpochDay(day: number): IsoDate {
  const { year, month, dayOfMonth } = toCivil(day);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // Epoch day 0 (1970-01-01) was a Thursday.
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

export function startOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

export interface IsoWeek {
  year: number;
  week: number;
}

/** ISO 8601 week: the week belongs to the year that holds its Thursday. */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** `2026-W07` */
export function isoWeekKey(date: IsoDate): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  /** `2026-Q4`, `2026-11`, `2026`; the year is the fiscal year, named after the calendar year it starts in. */
  key: string;
  kind: PeriodKind;
  start: IsoDate;
  /** Inclusive last day. */
  end: IsoDate;
}

export interface FiscalCalendar {
  /** 1 = January. A fiscal year starting in April has fiscalYearStartMonth 4. */
  fiscalYearStartMonth: number;
}

export const CALENDAR_YEAR: FiscalCalendar = { fiscalYearStartMonth: 1 };

function monthStart(year: number, monthIndex: number): IsoDate {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return date.toISOString().slice(0, 10);
}

function lastDayBefore(date: IsoDate): IsoDate {
  return addDays(date, -1);
}

/** The fiscal period of the given kind that contains `date`. */
export function periodOf(date: IsoDate, kind: PeriodKind, calendar: FiscalCalendar = CALENDAR_YEAR): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const startMonth = calendar.fiscalYearStartMonth - 1;
  const monthsIntoYear = (month - startMonth + 12) % 12;
  const fiscalYear = month >= startMonth ? year : year - 1;
  if (kind === 'month') {
    const start = monthStart(year, month);
    return { key: date.slice(0, 7), kind, start, end: lastDayBefore(monthStart(year, month + 1)) };
  }
  if (kind === 'quarter') {
    const quarter = Math.floor(monthsIntoYear / 3);
    const start = monthStart(fiscalYear, startMonth + quarter * 3);
    const end = lastDayBefore(monthStart(fiscalYear, startMonth + quarter * 3 + 3));
    return { key: `${fiscalYear}-Q${quarter + 1}`, kind, start, end };
  }
  const start = monthStart(fiscalYear, startMonth);
  return { key: String(fiscalYear), kind, start, end: lastDayBefore(monthStart(fiscalYear + 1, startMonth)) };
}

const PERIOD_KEY = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** Parses `2026-Q4`, `2026-11` or `2026`; returns null for anything else. */
export function parsePeriodKey(key: string, calendar: FiscalCalendar = CALENDAR_YEAR): Period | null {
  const match = PERIOD_KEY.exec(key.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const startMonth = calendar.fiscalYearStartMonth - 1;
  if (match[2]) {
    const quarter = Number(match[2]) - 1;
    return periodOf(monthStart(year, startMonth + quarter * 3), 'quarter', calendar);
  }
  if (match[3]) return periodOf(`${year}-${match[3]}-01`, 'month', calendar);
  return periodOf(monthStart(year, startMonth), 'year', calendar);
}

/** Periods of one kind from the one containing `from` to the one containing `to`, in order. */
export function listPeriods(
  kind: PeriodKind,
  from: IsoDate,
  to: IsoDate,
  calendar = CALENDAR_YEAR,
): Period[] {
  const periods: Period[] = [];
  let current = periodOf(from, kind, calendar);
  while (current.start <= to) {
    periods.push(current);
    current = periodOf(addDays(current.end, 1), kind, calendar);
  }
  return periods;
}
