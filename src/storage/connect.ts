/**
 * Opens the database named by DATABASE_URL: a PostgreSQL URL, or a SQLite file path (default ./data/tandem.db).
 * Both adapters hand back the same Kysely<Database>; everything above this file is engine-agnostic.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../core/errors.ts';
import type { DatabaseSource, DatabaseTarget, Engine } from './dialect.ts';

export type { DatabaseSource, DatabaseTarget } from './dialect.ts';

import type { Database } from './schema/index.ts';
import { withStatementCache } from './statement-cache.ts';

export const DEFAULT_SQLITE_FILE = './data/tandem.db';

export interface OpenOptions {
  /** PostgreSQL only: use (and create) this schema instead of `public`; tests get a fresh one each run. */
  schema?: string;
  /** PostgreSQL pool size per process. */
  poolSize?: number;
}

export interface OpenDatabase {
  engine: Engine;
  /** How a worker thread opens this database itself; null for an in-memory SQLite database (one per handle). */
  source: DatabaseSource | null;
  db: Kysely<Database>;
  /** SQLite only: the underlying handle, for online backup and bulk paths that bypass the query builder. */
  sqlite: SqliteDatabase.Database | null;
  /** PostgreSQL only: the pool, for COPY and job queues. */
  pgPool: pg.Pool | null;
  describe: string;
  close(): Promise<void>;
}

/** Reads DATABASE_URL. A `postgres://`/`postgresql://` URL selects PostgreSQL; anything else is a SQLite path. */
export function resolveDatabaseTarget(url: string | undefined): DatabaseTarget {
  const raw = url?.trim() ?? '';
  if (raw === '') return { engine: 'sqlite', location: resolve(DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    try {
      new URL(raw);
    } catch {
      throw new AppError('CONFIG', 'DATABASE_URL looks like a PostgreSQL URL but cannot be parsed', [
        { field: 'DATABASE_URL', message: 'expected postgres://user:password@host:port/database' },
      ]);
    }
    return { engine: 'postgres', location: raw };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    throw new AppError('CONFIG', `DATABASE_URL scheme "${raw.split(':')[0]}" is not supported`, [
      { field: 'DATABASE_URL', message: 'use postgres://… for PostgreSQL or a file path for SQLite' },
    ]);
  }
  const path = raw.replace(/^(sqlite|file):/i, '');
  return { engine: 'sqlite', location: path === ':memory:' ? path : resolve(path) };
}

function openSqlite(location: string): OpenDatabase {
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(location);
  } catch (error) {
    throw new AppError('CONFIG', `Cannot open SQLite database ${location}: ${(error as Error).message}`);
  }
  sqlite.pragma('journal_mode = WAL');
  // WAL + NORMAL: a committed transaction survives a killed process; only an OS crash can lose the last ones,
  // and the file never corrupts. FULL would fsync every commit for little gain on an app server.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    engine: 'sqlite',
    source: location === ':memory:' ? null : { target: { engine: 'sqlite', location } },
    db,
    sqlite,
    pgPool: null,
    describe: `SQLite ${location}`,
    close: () => db.destroy(),
  };
}

// PostgreSQL returns int8 (counts, ids, cents) and numeric as strings; our values fit a double exactly.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

function describePostgres(url: string): string {
  const parsed = new URL(url);
  return `PostgreSQL ${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

async function openPostgres(url: string, options: OpenOptions): Promise<OpenDatabase> {
  const describe = describePostgres(url);
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new AppError('CONFIG', `Bad PostgreSQL schema name "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection (database restart, network) must not crash the process: the pool
  // drops it and the next query opens a new one.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL idle connection lost: ${error.message}`));
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`create schema if not exists ${schema}`);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new AppError('CONFIG', `Cannot reach ${describe}: ${(error as Error).message}`, [
      {
        field: 'DATABASE_URL',
        message: 'check that PostgreSQL is running and the URL, user and database are right',
      },
    ]);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    source: { target: { engine: 'postgres', location: url }, ...(schema ? { schema } : {}) },
    db,
    sqlite: null,
    pgPool: pool,
    describe,
    close: () => db.destroy(),
  };
}

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<OpenDatabase> {
  return target.engine === 'sqlite' ? openSqlite(target.location) : openPostgres(target.location, options);
}
