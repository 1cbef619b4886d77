/**
 * Kysely's SQLite driver prepares every query anew; compiling the SQL cost as much as running it for the short
 * queries of a request (session, user, workspace). This hands Kysely a database whose `prepare` reuses the
 * statement for SQL it has seen, up to MAX_STATEMENTS (least recently used goes first). Safe: Kysely runs one
 * query at a time on its single SQLite connection, so a cached statement is never busy when it is reused, and
 * SQLite recompiles a statement itself after a schema change.
 */
import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

const MAX_STATEMENTS = 500;
/** Bulk inserts compile to long, one-off SQL: not worth keeping. */
const MAX_SQL_LENGTH = 4000;

export function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const known = statements.get(sql);
      if (known) {
        statements.delete(sql);
        statements.set(sql, known);
        return known;
      }
      const statement = sqlite.prepare(sql);
      if (sql.length > MAX_SQL_LENGTH) return statement;
      statements.set(sql, statement);
      if (statements.size > MAX_STATEMENTS) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}
