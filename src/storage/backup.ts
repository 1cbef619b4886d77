/**
 * SQLite backup (`VACUUM INTO`, a consistent snapshot while the server keeps reading and writing) and restore
 * (SQLite's backup API into the configured file), each followed by `PRAGMA integrity_check`.
 * PostgreSQL has its own tools (pg_dump/pg_restore, docs in README); these functions refuse it with that advice.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { AppError } from '../core/errors.ts';
import type { OpenDatabase } from './connect.ts';
import { listMigrations } from './migrations/index.ts';

export const PG_DUMP_ADVICE =
  'On PostgreSQL use pg_dump -Fc "$DATABASE_URL" -f tandem.dump and pg_restore --clean --if-exists -d "$DATABASE_URL" tandem.dump';

export interface BackupCheck {
  file: string;
  bytes: number;
  /** Newest migration in the copy (the Tandem version that wrote it can open it). */
  migration: string | null;
}

/**
 * Checks `file`: SQLite's own integrity check, and that it is a Tandem database. Opened read-write but only read:
 * a read-only handle cannot recover the shared-memory index of a WAL file and reports "locked".
 */
export function checkSqliteFile(file: string): BackupCheck {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `No file ${file}`);
  let handle: SqliteDatabase.Database;
  try {
    handle = new SqliteDatabase(file, { fileMustExist: true });
  } catch (error) {
    throw new AppError('VALIDATION', `${file} is not a SQLite database: ${(error as Error).message}`);
  }
  try {
    const result = readIntegrity(handle, file);
    if (result !== 'ok') throw new AppError('VALIDATION', `${file} failed the integrity check: ${result}`);
    const hasMigrations = handle
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!hasMigrations) throw new AppError('VALIDATION', `${file} is a SQLite database but not a Tandem one`);
    const row = handle.prepare('select max(name) as name from kysely_migration').get() as {
      name: string | null;
    };
    const known = new Set(Object.keys(listMigrations('sqlite')));
    if (row.name && !known.has(row.name)) {
      throw new AppError('VALIDATION', `${file} was written by a newer Tandem (migration ${row.name})`);
    }
    return { file, bytes: statSync(file).size, migration: row.name };
  } finally {
    handle.close();
  }
}

function readIntegrity(handle: SqliteDatabase.Database, file: string): string {
  try {
    const rows = handle.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join('; ');
  } catch (error) {
    throw new AppError('VALIDATION', `${file} cannot be read as SQLite: ${(error as Error).message}`);
  }
}

function requireSqlite(database: OpenDatabase): SqliteDatabase.Database {
  if (database.engine !== 'sqlite' || !database.sqlite) throw new AppError('CONFIG', PG_DUMP_ADVICE);
  return database.sqlite;
}

/**
 * Writes a consistent copy of the open database to `file` (refuses an existing file unless `force`).
 * `VACUUM INTO` reads one snapshot in a single read transaction: writers (this or another process, WAL) carry on
 * and never restart it, unlike the page-by-page backup API, which starts over whenever another connection writes.
 * The copy is compact and self-contained (no -wal file beside it).
 */
export async function backupSqlite(
  database: OpenDatabase,
  { file, force = false }: { file: string; force?: boolean },
): Promise<BackupCheck> {
  const sqlite = requireSqlite(database);
  const target = resolve(file);
  if (target === resolve(sqlite.name))
    throw new AppError('VALIDATION', 'The backup cannot be the database itself');
  if (existsSync(target)) {
    if (!force)
      throw new AppError('CONFLICT', `${target} exists; choose another file or pass --force to overwrite it`);
    rmSync(target);
  }
  sqlite.prepare('vacuum into ?').run(target);
  return checkSqliteFile(target);
}

/**
 * Replaces the database at `target` with the checked copy in `file`. Refuses to overwrite a database that holds
 * data unless `force`. Stop Tandem first: a running server keeps its own view of the old file.
 */
export async function restoreSqlite({
  file,
  target,
  force = false,
}: {
  file: string;
  target: string;
  force?: boolean;
}): Promise<BackupCheck> {
  const source = resolve(file);
  checkSqliteFile(source); // throws, naming what is wrong, before anything is touched
  if (source === resolve(target)) throw new AppError('VALIDATION', 'The backup is the database itself');
  if (existsSync(target) && statSync(target).size > 0 && !force) {
    throw new AppError(
      'CONFLICT',
      `${target} already holds a database; pass --force to replace it with ${source} (stop Tandem first)`,
    );
  }
  // The old database goes entirely, with its WAL and index: they belong to it, not to the copy.
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  const handle = new SqliteDatabase(source, { fileMustExist: true });
  try {
    await handle.backup(target);
  } finally {
    handle.close();
  }
  return { ...checkSqliteFile(target), file: target };
}
