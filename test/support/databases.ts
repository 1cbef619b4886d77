/**
 * Real databases for tests: a fresh SQLite file, and a fresh database on the local PostgreSQL. No mocks.
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
      drop: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  // A database of its own (not a schema): Kysely's introspection lists every schema of a database, and other
  // suites dropping theirs concurrently would make it fail.
  const name = `tandem_t_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = databaseUrl(name);
  const database = await openDatabase({ engine, location: url }, { poolSize: 4 });
  if (migrate) await migrateToLatest(database);
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
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
