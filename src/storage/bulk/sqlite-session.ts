/**
 * SQLite import session on its own connection to the database file: the long merge transaction never mixes with
 * the app's queries on the shared connection, readers keep seeing the last committed state (WAL), and other
 * writers wait for the merge. Staging rows go in through one prepared insert, a batch per transaction.
 */
import SqliteDatabase from 'better-sqlite3';
import type { StagingColumn } from './merge-spec.ts';
import { type BulkSession, bindSql, randomStagingName, type SqlParams, stagingTableSql } from './session.ts';

/** Writers that meet the merge wait this long for it (a million deals merge in seconds). */
const BUSY_TIMEOUT_MS = 60_000;

function openConnection(shared: SqliteDatabase.Database): SqliteDatabase.Database {
  if (shared.memory) return shared;
  const connection = new SqliteDatabase(shared.name);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  connection.pragma('temp_store = FILE');
  return connection;
}

export function openSqliteSession(shared: SqliteDatabase.Database, columns: StagingColumn[]): BulkSession {
  const db = openConnection(shared);
  const staging = randomStagingName();
  db.exec(stagingTableSql(staging, columns));
  const placeholders = Array.from({ length: columns.length + 1 }, () => '?').join(', ');
  // One row per call: better-sqlite3 binds a 64-row statement's flattened array no faster than 64 calls, and
  // the flattening itself cost a third of the staging time.
  const insertRow = db.prepare(
    `insert into ${staging} (line, ${columns.map((c) => c.name).join(', ')}) values (${placeholders})`,
  );
  const bind = (sql: string, params: SqlParams = {}) => bindSql({ sql, params, staging, style: 'question' });
  // Values spread as arguments: better-sqlite3 reads an array argument element by element through V8's API,
  // arguments directly; 15–20 % of the staging insert per 200k rows.
  const writeRows = db.transaction((rows: unknown[][]) => {
    for (const row of rows) insertRow.run(...row);
  });

  return {
    engine: 'sqlite',
    staging,
    async run(sql, params) {
      const { text, values } = bind(sql, params);
      return db.prepare(text).run(values).changes;
    },
    async all<T>(sql: string, params?: SqlParams) {
      const { text, values } = bind(sql, params);
      return db.prepare(text).all(values) as T[];
    },
    async writeStaging(rows) {
      writeRows(rows);
    },
    async endStaging() {},
    async writeResolved(_parents, write) {
      // SQLite checks a foreign key with an in-process index lookup: cheap enough to keep.
      await write();
    },
    isUniqueViolation: (error) => (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE',
    jsonTextList: (param) => `json_each(:${param})`,
    async begin() {
      db.exec('begin immediate');
    },
    async commit() {
      db.exec('commit');
    },
    async rollback() {
      if (db.inTransaction) db.exec('rollback');
    },
    async close() {
      if (db.inTransaction) db.exec('rollback');
      db.exec(`drop table if exists temp.${staging}`);
      if (db !== shared) db.close();
    },
  };
}
