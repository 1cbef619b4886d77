/**
 * Looks at the start of an uploaded file and says how it is written (format), what its columns are and what the
 * first rows look like. Bad files (empty, binary, unreadable) are refused here with a message a person can act on.
 */
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { AppError } from '../core/errors.ts';
import {
  type Delimiter,
  detectContentKind,
  detectDateOrder,
  detectDecimal,
  detectDelimiter,
  detectEncoding,
  detectNewline,
  type FileEncoding,
} from './detect-format.ts';
import { createImportError, createImportProblem, type ImportProblem } from './problems.ts';
import { type CsvFormat, readCsvBatches } from './read-csv.ts';
import type { DateOrder, DecimalSeparator } from './values.ts';

export interface FileFormat extends CsvFormat {
  type: 'csv' | 'xlsx';
  decimal: DecimalSeparator;
  dateOrder: DateOrder | null;
  isDateOrderAmbiguous: boolean;
}

export interface FileInspection {
  format: FileFormat;
  headers: string[];
  /** The first rows after the header, as text. */
  preview: string[][];
}

const SAMPLE_BYTES = 1 << 20;
const SAMPLE_ROWS = 2000;
export const PREVIEW_ROWS = 20;

async function readStart(path: string): Promise<{ bytes: Buffer; isTruncated: boolean }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return {
      bytes: buffer.subarray(0, Math.min(bytesRead, SAMPLE_BYTES)),
      isTruncated: bytesRead > SAMPLE_BYTES,
    };
  } finally {
    await handle.close();
  }
}

function decodeSample(bytes: Buffer, encoding: FileEncoding): string {
  const text =
    encoding === 'utf-8'
      ? bytes.toString('utf8')
      : iconv.decode(bytes, encoding === 'windows-1252' ? 'win1252' : encoding);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Excel 97–2003 workbooks (.xls) are OLE compound files; Tandem reads .xlsx only. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isLegacyExcel = (bytes: Uint8Array) => OLE_MAGIC.every((byte, index) => bytes[index] === byte);

export function badFileError(problem: ImportProblem): AppError {
  return createImportError(problem);
}

/** Header names trimmed; empty trailing columns (Excel's `a;b;;;`) dropped. */
export function cleanHeaders(row: string[]): string[] {
  const headers = row.map((header) => header.trim());
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  return headers;
}

export async function inspectCsv(
  path: string,
  overrides: { encoding?: FileEncoding; delimiter?: Delimiter } = {},
): Promise<FileInspection> {
  const { bytes, isTruncated } = await readStart(path);
  const kind = detectContentKind(bytes);
  if (kind === 'empty') throw badFileError(createImportProblem('file_empty', {}));
  if (isLegacyExcel(bytes)) {
    throw badFileError(createImportProblem('file_legacy_excel', {}));
  }
  if (kind === 'binary') throw badFileError(createImportProblem('file_binary', {}));
  // A programming error, not the user's: inspectFile sends workbooks to the workbook reader.
  if (kind === 'xlsx') throw new Error('Excel workbooks (.xlsx) are read by inspectFile');
  const encoding = overrides.encoding ?? detectEncoding(bytes, isTruncated);
  const text = decodeSample(bytes, encoding);
  const newline = detectNewline(text);
  const delimiter = overrides.delimiter ?? detectDelimiter(text, newline);
  const rows: string[][] = [];
  for await (const batch of readCsvBatches(path, { encoding, delimiter, newline })) {
    rows.push(...batch.rows.slice(0, SAMPLE_ROWS + 1 - rows.length));
    if (rows.length > SAMPLE_ROWS) break;
  }
  const [header, ...sample] = rows;
  if (!header) throw badFileError(createImportProblem('file_no_header', {}));
  const cells = sample.flat();
  const { dateOrder, isAmbiguous } = detectDateOrder(cells);
  return {
    format: {
      type: 'csv',
      encoding,
      delimiter,
      newline,
      decimal: detectDecimal(cells, delimiter),
      dateOrder,
      isDateOrderAmbiguous: isAmbiguous,
    },
    headers: cleanHeaders(header),
    preview: sample.slice(0, PREVIEW_ROWS),
  };
}
