import { Migrator, sql } from 'kysely';
import { AppError } from '../core/errors.ts';
import type { OpenDatabase } from './connect.ts';
import { LATEST_MIGRATION, listMigrations } from './migrations/index.ts';

export interface MigrationStatus {
  /** Name of the newest applied migration, null on an empty database. */
  level: string | null;
  latest: string;
  isCurrent: boolean;
}

/** PostgreSQL: the schema on our search path. Introspection sees every schema, and tests leave many around. */
async function currentSchema(database: OpenDatabase): Promise<string | undefined> {
  if (database.engine !== 'postgres') return undefined;
  const { rows } = await sql<{ name: string }>`select current_schema() as name`.execute(database.db);
  return rows[0]?.name;
}

async function createMigrator(database: OpenDatabase): Promise<Migrator> {
  const migrations = listMigrations(database.engine);
  const schema = await currentSchema(database);
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/** Applied migrations this version of Tandem does not know: the database was written by a newer version. */
async function findUnknownMigrations(database: OpenDatabase): Promise<string[]> {
  const tables = await database.db.introspection.getTables({ withInternalKyselyTables: true });
  const schema = await currentSchema(database);
  const isOurs = (table: { name: string; schema?: string }) =>
    table.name === 'kysely_migration' && (schema === undefined || table.schema === schema);
  if (!tables.some(isOurs)) return [];
  const known = new Set(Object.keys(listMigrations(database.engine)));
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
  return rows.map((row) => row.name).filter((name) => !known.has(name));
}

/**
 * Reads the applied names straight from kysely_migration: /api/health and /api/ready call this on every probe,
 * and Kysely's Migrator introspects every table first (≈ 25 ms on SQLite, blocking the event loop).
 */
export async function getMigrationStatus(database: OpenDatabase): Promise<MigrationStatus> {
  const schema = await currentSchema(database);
  const table = schema ? sql.id(schema, 'kysely_migration') : sql.id('kysely_migration');
  const applied = await sql<{ name: string }>`select name from ${table}`
    .execute(database.db)
    .then(({ rows }) => new Set(rows.map((row) => row.name)))
    .catch(async (error: unknown) => {
      if (await hasMigrationTable(database, schema)) throw error;
      return new Set<string>(); // an empty database
    });
  const known = Object.keys(listMigrations(database.engine));
  const level = known.filter((name) => applied.has(name)).at(-1) ?? null;
  return { level, latest: LATEST_MIGRATION, isCurrent: level === LATEST_MIGRATION };
}

async function hasMigrationTable(database: OpenDatabase, schema: string | undefined): Promise<boolean> {
  const tables = await database.db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.some(
    (table) => table.name === 'kysely_migration' && (schema === undefined || table.schema === schema),
  );
}

/** Brings a fresh or older database up to date; refuses a database from a newer Tandem. */
export async function migrateToLatest(database: OpenDatabase): Promise<MigrationStatus> {
  const unknown = await findUnknownMigrations(database);
  if (unknown.length > 0) {
    throw new AppError(
      'CONFIG',
      `${database.describe} was written by a newer version of Tandem (migration ${unknown.at(-1)}). Upgrade Tandem to open it.`,
    );
  }
  const { error, results } = await (await createMigrator(database)).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError(
      'CONFIG',
      `Migration ${failed} failed on ${database.describe}: ${(error as Error).message}`,
    );
  }
  return getMigrationStatus(database);
}
