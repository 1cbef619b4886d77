/** The downloadable error report: one CSV row per rejected cell, in file order, readable in Excel. */
import Papa from 'papaparse';
import type { RowError } from './row-reader.ts';

export function formatErrorReport(errors: RowError[]): string {
  const rows = errors.map((error) => [error.line, error.column, error.value, error.message]);
  // The BOM makes Excel open UTF-8 with umlauts intact.
  return `\uFEFF${Papa.unparse({ fields: ['line', 'column', 'value', 'message'], data: rows })}\r\n`;
}
