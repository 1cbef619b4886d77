/**
 * Opens an import file whatever it is: inspects its format (with the user's overrides applied), returns its
 * headers and a stream of row batches. The one place that knows CSV from XLSX.
 */
import { open, stat } from 'node:fs/promises';
import { detectContentKind } from './detect-format.ts';
import { type FileFormat, type FileInspection, inspectCsv } from './inspect-file.ts';
import { type RowBatch, readCsvBatches } from './read-csv.ts';
import { inspectXlsx, readXlsxBatches } from './read-xlsx.ts';

/** What a person may correct after seeing the detected format. */
export type FormatOverrides = Partial<Pick<FileFormat, 'encoding' | 'delimiter' | 'decimal' | 'dateOrder'>>;

export interface ImportSource extends FileInspection {
  totalBytes: number;
  batches(): AsyncIterable<RowBatch>;
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(4);
    const { bytesRead } = await handle.read(bytes, 0, 4, 0);
    return detectContentKind(bytes.subarray(0, bytesRead)) === 'xlsx';
  } finally {
    await handle.close();
  }
}

/** Detects the format; the person's corrections (encoding, delimiter) apply before headers are read. */
export async function inspectFile(path: string, overrides: FormatOverrides = {}): Promise<FileInspection> {
  const inspection = (await isZip(path)) ? await inspectXlsx(path) : await inspectCsv(path, overrides);
  const format: FileFormat = { ...inspection.format, ...stripUndefined(overrides) };
  if (overrides.dateOrder) format.isDateOrderAmbiguous = false;
  return { ...inspection, format };
}

export async function openImportSource(path: string, overrides: FormatOverrides = {}): Promise<ImportSource> {
  const inspection = await inspectFile(path, overrides);
  const { format } = inspection;
  const { size } = await stat(path);
  return {
    ...inspection,
    format,
    totalBytes: size,
    batches: () => (format.type === 'xlsx' ? readXlsxBatches(path, format) : readCsvBatches(path, format)),
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
