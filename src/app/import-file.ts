/**
 * Use case: import one file of one kind. Detect the format, map the columns (mapping file, preset, or the
 * preset that fits best), validate every row, stream valid rows into staging and merge them in one transaction
 * — or report and roll back. Audited; `onImported` runs after a committed import (the lead wires the scan).
 */

import type { IsoDate } from '../core/calendar.ts';
import { createBarrierCoder } from '../core/coding/code-text.ts';
import type { LostReasonCoder } from '../import/deal-rows.ts';
import { type FormatOverrides, openImportSource } from '../import/import-source.ts';
import type { FileFormat } from '../import/inspect-file.ts';
import type { ImportKind } from '../import/kinds.ts';
import { loadJoins } from '../import/load-joins.ts';
import { compileMapping, type Mapping } from '../import/mapping.ts';
import { detectPreset, type PresetName, suggestMapping } from '../import/presets.ts';
import { createImportError, createImportProblem, toProblemDetail } from '../import/problems.ts';
import { createRowBuilder, readRecords } from '../import/read-records.ts';
import type { RowError } from '../import/row-reader.ts';
import {
  type BulkImport,
  ERROR_REPORT_LIMIT,
  type ImportStatus,
  openBulkImport,
} from '../storage/bulk/bulk-import.ts';
import type { OpenDatabase } from '../storage/connect.ts';
import type { Storage } from '../storage/port.ts';

export interface ImportProgress {
  rows: number;
  bytesRead: number;
  totalBytes: number;
  phase: 'reading' | 'merging';
}

export interface ImportSummary {
  importId: number;
  kind: ImportKind;
  status: ImportStatus;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  markedMissing: number;
  /** The first ERROR_REPORT_LIMIT errors, by line. */
  errors: RowError[];
  format: FileFormat;
  preset: PresetName | null;
  mapping: Mapping;
}

export interface ImportHooks {
  codeLostReason?: LostReasonCoder;
  onImported?: (event: {
    storage: Storage;
    workspaceId: number;
    summary: ImportSummary;
  }) => Promise<void> | void;
}

export interface ImportFileInput extends ImportHooks {
  storage: Storage;
  database: OpenDatabase;
  workspaceId: number;
  userId: number | null;
  path: string;
  fileName: string;
  kind: ImportKind;
  asOf: IsoDate;
  mapping?: Mapping;
  preset?: PresetName;
  format?: FormatOverrides;
  /** Lookup file paths by join name, overriding "next to the imported file". */
  joinPaths?: Record<string, string>;
  dryRun?: boolean;
  skipInvalid?: boolean;
  markMissing?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

function resolveMapping(
  input: ImportFileInput,
  headers: string[],
): { mapping: Mapping; preset: PresetName | null } {
  if (input.mapping) return { mapping: input.mapping, preset: input.preset ?? null };
  const preset = input.preset ?? detectPreset(input.kind, headers);
  return { mapping: suggestMapping(preset, input.kind, headers), preset };
}

async function prepareImport(input: ImportFileInput) {
  const source = await openImportSource(input.path, input.format);
  if (source.format.isDateOrderAmbiguous) {
    throw createImportError(createImportProblem('date_order_ambiguous', {}), [
      toProblemDetail(createImportProblem('date_order_choose', {}), { field: 'dateOrder' }),
    ]);
  }
  const { mapping, preset } = resolveMapping(input, source.headers);
  const joins = await loadJoins({ joins: mapping.joins, importedFile: input.path, paths: input.joinPaths });
  const compiled = compileMapping({ kind: input.kind, mapping, headers: source.headers, joins });
  const workspace = await input.storage.workspaces.get(input.workspaceId);
  const build = createRowBuilder(input.kind, {
    currency: workspace.settings.currency,
    calendar: workspace.settings,
    codeLostReason: lostReasonCoder(input),
  });
  return { source, mapping, preset, compiled, build };
}

/** Lost reasons are coded by the workspace's lexicon coder unless a caller (a test) brings its own. */
function lostReasonCoder(input: ImportHooks): LostReasonCoder {
  if (input.codeLostReason) return input.codeLostReason;
  const coder = createBarrierCoder();
  return (text) => coder.code(text);
}

type Prepared = Awaited<ReturnType<typeof prepareImport>>;

/** Streams validated records into the bulk import; returns row counts and the first errors. */
async function streamRecords(input: ImportFileInput, prepared: Prepared, bulk: BulkImport<ImportKind>) {
  const { source, compiled, build } = prepared;
  const errors: RowError[] = [];
  let rows = 0;
  let rejected = 0;
  const batches = readRecords({
    batches: source.batches(),
    headers: source.headers,
    compiled,
    format: source.format,
    build,
  });
  for await (const batch of batches) {
    rows += batch.rows;
    rejected += batch.rows - batch.records.length;
    for (const error of batch.errors) if (errors.length < ERROR_REPORT_LIMIT) errors.push(error);
    await bulk.write(batch.records);
    input.onProgress?.({ rows, bytesRead: batch.bytesRead, totalBytes: source.totalBytes, phase: 'reading' });
  }
  input.onProgress?.({ rows, bytesRead: source.totalBytes, totalBytes: source.totalBytes, phase: 'merging' });
  return { rows, rejected, errors };
}

export async function importFile(input: ImportFileInput): Promise<ImportSummary> {
  const startedAt = new Date().toISOString();
  const prepared = await prepareImport(input);
  const bulk = await openBulkImport(input.database, {
    kind: input.kind,
    workspaceId: input.workspaceId,
    asOf: input.asOf,
    mapped: prepared.compiled.mappedFields,
    markMissing: input.markMissing ?? false,
    lostBarrierSource: 'lexicon',
  });
  try {
    const { rows, rejected, errors } = await streamRecords(input, prepared, bulk);
    const result = await bulk.finish({
      dryRun: input.dryRun ?? false,
      skipInvalid: input.skipInvalid ?? false,
      rejectedRows: rejected,
      history: {
        fileName: input.fileName,
        preset: prepared.preset,
        startedBy: input.userId,
        startedAt,
        format: { ...prepared.source.format },
        rows,
        rejected,
        errors,
      },
    });
    const { problems, importId, status, inserted, updated, unchanged, markedMissing } = result;
    const summary: ImportSummary = {
      importId,
      kind: input.kind,
      status,
      rows,
      inserted,
      updated,
      unchanged,
      rejected: rejected + problems.length,
      markedMissing,
      errors: [...errors, ...problems].sort((a, b) => a.line - b.line).slice(0, ERROR_REPORT_LIMIT),
      format: prepared.source.format,
      preset: prepared.preset,
      mapping: prepared.mapping,
    };
    await recordAudit(input, summary);
    if (status === 'done')
      await input.onImported?.({ storage: input.storage, workspaceId: input.workspaceId, summary });
    return summary;
  } finally {
    await bulk.close();
  }
}

async function recordAudit(input: ImportFileInput, summary: ImportSummary): Promise<void> {
  const { importId, kind, status, rows, inserted, updated, unchanged, rejected, markedMissing } = summary;
  await input.storage.audit.record({
    workspaceId: input.workspaceId,
    userId: input.userId,
    action: status === 'dry_run' ? 'import.dry_run' : 'import.run',
    entity: 'import',
    entityId: String(importId),
    summary: {
      file: input.fileName,
      kind,
      status,
      rows,
      inserted,
      updated,
      unchanged,
      rejected,
      markedMissing,
    },
  });
}
