import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatErrorReport } from './error-report.ts';
import { createImportProblem } from './problems.ts';

const dateExpected = createImportProblem('date_expected', { example: '31/12/2026' });

function readReport(csv: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
}

describe('the error report', () => {
  it('is German with ; for a German reader and English with , otherwise, one row per problem', () => {
    const errors = [{ line: 3, column: 'Erstellt; am', value: 'gestern "früh"', ...dateExpected }];
    expect(readReport(formatErrorReport(errors, 'de'), ';')).toEqual([
      ['Zeile', 'Spalte', 'Wert', 'Problem'],
      [
        '3',
        'Erstellt; am',
        'gestern "früh"',
        'Kein gültiges Datum – erwartet z. B. 31.12.2026, 2026-12-31 oder 31/12/2026',
      ],
    ]);
    expect(readReport(formatErrorReport(errors, 'en'), ',')[1]).toEqual([
      '3',
      'Erstellt; am',
      'gestern "früh"',
      'expected a date like 2026-12-31, 31.12.2026 or 31/12/2026',
    ]);
  });

  it('never hands a spreadsheet a formula from the file, and leaves negative amounts as they are', () => {
    const hostile = ['=HYPERLINK("http://evil.example")', '+1+1', '@SUM(A1)', '-2+3', '\t=1'];
    const plain = ['-12', '-1.234,56', '12', 'Preis zu hoch'];
    const errors = [...hostile, ...plain].map((value, index) => ({
      line: index + 2,
      column: index === 0 ? '=cmd|calc' : 'amount',
      value,
      ...dateExpected,
    }));
    const rows = readReport(formatErrorReport(errors, 'de'), ';').slice(1);
    expect(rows.map((row) => row[2])).toEqual([...hostile.map((value) => `'${value}`), ...plain]);
    expect(rows[0]?.[1]).toBe("'=cmd|calc");
  });
});
