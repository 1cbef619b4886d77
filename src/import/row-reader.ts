/**
 * Reads typed field values from one file row through a compiled mapping, collecting one error per bad cell
 * (file line, source column, value, reason). Value mappings apply before parsing.
 */
import type { CompiledMapping } from './mapping.ts';
import { createImportProblem, type ImportProblem, type ProblemParams } from './problems.ts';
import {
  type DateOrder,
  type DecimalSeparator,
  type Parsed,
  parseBoolean,
  parseDate,
  parseDecimal,
  parseExcelSerial,
  parseFixedDate,
  parseMoneyCents,
  readPlainMoneyCents,
} from './values.ts';

export interface RowError {
  /** 1-based line in the file where the row starts. */
  line: number;
  /** Source column (header) the problem is in; empty for problems with the whole row. */
  column: string;
  value: string;
  /** In English; `code` and `params` word it in other languages (src/import/problem-texts.ts). */
  message: string;
  code: string;
  params: ProblemParams;
}

/** The same problem for every empty required cell: built once, not per failure. */
const EMPTY = createImportProblem('value_empty', {});

export interface CellFormat {
  decimal: DecimalSeparator;
  dateOrder: DateOrder | null;
  /** In a workbook a bare number in a date field is an Excel serial (a date cell that lost its format). */
  type?: 'csv' | 'xlsx';
}

export class RowReader {
  errors: RowError[] = [];
  private readonly compiled: CompiledMapping;
  private readonly format: CellFormat;
  private row: string[];
  line: number;

  constructor(input: { compiled: CompiledMapping; format: CellFormat; row: string[]; line: number }) {
    this.compiled = input.compiled;
    this.format = input.format;
    this.row = input.row;
    this.line = input.line;
  }

  /** Points the reader at the next row (one reader serves a whole file: no allocation per row). */
  reset(row: string[], line: number): this {
    this.row = row;
    this.line = line;
    if (this.errors.length > 0) this.errors = [];
    return this;
  }

  /** The mapped (value-mapped) text of a field, or null when unmapped or empty. */
  text(field: string): string | null {
    const read = this.compiled.readers.get(field);
    return read === undefined ? null : read(this.row);
  }

  has(field: string): boolean {
    return this.compiled.readers.has(field);
  }

  fail(field: string, value: string, problem: ImportProblem): null {
    const { message, code, params } = problem;
    const column = this.compiled.columnOf(field);
    this.errors.push({ line: this.line, column, value, message, code, params });
    return null;
  }

  required(field: string): string | null {
    const value = this.text(field);
    return value === null ? this.fail(field, '', EMPTY) : value;
  }

  private parse<T>(field: string, parse: (text: string) => Parsed<T>): T | null {
    const text = this.text(field);
    if (text === null) return null;
    const parsed = parse(text);
    return parsed.ok ? parsed.value : this.fail(field, text, parsed.problem);
  }

  /** Applies the value mapping of `field` to text from another column (an outcome read from the stage). */
  mapValue(field: string, text: string): string {
    return this.compiled.mapValue(field, text);
  }

  requiredDate(field: string): string | null {
    const text = this.text(field);
    return text === null ? this.fail(field, '', EMPTY) : this.dateOf(field, text);
  }

  date(field: string): string | null {
    const text = this.text(field);
    return text === null ? null : this.dateOf(field, text);
  }

  /**
   * A date cell's text as an ISO date. The common `2026-12-31` / `31.12.2026` is read first without a result
   * object (such a text is never an Excel serial); anything else takes the full parse.
   */
  private dateOf(field: string, text: string): string | null {
    return parseFixedDate(text) ?? this.parseDate(field);
  }

  private parseDate(field: string): string | null {
    const isWorkbook = this.format.type === 'xlsx';
    return this.parse(field, (text) => {
      const serial = isWorkbook ? parseExcelSerial(text) : null;
      return serial ? { ok: true, value: serial } : parseDate(text, this.format.dateOrder);
    });
  }

  /** A money cell in cents; a plain amount (`-1234.5`) is read first without a result object. */
  money(field: string): number | null {
    const text = this.text(field);
    if (text === null) return null;
    return (
      readPlainMoneyCents(text, this.format.decimal) ??
      this.parse(field, (value) => parseMoneyCents(value, this.format.decimal))
    );
  }

  decimal(field: string): number | null {
    return this.parse(field, (text) => parseDecimal(text, this.format.decimal));
  }

  flag(field: string): boolean | null {
    return this.parse(field, parseBoolean);
  }
}
