/**
 * Real databases for tests: a fresh SQLite file, and a fresh schema on the local PostgreSQL. No mocks.
 * `describeEachEngine` runs the same suite on both; PostgreSQL skips (or fails under TANDEM_REQUIRE_PG=1).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type OpenDatabase, openDatabase } from '../../src/storage/connect.ts';
import type { Engine } from '../../src/storage/dialect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { isPostgresAvailable, TEST_PG_URL } from './environment.ts';

export interface TestDatabase {
  database: OpenDatabase;
  /** DATABASE_URL a child process (CLI, second app instance) can use to reach the same data. */
  url: string;
  /** PostgreSQL schema of this test database, for child processes (TANDEM_PG_SCHEMA). */
  schema: string | null;
  drop(): Promise<void>;
}

export async function createTestDatabase(engine: Engine, { migrate = true } = {}): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-test-'));
    const file = join(dir, 'tandem.db');
    const database = await openDatabase({ engine, location: file });
    if (migrate) await migrateToLatest(database);
    return {
      database,
      url: file,
      schema: null,
      drop: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ engine, location: TEST_PG_URL }, { schema, poolSize: 4 });
  if (migrate) await migrateToLatest(database);
  return {
    database,
    url: TEST_PG_URL,
    schema,
    drop: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/** Probed once per test file at import: a missing PostgreSQL skips (or fails under TANDEM_REQUIRE_PG=1). */
const isPgAvailable = await isPostgresAvailable();

/** Declares `suite` once per engine. `get()` returns the suite's database (created before its tests, dropped after). */
export function describeEachEngine(
  name: string,
  suite: (get: () => TestDatabase, engine: Engine) => void,
): void {
  for (const engine of ENGINES) {
    describe.skipIf(engine === 'postgres' && !isPgAvailable)(`${name} [${engine}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await current?.drop();
      });
      suite(() => {
        if (!current) throw new Error(`No ${engine} test database`);
        return current;
      }, engine);
    });
  }
}
