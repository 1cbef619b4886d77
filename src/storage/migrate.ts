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

/**
 * On PostgreSQL the migrator is told its schema (the first on the search path): unqualified, Kysely looks for
 * its tables in every schema and may find another schema's (tests migrate parallel schemas on one database).
 */
async function createMigrator(database: OpenDatabase): Promise<Migrator> {
  const migrations = listMigrations(database.engine);
  const provider = { getMigrations: async () => migrations };
  if (database.engine !== 'postgres') return new Migrator({ db: database.db, provider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  const migrationTableSchema = rows[0]?.schema;
  return new Migrator({
    db: database.db,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
}

/**
 * Whether this database (on PostgreSQL: the schema on the search path) has the migrations table. Kysely's
 * introspection lists the tables of every PostgreSQL schema, so it would see another schema's table (tests run
 * in parallel schemas) and then fail to read it.
 */
async function hasMigrationTable(database: OpenDatabase): Promise<boolean> {
  if (database.engine === 'postgres') {
    const { rows } = await sql<{
      found: string | null;
    }>`select to_regclass('kysely_migration')::text as found`.execute(database.db);
    return rows[0]?.found != null;
  }
  const tables = await database.db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.some((table) => table.name === 'kysely_migration');
}

/** Applied migrations this version of Tandem does not know: the database was written by a newer version. */
async function findUnknownMigrations(database: OpenDatabase): Promise<string[]> {
  if (!(await hasMigrationTable(database))) return [];
  const known = new Set(Object.keys(listMigrations(database.engine)));
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
  return rows.map((row) => row.name).filter((name) => !known.has(name));
}

export async function getMigrationStatus(database: OpenDatabase): Promise<MigrationStatus> {
  const migrations = await (await createMigrator(database)).getMigrations();
  const applied = migrations.filter((migration) => migration.executedAt !== undefined);
  const level = applied.at(-1)?.name ?? null;
  return { level, latest: LATEST_MIGRATION, isCurrent: level === LATEST_MIGRATION };
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
