/** A fresh database with the demo workspace and an admin session, for the HTTP benchmark. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startSession } from '../src/app/start-session.ts';
import { runDemoCommand } from '../src/cli/commands/demo.ts';
import { loadConfig } from '../src/config.ts';
import { todayIso } from '../src/server/today.ts';
import { openDatabase } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { createStorage } from '../src/storage/storage.ts';

const PG_URL =
  process.env.TANDEM_BENCH_PG_URL ??
  process.env.TANDEM_TEST_PG_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  url: string;
  session: { sessionId: string; csrfToken: string };
  drop(): Promise<void>;
}

async function withAdmin(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(
  engine: 'sqlite' | 'postgres',
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-http-'));
  let url = join(dir, 'tandem.db');
  let dropDatabase = async () => undefined as unknown;
  if (engine === 'postgres') {
    const name = `tandem_bench_${process.pid}`;
    await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
    await withAdmin((client) => client.query(`create database ${name}`));
    const parsed = new URL(PG_URL);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    dropDatabase = () => withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
  }
  const database = await openDatabase({ engine, location: url });
  await migrateToLatest(database);
  const storage = createStorage(database);
  log(`${engine}: writing the demo workspace …`);
  const { workspaceId } = await runDemoCommand({ storage, asOf: todayIso(), log: () => undefined });
  const user = await storage.users.create({
    workspaceId,
    email: 'bench-admin@bench.tandem',
    name: 'Bench Admin',
    role: 'admin',
    passwordHash: null,
  });
  const config = loadConfig({ SESSION_IDLE_MINUTES: '600' });
  const session = await startSession({
    storage,
    config,
    userId: user.id,
    ip: '127.0.0.1',
    userAgent: 'bench',
  });
  await database.close();
  return {
    url,
    session,
    drop: async () => {
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
