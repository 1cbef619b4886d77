import { describe, expect, it } from 'vitest';
import { LOCALES } from '../core/types.ts';
import { describeImportProblem, PROBLEM_TEXTS } from './problem-texts.ts';
import { createImportProblem, IMPORT_PROBLEM_CODES, type ImportProblemParams } from './problems.ts';
import { parseDate, parseMoneyCents } from './values.ts';

/** Parameters for every code: a new code without an entry here fails the typecheck, one without texts this test. */
const SAMPLE_PARAMS: ImportProblemParams = {
  value_empty: {},
  number_expected: { example: '1.234,56' },
  amount_expected: { example: '1.234,56' },
  amount_too_large: {},
  date_order_unset: {},
  date_expected: { example: '31/12/2026' },
  yes_no_expected: {},
  outcome_unknown: {},
  stage_or_outcome_missing: {},
  currency_expected: {},
  close_date_missing: { outcome: 'won' },
  period_expected: {},
  measure_unknown: {},
  whole_number_expected: {},
  invalid_bytes: {},
  too_many_values: { values: 5, columns: 4 },
  duplicate_key: { kind: 'stages', firstLine: 2 },
  deal_unknown: {},
  file_does_not_fit: { kind: 'deals', columns: 'Id, Betrag' },
  field_unknown: { field: 'colour', kind: 'deals' },
  column_missing: { column: 'Betrag' },
  column_required: { field: 'external_id', kind: 'deals' },
  date_order_ambiguous: {},
  date_order_choose: {},
  quote_never_ends: {},
  quote_never_ends_at: { line: 7 },
  file_too_large: { megabytes: 50 },
  file_empty: {},
  file_no_header: {},
  file_binary: {},
  file_legacy_excel: {},
  workbook_unreadable: { reason: 'bad zip' },
  workbook_no_sheet: {},
  workbook_sheet_empty: {},
  lookup_column_missing: { file: 'sales_teams.csv', column: 'sales_agent' },
  lookup_too_large: { file: 'sales_teams.csv', maxRows: 200_000 },
  lookup_unreadable: { file: 'sales_teams.csv', path: '/data/sales_teams.csv' },
  upload_gone: {},
};

describe('import problem texts', () => {
  it('has a German and an English text for every code, each its own', () => {
    expect(IMPORT_PROBLEM_CODES.length).toBeGreaterThan(30);
    for (const code of IMPORT_PROBLEM_CODES) {
      const params = SAMPLE_PARAMS[code] as never;
      const [de, en] = [PROBLEM_TEXTS.de[code], PROBLEM_TEXTS.en[code]];
      expect(typeof de, `German text for ${code}`).toBe('function');
      expect(typeof en, `English text for ${code}`).toBe('function');
      for (const text of [de(params), en(params)]) {
        expect(text.trim().length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(de(params), `German text for ${code} is not the English one`).not.toBe(en(params));
    }
  });

  it('knows the same codes in every language', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(PROBLEM_TEXTS[locale]).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
    }
  });

  it('keeps the English message the CLI prints, and words it in German from code and params', () => {
    const failed = parseMoneyCents('abc', ',');
    expect(failed).toEqual({
      ok: false,
      problem: {
        code: 'amount_expected',
        params: { example: '1.234,56' },
        message: 'expected an amount like 1.234,56',
      },
    });
    const date = parseDate('32.13.2026', 'dmy');
    if (date.ok) throw new Error('32.13.2026 is no date');
    expect(date.problem.message).toBe('expected a date like 2026-12-31, 31.12.2026 or 31/12/2026');
    expect(describeImportProblem(date.problem, 'de')).toBe(
      'Kein gültiges Datum – erwartet z. B. 31.12.2026, 2026-12-31 oder 31/12/2026',
    );
    expect(
      describeImportProblem(createImportProblem('duplicate_key', { kind: 'deals', firstLine: 2 }), 'de'),
    ).toBe('Gleiche ID wie in Zeile 2');
    // Each German word takes its own gender.
    expect(
      describeImportProblem(createImportProblem('duplicate_key', { kind: 'targets', firstLine: 4 }), 'de'),
    ).toBe('Gleicher Zeitraum, gleiche Zielgröße und gleicher Bereich wie in Zeile 4');
  });

  it('falls back to the message for a code it does not know, or none (reports stored before codes)', () => {
    expect(describeImportProblem({ code: 'from_the_future', params: {}, message: 'new problem' }, 'de')).toBe(
      'new problem',
    );
    expect(describeImportProblem({ message: 'is empty' }, 'de')).toBe('is empty');
    expect(describeImportProblem({ code: 'toString', message: 'odd' }, 'de')).toBe('odd');
  });
});
