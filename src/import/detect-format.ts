/**
 * Detects how a CSV file is written from its first bytes: encoding (UTF-8 with or without BOM, UTF-16 with BOM,
 * else Windows-1252 as Excel writes it in Germany), line ending, delimiter, decimal separator and date order.
 * Pure: takes bytes or text, returns a description; nothing is guessed silently where it matters (dates).
 */
import Papa from 'papaparse';
import type { DateOrder, DecimalSeparator } from './values.ts';

export type FileEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type Delimiter = ',' | ';' | '\t' | '|';
export type Newline = '\n' | '\r\n' | '\r';

export type ContentKind = 'text' | 'xlsx' | 'binary' | 'empty';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** What the first bytes say: a ZIP is an XLSX workbook; NUL or many control bytes mean not a text file. */
export function detectContentKind(bytes: Uint8Array): ContentKind {
  if (bytes.length === 0) return 'empty';
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return 'xlsx';
  if (detectBom(bytes)?.encoding.startsWith('utf-16')) return 'text';
  let control = 0;
  // An index loop: `for … of` over a megabyte of bytes ran ≈ 40 ms before V8 optimised it, on every import.
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    if (byte === 0) return 'binary';
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control > bytes.length * 0.01 ? 'binary' : 'text';
}

function detectBom(bytes: Uint8Array): { encoding: FileEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Length of the UTF-8 sequence starting at `index`, or 0 when the bytes there are not valid UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!;
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
  if (length === 0 || index + length > bytes.length) return 0;
  for (let next = 1; next < length; next += 1) if ((bytes[index + next]! & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * UTF-8 when the non-ASCII bytes form valid UTF-8 sequences, Windows-1252 (Excel's German CSV) when they do not.
 * A file that is mostly UTF-8 with a few stray bytes stays UTF-8: its broken rows are then reported, not turned
 * into mojibake. A sequence cut off at the end of a truncated sample does not count.
 */
export function detectEncoding(bytes: Uint8Array, isTruncated: boolean): FileEncoding {
  const bom = detectBom(bytes);
  if (bom) return bom.encoding;
  let valid = 0;
  let invalid = 0;
  const end = isTruncated ? bytes.length - 3 : bytes.length;
  for (let index = 0; index < end; index += 1) {
    if (bytes[index]! < 0x80) continue;
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) invalid += 1;
    else {
      valid += 1;
      index += length - 1;
    }
  }
  return invalid === 0 || valid > invalid ? 'utf-8' : 'windows-1252';
}

export function detectNewline(text: string): Newline {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf < 0 && text.includes('\r')) return '\r';
  return '\n';
}

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

/** The delimiter that splits the header into most columns while the following rows keep that count. */
export function detectDelimiter(text: string, newline: Newline): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const rows = (
      new Papa.Parser({ delimiter, newline, preview: 30 }).parse(text, 0, true).data as string[][]
    ).filter((row) => row.length > 1 || row[0] !== '');
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = rows.filter((row) => row.length === width).length / rows.length;
    const score = consistent * 1000 + width;
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}/;
const NUMBERISH = /^[-+(]?[\d.,\s'€$£]*\d[\d.,\s'€$£)]*$/;
const COMMA_DECIMAL = [/\d,\d{1,2}\s*\D*$/, /\.\d{3},\d/, /,\d{4,}$/];
const POINT_DECIMAL = [/\d\.\d{1,2}\s*\D*$/, /,\d{3}\.\d/, /\.\d{4,}$/];

/** Counts cells that can only be read one way (`1.234,56`, `0,5` vs `1,234.56`, `0.5`); `1,234` says nothing. */
export function detectDecimal(cells: string[], delimiter: Delimiter): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const cell of cells) {
    if (!NUMBERISH.test(cell) || DOTTED_DATE.test(cell)) continue;
    if (COMMA_DECIMAL.some((pattern) => pattern.test(cell))) comma += 1;
    else if (POINT_DECIMAL.some((pattern) => pattern.test(cell))) point += 1;
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

const SLASHED_DATE = /^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}(?:$|[ T])/;

export interface DateOrderDetection {
  dateOrder: DateOrder | null;
  /** Slashed dates exist and none of them tells day from month (or they contradict each other). */
  isAmbiguous: boolean;
}

/** `13/04/2026` proves day-first, `04/13/2026` month-first; a file of only `03/04/2026`-style dates is ambiguous. */
export function detectDateOrder(cells: string[]): DateOrderDetection {
  let hasSlashed = false;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    const match = SLASHED_DATE.exec(cell);
    if (!match) continue;
    hasSlashed = true;
    if (Number(match[1]) > 12) dayFirst += 1;
    if (Number(match[2]) > 12) monthFirst += 1;
  }
  if (dayFirst > 0 && monthFirst === 0) return { dateOrder: 'dmy', isAmbiguous: false };
  if (monthFirst > 0 && dayFirst === 0) return { dateOrder: 'mdy', isAmbiguous: false };
  return { dateOrder: null, isAmbiguous: hasSlashed };
}
