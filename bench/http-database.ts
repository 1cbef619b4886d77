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

export interface BenchSession {
  sessionId: string;
  csrfToken: string;
}

/**
 * Sales reps the question set goes to: as many as the benchmark's largest number of connections, so concurrent
 * answer saves are different reps' forms, as in real use (one rep's five answers written by 200 connections at
 * once measured the wait for those rows' locks instead).
 */
export const BENCH_REPS = 200;

export interface BenchDatabase {
  url: string;
  /** An admin's session: reads the cockpit and alerts. */
  session: BenchSession;
  /** BENCH_REPS sales reps' sessions and the question set sent to all of them: the answer writes. */
  reps: { sessions: BenchSession[]; questionSetId: number; questionIds: Record<string, number> };
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
  const reps = await seedRepQuestionSet(storage, { workspaceId, marketingUserId: user.id });
  const repSessions: BenchSession[] = [];
  for (const userId of reps.userIds) repSessions.push(await open(userId));
  await database.close();
  return {
    url,
    session,
    reps: { sessions: repSessions, questionSetId: reps.questionSetId, questionIds: reps.questionIds },
    drop: async () => {
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** BENCH_REPS sales reps with a question set about OptiScan × Automotive in their inbox, as marketing sends it. */
async function seedRepQuestionSet(
  storage: Storage,
  input: { workspaceId: number; marketingUserId: number },
): Promise<{ userIds: number[]; questionSetId: number; questionIds: Record<string, number> }> {
  const userIds: number[] = [];
  for (let index = 1; index <= BENCH_REPS; index += 1) {
    const rep = await storage.users.create({
      workspaceId: input.workspaceId,
      email: `bench-rep-${index}@bench.tandem`,
      name: `Bench Rep ${index}`,
      role: 'sales_rep',
      passwordHash: null,
    });
    userIds.push(rep.id);
  }
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
    recipientIds: userIds,
    createdBy: input.marketingUserId,
    deadlineOn: addDays(today, 14),
  });
  const stored = await storage.questions.list(input.workspaceId);
  const questionIds = Object.fromEntries(
    stored
      .filter((question) => (WORLD_QUESTIONS as readonly string[]).includes(question.definition.key))
      .map((question) => [question.definition.key, question.id]),
  );
  return { userIds, questionSetId: set.id, questionIds };
}
