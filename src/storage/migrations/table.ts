/**
 * Shared building blocks for the numbered migrations, written once for SQLite and PostgreSQL.
 * Conventions: dates `*_on` are ISO `YYYY-MM-DD` text, timestamps `*_at` ISO-8601 UTC text (so both engines
 * sort and compare them alike), money `*_cents` 64-bit integers, booleans `is_*`/`has_*` integers 0/1,
 * structured payloads `*_json` text. `scope_key` is core/scope.ts's stable key, used where scopes must be unique.
 */
import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { addIdColumn, type Engine, references } from '../dialect.ts';

export type Db = Kysely<unknown>;

/** A migration that knows which engine it runs on; `up` only — migrations are never rolled back in place. */
export type EngineMigration = (engine: Engine) => Migration;

/** A table with an `id` primary key and, unless told otherwise, a `workspace_id` that cascades. */
/** Column names are not tracked at the type level in migrations: the schema types live in storage/schema.ts. */
export type TableBuilder = CreateTableBuilder<string, string>;

export function table(db: Db, engine: Engine, name: string, hasWorkspace = true): TableBuilder {
  const base: TableBuilder = addIdColumn(db.schema.createTable(name), engine);
  return hasWorkspace
    ? base.addColumn('workspace_id', 'bigint', (column) =>
        column.notNull().references('workspaces.id').onDelete('cascade'),
      )
    : base;
}

/** product/segment/region columns of a scoped row; null means "all". */
export function withScopeColumns(builder: TableBuilder): TableBuilder {
  return builder
    .addColumn('product_id', 'bigint', references('products', 'cascade'))
    .addColumn('segment_id', 'bigint', references('segments', 'cascade'))
    .addColumn('region_id', 'bigint', references('regions', 'cascade'));
}
