/**
 * Excel workbooks (.xlsx), streamed with exceljs's WorkbookReader: the first worksheet, row by row, never the
 * whole workbook in memory. Cells become the same text a CSV would hold — numbers written with the file's
 * decimal separator, date cells as ISO dates, booleans as true/false, formulas as their cached result — so the
 * rest of the import (mapping, validation, merge) does not know the file was a workbook. Line numbers are the
 * sheet's row numbers, as Excel shows them.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../core/errors.ts';
import { detectDateOrder, detectDecimal } from './detect-format.ts';
import type { FileInspection } from './inspect-file.ts';
import { badFileError, cleanHeaders, PREVIEW_ROWS } from './inspect-file.ts';
import { createImportProblem } from './problems.ts';
import type { RowBatch } from './read-csv.ts';
import type { DecimalSeparator } from './values.ts';

const ROWS_PER_BATCH = 5000;
const SAMPLE_ROWS = 2000;

interface RawBatch {
  /** Cell values as exceljs reads them, 0-based columns. */
  rows: unknown[][];
  lines: number[];
  bytesRead: number;
}

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));

/** A date cell as ISO: `2026-12-31`, with the time only when the cell has one. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'invalid date';
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const [hours, minutes, seconds] = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  return hours + minutes + seconds === 0 ? day : `${day}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

function numberText(value: number, decimal: DecimalSeparator): string {
  const text = String(value);
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** One cell as text. Rich text is joined, hyperlinks give their text, errors (`#N/A`) stay visible as text. */
export function cellText(value: unknown, decimal: DecimalSeparator): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, decimal);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const cell = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
      formula?: string;
    };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if (cell.error !== undefined) return cell.error;
    if ('result' in cell || cell.formula !== undefined) return cellText(cell.result, decimal);
    if (cell.text !== undefined) return cellText(cell.text, decimal);
  }
  return String(value);
}

function unreadable(error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return badFileError(createImportProblem('workbook_unreadable', { reason }));
}

/**
 * The first worksheet's non-empty rows in batches; stops reading (and closes the file) when the caller stops.
 * `readToEnd` reads the rest of the zip after the first sheet (without parsing other sheets), so a file cut
 * off anywhere is refused instead of imported in part.
 */
async function* readRawBatches(path: string, readToEnd: boolean): AsyncGenerator<RawBatch> {
  const stream = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let batch: RawBatch = { rows: [], lines: [], bytesRead: 0 };
  let hasSheet = false;
  try {
    for await (const sheet of workbook) {
      if (hasSheet) {
        // Read past the other sheets rather than skip them: exceljs deletes a sheet's temp file (sheets stored
        // before the shared strings) as soon as it is skipped, racing the read stream it has just opened on it,
        // whose ENOENT then has no listener and ends the process.
        for await (const _row of sheet) {
        }
        continue;
      }
      hasSheet = true;
      for await (const row of sheet) {
        const values = row.values as unknown[];
        if (!Array.isArray(values) || values.length <= 1) continue;
        const cells = Array.from({ length: values.length - 1 }, (_, index) => values[index + 1]);
        if (cells.every((cell) => cell === null || cell === undefined || cell === '')) continue;
        batch.rows.push(cells);
        batch.lines.push(row.number);
        if (batch.rows.length >= ROWS_PER_BATCH) {
          batch.bytesRead = stream.bytesRead;
          yield batch;
          batch = { rows: [], lines: [], bytesRead: 0 };
        }
      }
      if (!readToEnd) break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(error);
  } finally {
    stream.destroy();
  }
  if (!hasSheet) throw badFileError(createImportProblem('workbook_no_sheet', {}));
  batch.bytesRead = stream.bytesRead;
  yield batch;
}

/**
 * `readRawBatches`, tried a second time when it fails before its first batch. exceljs's streaming reader
 * (through unzipper) now and then fails to read a workbook it reads fine on the next try — seen on the import
 * fixture under heavy load as "reading 'sheets'" of a workbook part that came out empty. Nothing has been
 * handed on yet, so reading again is safe; a damaged file fails twice and is refused as before.
 */
async function* readRawBatchesRetrying(path: string, readToEnd: boolean): AsyncGenerator<RawBatch> {
  let hasYielded = false;
  for (let attempt = 1; ; attempt++) {
    try {
      for await (const batch of readRawBatches(path, readToEnd)) {
        hasYielded = true;
        yield batch;
      }
      return;
    } catch (error) {
      if (hasYielded || attempt >= 2) throw error;
    }
  }
}

/** Turns a batch of cell values into text rows, as the CSV reader returns them. */
function toRowBatch(raw: RawBatch, decimal: DecimalSeparator): RowBatch {
  return {
    rows: raw.rows.map((cells) => cells.map((cell) => cellText(cell, decimal))),
    lines: raw.lines,
    bytesRead: raw.bytesRead,
    hasInvalidCharacters: false,
  };
}

export async function* readXlsxBatches(
  path: string,
  format: { decimal: DecimalSeparator },
): AsyncGenerator<RowBatch> {
  for await (const raw of readRawBatchesRetrying(path, true)) yield toRowBatch(raw, format.decimal);
}

/**
 * Header, preview and format of a workbook. Numbers and dates in real cells need no detection; numbers and
 * dates typed as text (`1.234,56`, `03/04/2026`) decide the decimal separator and date order as in a CSV.
 */
export async function inspectXlsx(path: string): Promise<FileInspection> {
  const sample: RawBatch = { rows: [], lines: [], bytesRead: 0 };
  for await (const raw of readRawBatchesRetrying(path, false)) {
    sample.rows.push(...raw.rows.slice(0, SAMPLE_ROWS + 1 - sample.rows.length));
    if (sample.rows.length > SAMPLE_ROWS) break;
  }
  const [header, ...rows] = sample.rows;
  if (!header) throw badFileError(createImportProblem('workbook_sheet_empty', {}));
  const textCells = rows.flat().filter((cell): cell is string => typeof cell === 'string');
  const decimal = detectDecimal(textCells, ',');
  const { dateOrder, isAmbiguous } = detectDateOrder(textCells);
  return {
    format: {
      type: 'xlsx',
      encoding: 'utf-8',
      delimiter: ',',
      newline: '\n',
      decimal,
      dateOrder,
      isDateOrderAmbiguous: isAmbiguous,
    },
    headers: cleanHeaders(header.map((cell) => cellText(cell, decimal))),
    preview: rows.slice(0, PREVIEW_ROWS).map((cells) => cells.map((cell) => cellText(cell, decimal))),
  };
}
