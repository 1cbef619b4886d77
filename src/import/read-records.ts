/**
 * File rows → validated records of one kind, batch by batch: the header row is skipped, rows with bytes that are
 * not valid in the file's encoding or with values beyond the last column are rejected, every other row goes
 * through the kind's builder. Pure per row; the only I/O is the row source.
 */
import type { FiscalCalendar } from '../core/calendar.ts';
import type { BulkKind, RecordByKind } from '../storage/bulk/records.ts';
import { buildStageRecord, createDealRowBuilder, type LostReasonCoder } from './deal-rows.ts';
import type { CompiledMapping } from './mapping.ts';
import { buildLeadRecord, buildMetricRecord, createTargetRowBuilder } from './other-rows.ts';
import { createImportProblem } from './problems.ts';
import { INVALID_CHARACTER, type RowBatch } from './read-csv.ts';
import { type CellFormat, type RowError, RowReader } from './row-reader.ts';

export interface RecordOptions {
  currency: string;
  calendar: FiscalCalendar;
  codeLostReason?: LostReasonCoder;
}

type Builder<K extends BulkKind> = (reader: RowReader) => RecordByKind[K] | null;

export function createRowBuilder<K extends BulkKind>(kind: K, options: RecordOptions): Builder<K> {
  const builders: { [Kind in BulkKind]: Builder<Kind> } = {
    deals: createDealRowBuilder(options),
    stages: buildStageRecord,
    leads: buildLeadRecord,
    targets: createTargetRowBuilder(options.calendar),
    metrics: buildMetricRecord,
  };
  return builders[kind] as Builder<K>;
}

export interface RecordBatch<K extends BulkKind> {
  records: RecordByKind[K][];
  errors: RowError[];
  /** Data rows seen in this batch (valid and rejected). */
  rows: number;
  bytesRead: number;
}

function checkRowShape(
  row: string[],
  line: number,
  input: { width: number; hasInvalid: boolean },
): RowError | null {
  if (input.hasInvalid && row.some((value) => value.includes(INVALID_CHARACTER))) {
    return {
      line,
      column: '',
      value: row.find((value) => value.includes(INVALID_CHARACTER)) ?? '',
      ...createImportProblem('invalid_bytes', {}),
    };
  }
  if (row.length > input.width && row.slice(input.width).some((value) => value.trim() !== '')) {
    return {
      line,
      column: '',
      value: row.slice(input.width).join(','),
      ...createImportProblem('too_many_values', { values: row.length, columns: input.width }),
    };
  }
  return null;
}

export async function* readRecords<K extends BulkKind>(input: {
  batches: AsyncIterable<RowBatch>;
  headers: string[];
  compiled: CompiledMapping;
  format: CellFormat;
  build: Builder<K>;
}): AsyncGenerator<RecordBatch<K>> {
  let isHeaderSkipped = false;
  const width = input.headers.length;
  const reader = new RowReader({ compiled: input.compiled, format: input.format, row: [], line: 0 });
  for await (const batch of input.batches) {
    const records: RecordByKind[K][] = [];
    const errors: RowError[] = [];
    let rows = 0;
    for (let index = 0; index < batch.rows.length; index += 1) {
      if (!isHeaderSkipped) {
        isHeaderSkipped = true;
        continue;
      }
      const row = batch.rows[index]!;
      const line = batch.lines[index]!;
      rows += 1;
      const shapeError = checkRowShape(row, line, { width, hasInvalid: batch.hasInvalidCharacters });
      if (shapeError) {
        errors.push(shapeError);
        continue;
      }
      const record = input.build(reader.reset(row, line));
      if (record) records.push(record);
      else errors.push(...reader.errors);
    }
    yield { records, errors, rows, bytesRead: batch.bytesRead };
  }
}
