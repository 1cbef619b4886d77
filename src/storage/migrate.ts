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

function createMigrator(database: OpenDatabase): Migrator {
  const migrations = listMigrations(database.engine);
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its tables across schemas; pin them to ours so another schema's tables do not count.
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
}

/** Applied migrations this version of Tandem does not know: the database was written by a newer version. */
async function findUnknownMigrations(database: OpenDatabase): Promise<string[]> {
  // Ask about the table as the current search path sees it: another schema's migration table is not ours.
  const probe =
    database.engine === 'postgres'
      ? sql<{ present: boolean }>`select to_regclass('kysely_migration') is not null as present`
      : sql<{
          present: boolean;
        }>`select count(*) > 0 as present from sqlite_master where name = 'kysely_migration'`;
  const { rows: probed } = await probe.execute(database.db);
  if (!probed[0]?.present) return [];
  const known = new Set(Object.keys(listMigrations(database.engine)));
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
  return rows.map((row) => row.name).filter((name) => !known.has(name));
}

export async function getMigrationStatus(database: OpenDatabase): Promise<MigrationStatus> {
  const migrations = await createMigrator(database).getMigrations();
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
  const { error, results } = await createMigrator(database).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError(
      'CONFIG',
      `Migration ${failed} failed on ${database.describe}: ${(error as Error).message}`,
    );
  }
  return getMigrationStatus(database);
}
