/**
 * `kill -9` of `tandem scan` over the demo workspace, on SQLite and PostgreSQL: once while it computes, once
 * inside the transaction that stores its alerts, forecasts and thresholds. Each time the database stays sound
 * (SQLite's integrity check), nothing of the killed scan is stored and its run is not 'done'; a rerun then
 * succeeds with exactly the alerts of an uninterrupted scan, and marks a run left 'running' for over an hour as
 * failed (interrupted).
 */
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine, type TestDatabase } from '../../../test/support/databases.ts';
import {
  createWriteProbe,
  killWhileWriting,
  listScanRuns,
  startScanChild,
  waitForRunningScan,
} from '../../../test/support/scan-child.ts';
import { writeDemo } from '../../app/create-demo-workspace.ts';
import { generateDemo } from '../../demo/generate.ts';
import type { DemoData } from '../../demo/types.ts';
import type { Storage } from '../../storage/port.ts';
import { createStorage } from '../../storage/storage.ts';

const AS_OF = '2026-11-28';
/** Each attempt to land a kill inside the storing transaction that finds the commit already done costs a scan. */
const WRITE_KILL_ATTEMPTS = 5;

let demo: DemoData | undefined;
/** Thresholds the first engine's scan calibrated seed the second's cache: both compute the same, faster. */
let thresholds: Record<string, number> = {};

async function runScanToEnd(db: TestDatabase): Promise<string> {
  const scan = startScanChild(db, AS_OF);
  const code = await scan.exited;
  if (code !== 0) throw new Error(`tandem scan exited ${code}: ${scan.stderr()}`);
  return scan.stdout();
}

async function countRows(db: TestDatabase, table: 'forecast_snapshots' | 'notifications' | 'outbox') {
  const row = await db.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Everything a scan stores, to compare before and after a kill. */
async function readStoredResults(db: TestDatabase, storage: Storage, workspaceId: number) {
  return {
    alerts: await storage.alerts.list(workspaceId),
    forecasts: await countRows(db, 'forecast_snapshots'),
    thresholds: await storage.scans.loadThresholds(workspaceId),
    notifications: await countRows(db, 'notifications'),
    outbox: await countRows(db, 'outbox'),
  };
}

function expectSoundDatabase(db: TestDatabase): void {
  if (!db.database.sqlite) return;
  const rows = db.database.sqlite.pragma('integrity_check') as { integrity_check: string }[];
  expect(rows.map((row) => row.integrity_check)).toEqual(['ok']);
}

describeEachEngine('tandem scan killed with SIGKILL', (get) => {
  let storage: Storage;
  let workspaceId: number;
  /** `tandem scan --json` of the uninterrupted first scan. */
  let reference: string;
  const killedRuns: { computing?: number; writing?: number } = {};

  beforeAll(async () => {
    demo ??= generateDemo({ seed: 42, asOf: AS_OF });
    storage = createStorage(get().database);
    ({ workspaceId } = await writeDemo(storage, demo));
    await storage.scans.saveThresholds(workspaceId, thresholds);
    reference = await runScanToEnd(get());
    thresholds = await storage.scans.loadThresholds(workspaceId);
  }, 600_000);

  it('killed while computing: a sound database, nothing of the scan stored, its run not done', async () => {
    const before = await readStoredResults(get(), storage, workspaceId);
    const lastRun = (await listScanRuns(get())).at(-1)?.id ?? 0;
    const scan = startScanChild(get(), AS_OF);
    killedRuns.computing = await waitForRunningScan(get(), scan, lastRun);
    scan.child.kill('SIGKILL');
    expect(await scan.exited).toBeNull();

    expectSoundDatabase(get());
    expect(await readStoredResults(get(), storage, workspaceId)).toEqual(before);
    const run = (await listScanRuns(get())).find((row) => row.id === killedRuns.computing);
    expect(run?.status).toBe('running');
  }, 300_000);

  it('killed inside its storing transaction: a sound database, nothing of the scan stored', async () => {
    const probe = createWriteProbe(get());
    try {
      for (let attempt = 1; attempt <= WRITE_KILL_ATTEMPTS && !killedRuns.writing; attempt++) {
        const before = await readStoredResults(get(), storage, workspaceId);
        const lastRun = (await listScanRuns(get())).at(-1)?.id ?? 0;
        const scan = startScanChild(get(), AS_OF);
        const runId = await waitForRunningScan(get(), scan, lastRun);
        if (!(await killWhileWriting(scan, probe))) continue;
        killedRuns.writing = runId;

        expectSoundDatabase(get());
        expect(await readStoredResults(get(), storage, workspaceId)).toEqual(before);
        const run = (await listScanRuns(get())).find((row) => row.id === runId);
        expect(run?.status).toBe('running');
      }
    } finally {
      probe.close();
    }
    expect(killedRuns.writing, 'a kill landed inside the storing transaction').toBeDefined();
  }, 600_000);

  it('reruns to the same alerts as an uninterrupted scan and fails runs left running for over an hour', async () => {
    // The process of the run killed while computing died "two hours ago"; the other one only just now.
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000).toISOString();
    await sql`update scan_runs set started_at = ${twoHoursAgo} where id = ${killedRuns.computing ?? 0}`.execute(
      get().database.db,
    );

    expect(JSON.parse(await runScanToEnd(get()))).toEqual(JSON.parse(reference));

    expectSoundDatabase(get());
    const runs = await listScanRuns(get());
    const statusOf = (id: number | undefined) => runs.find((row) => row.id === id)?.status;
    expect(statusOf(killedRuns.computing)).toBe('failed');
    expect(runs.find((row) => row.id === killedRuns.computing)?.stats_json).toMatch(/interrupted/);
    expect(statusOf(killedRuns.writing)).toBe('running');
    expect(runs.at(-1)?.status).toBe('done');
    const done = runs.filter((row) => row.status === 'done');
    const stored = await readStoredResults(get(), storage, workspaceId);
    const forecastsPerScan = stored.forecasts / done.length;
    expect(Number.isInteger(forecastsPerScan) && forecastsPerScan > 0).toBe(true);
  }, 300_000);
});
