/**
 * The few places where SQLite and PostgreSQL differ. Everything else is written once in Kysely.
 * Ids are 64-bit integers on both engines (`bigint` on PostgreSQL is parsed to a JS number in connect.ts).
 */
import type { ColumnDefinitionBuilder, CreateTableBuilder, SelectQueryBuilder } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseTarget {
  engine: Engine;
  /** SQLite: absolute file path (or `:memory:`); PostgreSQL: the connection URL. */
  location: string;
}

/** What another thread needs to open the same database: plain data, so it can be posted to a worker. */
export interface DatabaseSource {
  target: DatabaseTarget;
  /** PostgreSQL only: the schema the data lives in (OpenOptions.schema). */
  schema?: string;
}

type TableBuilder = CreateTableBuilder<string, string>;

/** Adds the surrogate primary key `id`. SQLite needs exactly `integer primary key` to alias the rowid. */
export function addIdColumn(table: TableBuilder, engine: Engine): TableBuilder {
  if (engine === 'sqlite') {
    return table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
  }
  return table.addColumn('id', 'bigint', (column) => column.primaryKey().generatedByDefaultAsIdentity());
}

export type ReferenceAction = 'cascade' | 'set null' | 'restrict';

/** A foreign key column; `onDelete` says what happens to this row when the referenced row goes. */
export function references(target: string, onDelete: ReferenceAction = 'restrict') {
  return (column: ColumnDefinitionBuilder) => column.references(`${target}.id`).onDelete(onDelete);
}

/** Case-insensitive text comparison: PostgreSQL's LIKE is case-sensitive, SQLite's is not (for ASCII). */
export function likeOperator(engine: Engine): 'like' | 'ilike' {
  return engine === 'postgres' ? 'ilike' : 'like';
}

/**
 * The row selection of a work-queue claim. PostgreSQL: `for update skip locked`, so concurrent workers pass over
 * rows another one is claiming instead of waiting for it (and the claim's own re-check keeps them exclusive).
 * SQLite: one writer at a time, so the single `update … where id in (select …)` statement is exclusive already.
 */
export function lockForClaim<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  engine: Engine,
): SelectQueryBuilder<DB, TB, O> {
  return engine === 'postgres' ? query.forUpdate().skipLocked() : query;
}
