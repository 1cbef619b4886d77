/**
 * One import's database session: a dedicated connection, a staging table that lives as long as the session, and
 * plain SQL with named parameters (`:ws`) written once for both engines. The staging table is a temp table, so
 * a crash or kill leaves nothing behind; the merge runs in one transaction.
 */
import type { Engine } from '../dialect.ts';
import type { StagingColumn } from './merge-spec.ts';

export type SqlParams = Record<string, string | number | null>;

export interface BulkSession {
  readonly engine: Engine;
  /** Name of this session's staging table. */
  readonly staging: string;
  run(sql: string, params?: SqlParams): Promise<number>;
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  /** Appends rows (values in staging column order, `line` first) to the staging table. */
  writeStaging(rows: unknown[][]): Promise<void>;
  /** Flushes buffered staging rows; call once before the merge. */
  endStaging(): Promise<void>;
  /**
   * Runs the merge's writes without per-row foreign-key checks where that is safe and allowed: every id they
   * write was resolved from `parents` in this transaction, and `parents` cannot change until it ends (SQLite:
   * the import holds the write lock; PostgreSQL: the tables are share-locked). Checks stay on otherwise.
   */
  writeResolved(parents: string[], write: () => Promise<void>): Promise<void>;
  /** The error is a unique key's refusal (a row whose key is taken). */
  isUniqueViolation(error: unknown): boolean;
  /** A FROM item with one text column `value` per element of the JSON array of strings in parameter `param`. */
  jsonTextList(param: string): string;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
}

/** The staging table as rows arrive; the merge adds the computed columns (ids, target, action) in one pass. */
export function stagingTableSql(name: string, columns: StagingColumn[], suffix = ''): string {
  const all = [{ name: 'line', type: 'integer' }, ...columns];
  return `create temp table ${name} (${all.map((c) => `${c.name} ${c.type}`).join(', ')})${suffix}`;
}

/** Rewrites `:name` parameters to the engine's positional form; `stg` becomes the staging table's name. */
export function bindSql(input: {
  sql: string;
  params: SqlParams;
  staging: string;
  style: 'question' | 'dollar';
}): { text: string; values: (string | number | null)[] } {
  const values: (string | number | null)[] = [];
  const text = input.sql.replace(/\bstg\b/g, input.staging).replace(/:([a-zA-Z]\w*)/g, (_, name: string) => {
    if (!(name in input.params)) throw new Error(`Missing SQL parameter :${name}`);
    values.push(input.params[name] ?? null);
    return input.style === 'question' ? '?' : `$${values.length}`;
  });
  return { text, values };
}

export function randomStagingName(): string {
  return `import_staging_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
}
