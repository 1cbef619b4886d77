/**
 * The problems an import reports, each with a stable code and its parameters, so that the Data page and the
 * error report word them in the reader's language (src/import/problem-texts.ts). The English wording is also
 * kept as `message`, which the CLI and older clients show. Only a failure builds a problem: a row that parses
 * fine never reaches this file.
 */
import { AppError, type ErrorCode, type ErrorDetail } from '../core/errors.ts';
import type { ImportKind } from './kinds.ts';
import { PROBLEM_TEXTS } from './problem-texts.ts';

type NoParams = Record<string, never>;

/** What each problem needs to say something concrete; values are strings and numbers (they travel as JSON). */
export interface ImportProblemParams {
  // A cell
  value_empty: NoParams;
  /** `example`: a number written with the file's decimal mark, `1.234,56` or `1,234.56`. */
  number_expected: { example: string };
  amount_expected: { example: string };
  amount_too_large: NoParams;
  date_order_unset: NoParams;
  /** `example`: a slashed date in the file's date order, `31/12/2026` or `12/31/2026`. */
  date_expected: { example: string };
  yes_no_expected: NoParams;
  outcome_unknown: NoParams;
  stage_or_outcome_missing: NoParams;
  currency_expected: NoParams;
  close_date_missing: { outcome: 'won' | 'lost' };
  period_expected: NoParams;
  measure_unknown: NoParams;
  whole_number_expected: NoParams;
  // A row
  invalid_bytes: NoParams;
  too_many_values: { values: number; columns: number };
  duplicate_key: { kind: ImportKind; firstLine: number };
  deal_unknown: NoParams;
  // The file as a whole
  file_does_not_fit: { kind: ImportKind; columns: string };
  field_unknown: { field: string; kind: ImportKind };
  column_missing: { column: string };
  column_required: { field: string; kind: ImportKind };
  date_order_ambiguous: NoParams;
  date_order_choose: NoParams;
  quote_never_ends: NoParams;
  quote_never_ends_at: { line: number };
  file_too_large: { megabytes: number };
  file_empty: NoParams;
  file_no_header: NoParams;
  file_binary: NoParams;
  file_legacy_excel: NoParams;
  workbook_unreadable: { reason: string };
  workbook_no_sheet: NoParams;
  workbook_sheet_empty: NoParams;
  lookup_column_missing: { file: string; column: string };
  lookup_too_large: { file: string; maxRows: number };
  lookup_unreadable: { file: string; path: string };
  upload_gone: NoParams;
}

export type ImportProblemCode = keyof ImportProblemParams;

/** Every code, for tests and for checking a code that came over the wire. */
export const IMPORT_PROBLEM_CODES = Object.keys(PROBLEM_TEXTS.en) as ImportProblemCode[];

/** Parameters as they travel (API, stored error reports). */
export type ProblemParams = Record<string, string | number>;

export interface ImportProblem<C extends ImportProblemCode = ImportProblemCode> {
  code: C;
  params: ImportProblemParams[C];
  /** The English wording. */
  message: string;
}

/** A problem with its English wording. */
export function createImportProblem<C extends ImportProblemCode>(
  code: C,
  params: ImportProblemParams[C],
): ImportProblem<C> {
  // `message` first: a row error reads line, column, value, message, then the code (the CLI's --json order).
  // Frozen: one problem (and its params) is shared by every row error it describes.
  Object.freeze(params);
  return Object.freeze({ message: PROBLEM_TEXTS.en[code](params), code, params });
}

/** A problem that refuses the whole file (or upload), with the problems of its parts as details. */
export function createImportError(
  problem: ImportProblem,
  details: ErrorDetail[] = [],
  code: ErrorCode = 'VALIDATION',
): AppError {
  return new AppError(code, problem.message, details, { code: problem.code, params: problem.params });
}

/** A problem as one detail of a refused file: what it is about, its code and params, its English message. */
export function toProblemDetail(
  problem: ImportProblem,
  about: Omit<ErrorDetail, 'message'> = {},
): ErrorDetail {
  return { ...about, message: problem.message, code: problem.code, params: problem.params };
}
