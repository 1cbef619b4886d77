/**
 * Bulk import of one file: records stream into a staging table, then one transaction merges them (or, for a dry
 * run or a file with rejected rows, rolls back). The import's history row is written with the data when it
 * commits, and on its own otherwise, so a killed import leaves no trace.
 */
import type { IsoDate } from '../../core/calendar.ts';
import type { OpenDatabase } from '../connect.ts';
import {
  insertDealsWithFirstStages,
  linkOwnersToTeams,
  markMissingDeals,
  recordStageChanges,
} from './deal-history.ts';
import { collectDimensionNames } from './dimension-names.ts';
import { createMergeSpec } from './kind-specs.ts';
import {
  classifyStaged,
  dropStagedProblems,
  findStagedProblems,
  insertStagedSql,
  type MergeCounts,
  prepareStaged,
  type ResolvedRows,
  type StagedProblem,
  updateStaged,
} from './merge.ts';
import { type MergeSpec, STAGING_COLUMNS, type StagingColumn } from './merge-spec.ts';
import { openPostgresSession } from './postgres-session.ts';
import type { BulkKind, RecordByKind } from './records.ts';
import type { BulkSession, SqlParams } from './session.ts';
import { openSqliteSession } from './sqlite-session.ts';
import { toStagingRows } from './staging-rows.ts';

export interface BulkImportOptions<K extends BulkKind> {
  kind: K;
  workspaceId: number;
  asOf: IsoDate;
  /** Tandem fields the file maps: only these change on stored rows. */
  mapped: Set<string>;
  /** Deals only: close open deals the file does not list (see markMissingDeals). */
  markMissing: boolean;
  /** Stored with coded lost reasons; null when no coder ran. */
  lostBarrierSource: string | null;
}

export interface ImportHistoryInput {
  fileName: string;
  preset: string | null;
  startedBy: number | null;
  startedAt: string;
  format: Record<string, unknown>;
  rows: number;
  rejected: number;
  /** Capped list for the error report. */
  errors: unknown[];
}

export interface FinishInput {
  dryRun: boolean;
  skipInvalid: boolean;
  /** Rows the import layer rejected already (parse and validation errors). */
  rejectedRows: number;
  history: ImportHistoryInput;
}

export type ImportStatus = 'done' | 'dry_run' | 'failed';

export interface FinishResult extends MergeCounts {
  status: ImportStatus;
  markedMissing: number;
  /** Rows rejected as a set (duplicates, unknown deals). */
  problems: StagedProblem[];
  importId: number;
}

export interface BulkImport<K extends BulkKind> {
  write(records: RecordByKind[K][]): Promise<void>;
  finish(input: FinishInput): Promise<FinishResult>;
  close(): Promise<void>;
}

async function insertHistory(
  session: BulkSession,
  input: {
    params: SqlParams;
    status: ImportStatus;
    counts: MergeCounts;
    history: ImportHistoryInput;
    kind: BulkKind;
    problems: StagedProblem[];
  },
): Promise<number> {
  const { history, counts } = input;
  const rows = await session.all<{ id: number }>(
    'insert into imports (workspace_id, kind, file_name, preset, as_of, status, started_by, started_at, finished_at, rows, inserted, updated, unchanged, rejected, format_json, errors_json) values (:ws, :kind, :fileName, :preset, :asOf, :status, :startedBy, :startedAt, :now, :rows, :inserted, :updated, :unchanged, :rejected, :format, :errors) returning id',
    {
      ...input.params,
      kind: input.kind,
      fileName: history.fileName,
      preset: history.preset,
      status: input.status,
      startedBy: history.startedBy,
      startedAt: history.startedAt,
      rows: history.rows,
      ...counts,
      rejected: history.rejected + input.problems.length,
      format: JSON.stringify(history.format),
      errors: JSON.stringify([...history.errors, ...input.problems].slice(0, ERROR_REPORT_LIMIT)),
    },
  );
  return Number(rows[0]?.id);
}

/** Tables the written rows point into: every id was resolved from them inside the merge transaction. */
function referencedTables(spec: MergeSpec): string[] {
  return [...new Set(['workspaces', ...spec.dimensions.map((link) => link.table), 'deals'])];
}

/** Where a staging column's value sits in a staging row (`line` first). */
function stagingPosition(columns: StagingColumn[], name: string): number {
  const index = columns.findIndex((column) => column.name === name);
  if (index < 0) throw new Error(`No staging column ${name}`);
  return 1 + index;
}

/** Rows kept in an import's stored error report; the counts stay exact beyond it. */
export const ERROR_REPORT_LIMIT = 10_000;

export async function openBulkImport<K extends BulkKind>(
  database: OpenDatabase,
  options: BulkImportOptions<K>,
): Promise<BulkImport<K>> {
  const columns = STAGING_COLUMNS[options.kind];
  const session = database.sqlite
    ? openSqliteSession(database.sqlite, columns)
    : await openPostgresSession(database.pgPool!, columns);
  const spec = createMergeSpec(options.kind, { mapped: options.mapped });
  const names = collectDimensionNames(
    spec.dimensions.map((link) => ({ name: link.name, index: stagingPosition(columns, link.name) })),
  );
  const params: SqlParams = {
    ws: options.workspaceId,
    asOf: options.asOf,
    now: new Date().toISOString(),
    barrierSource: options.lostBarrierSource,
  };

  /** The merge's writes, with reference checks relaxed where safe; returns how many deals it marked missing. */
  async function writeStaged(input: { counts: MergeCounts; resolved: ResolvedRows }): Promise<number> {
    const { counts, resolved } = input;
    const isDeals = options.kind === 'deals';
    let markedMissing = 0;
    await session.writeResolved(referencedTables(spec), async () => {
      if (counts.updated > 0) {
        if (isDeals && options.mapped.has('stage')) await recordStageChanges(session, params);
        await updateStaged(session, { spec, params });
      }
      if (counts.inserted > 0) {
        const insertSql = insertStagedSql(spec, resolved);
        if (isDeals) await insertDealsWithFirstStages(session, { insertSql, params });
        else await session.run(insertSql, params);
      }
      if (isDeals && options.mapped.has('team')) await linkOwnersToTeams(session, { resolved, params });
      if (isDeals && options.markMissing) markedMissing = await markMissingDeals(session, params);
    });
    return markedMissing;
  }

  /** Records the import and commits (or, for a dry run, rolls back and records it on its own). */
  async function complete(
    input: FinishInput,
    outcome: { counts: MergeCounts; markedMissing: number; problems: StagedProblem[] },
  ): Promise<FinishResult> {
    const { counts, problems } = outcome;
    const status: ImportStatus = input.dryRun ? 'dry_run' : 'done';
    if (input.dryRun) await session.rollback();
    const importId = await insertHistory(session, {
      params,
      status,
      counts,
      history: input.history,
      kind: options.kind,
      problems,
    });
    if (!input.dryRun) await session.commit();
    return { status, ...counts, markedMissing: outcome.markedMissing, problems, importId };
  }

  /**
   * A first import without rejected rows inserts every staged row and lets the table's unique key catch a
   * repeated id, instead of hashing a million keys first (≈ 0.9 s on PostgreSQL). When it does — the file repeats
   * an id, or another writer added one meanwhile — the transaction is rolled back (the staging table, filled
   * before it began, stays) and the merge starts again on the full path, which reports the duplicates' lines (or
   * finds another writer's deal stored and merges with it). No savepoint: inserting a million rows in a
   * subtransaction cost PostgreSQL about what the duplicate check did.
   */
  async function insertAllAtOnce(input: FinishInput, resolved: ResolvedRows): Promise<FinishResult | null> {
    const counts = await classifyStaged(session, resolved);
    try {
      await writeStaged({ counts, resolved });
    } catch (error) {
      if (!session.isUniqueViolation(error)) throw error;
      await session.rollback();
      await session.begin();
      return null;
    }
    return complete(input, { counts, markedMissing: 0, problems: [] });
  }

  async function merge(input: FinishInput, mayInsertAllAtOnce = true): Promise<FinishResult> {
    const resolved = await prepareStaged(session, { spec, params, names });
    if (mayInsertAllAtOnce && resolved.isInsertOnly && input.rejectedRows === 0 && !options.markMissing) {
      return (await insertAllAtOnce(input, resolved)) ?? merge(input, false);
    }
    const problems = await findStagedProblems(session, spec);
    const empty = { inserted: 0, updated: 0, unchanged: 0 };
    if (input.rejectedRows + problems.length > 0 && !input.skipInvalid) {
      await session.rollback();
      const importId = await insertHistory(session, {
        params,
        status: 'failed',
        counts: empty,
        history: input.history,
        kind: options.kind,
        problems,
      });
      return { status: 'failed', ...empty, markedMissing: 0, problems, importId };
    }
    if (problems.length > 0) await dropStagedProblems(session, spec);
    const counts = await classifyStaged(session, resolved);
    const markedMissing = await writeStaged({ counts, resolved });
    return complete(input, { counts, markedMissing, problems });
  }

  return {
    async write(records) {
      if (records.length === 0) return;
      const rows = toStagingRows(options.kind, records);
      names.add(rows);
      await session.writeStaging(rows);
    },
    async finish(input) {
      await session.endStaging();
      await session.begin();
      try {
        return await merge(input);
      } catch (error) {
        await session.rollback();
        throw error;
      }
    },
    close: () => session.close(),
  };
}
