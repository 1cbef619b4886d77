/**
 * The downloadable error report: one CSV row per rejected cell, in file order, readable in Excel, in the language
 * of the person who downloads it. German uses `;`, the list separator German Excel expects.
 */
import Papa from 'papaparse';
import type { Locale } from '../core/types.ts';
import { describeImportProblem, type ReportedProblem } from './problem-texts.ts';

/** A stored problem: reports written before problems had codes hold the English message only. */
export interface ReportedRowError extends ReportedProblem {
  line: number;
  column: string;
  value: string;
}

const HEADERS: Record<Locale, string[]> = {
  de: ['Zeile', 'Spalte', 'Wert', 'Problem'],
  en: ['line', 'column', 'value', 'message'],
};

const DELIMITER: Record<Locale, string> = { de: ';', en: ',' };

/**
 * Cells a spreadsheet would run as a formula get a leading `'` (values and headers come from the uploaded file):
 * `=…`, `+…`, `@…`, tab or CR first, and `-…` unless it is a plain negative number such as `-12` or `-1.234,56`.
 */
const FORMULA_START = /^[=+@\t\r]|^-(?![\d.,]+$)/;

export function formatErrorReport(errors: ReportedRowError[], locale: Locale): string {
  const rows = errors.map((error) => [
    error.line,
    error.column,
    error.value,
    describeImportProblem(error, locale),
  ]);
  // The BOM makes Excel open UTF-8 with umlauts intact.
  const csv = Papa.unparse(
    { fields: HEADERS[locale], data: rows },
    {
      delimiter: DELIMITER[locale],
      escapeFormulae: FORMULA_START,
    },
  );
  return `\uFEFF${csv}\r\n`;
}
