/** A fresh database with the demo workspace and an admin session, for the HTTP benchmark. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startSession } from '../src/app/start-session.ts';
import { runDemoCommand } from '../src/cli/commands/demo.ts';
import { loadConfig } from '../src/config.ts';
import { addDays } from '../src/core/calendar.ts';
import { todayIso } from '../src/server/today.ts';
import { openDatabase } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import type { Storage } from '../src/storage/port.ts';
import { createStorage } from '../src/storage/storage.ts';
import { WORLD_QUESTIONS } from '../test/support/answer-world.ts';
import { createTestRequest, sendTestQuestionSet } from '../test/support/question-sets.ts';

const PG_URL =
  process.env.TANDEM_BENCH_PG_URL ??
  process.env.TANDEM_TEST_PG_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

interface Session {
  sessionId: string;
  csrfToken: string;
}

export interface BenchDatabase {
  url: string;
  /** An admin's session: reads the cockpit and alerts. */
  session: Session;
  /** A sales rep's session and the question set sent to them: the answer writes. */
  rep: { session: Session; questionSetId: number; questionIds: Record<string, number> };
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
  const open = (userId: number) =>
    startSession({ storage, config, userId, ip: '127.0.0.1', userAgent: 'bench' });
  const session = await open(user.id);
  const rep = await seedRepQuestionSet(storage, { workspaceId, marketingUserId: user.id });
  const repSession = await open(rep.userId);
  await database.close();
  return {
    url,
    session,
    rep: { session: repSession, questionSetId: rep.questionSetId, questionIds: rep.questionIds },
    drop: async () => {
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A sales rep with a question set about OptiScan × Automotive in their inbox, as marketing would send it. */
async function seedRepQuestionSet(
  storage: Storage,
  input: { workspaceId: number; marketingUserId: number },
): Promise<{ userId: number; questionSetId: number; questionIds: Record<string, number> }> {
  const rep = await storage.users.create({
    workspaceId: input.workspaceId,
    email: 'bench-rep@bench.tandem',
    name: 'Bench Rep',
    role: 'sales_rep',
    passwordHash: null,
  });
  const dimensions = await storage.dimensions.list(input.workspaceId);
  const product = dimensions.products.find((item) => item.name === 'OptiScan')?.id;
  const segment = dimensions.segments.find((item) => item.name === 'Automotive')?.id;
  if (product === undefined || segment === undefined)
    throw new Error('The demo has no OptiScan × Automotive');
  const today = todayIso();
  const request = await createTestRequest(storage, {
    workspaceId: input.workspaceId,
    title: 'OptiScan × Automotive',
    scope: { product, segment },
    asOf: today,
    marketingOwnerId: input.marketingUserId,
  });
  const set = await sendTestQuestionSet(storage, {
    workspaceId: input.workspaceId,
    requestId: request.id,
    title: 'Why do we lose OptiScan deals in Automotive?',
    questionKeys: WORLD_QUESTIONS,
    recipientIds: [rep.id],
    createdBy: input.marketingUserId,
    deadlineOn: addDays(today, 14),
  });
  const stored = await storage.questions.list(input.workspaceId);
  const questionIds = Object.fromEntries(
    stored
      .filter((question) => (WORLD_QUESTIONS as readonly string[]).includes(question.definition.key))
      .map((question) => [question.definition.key, question.id]),
  );
  return { userId: rep.id, questionSetId: set.id, questionIds };
}
