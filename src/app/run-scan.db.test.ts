/**
 * The demo's planted story (src/demo/README.md, story a) found by a full scan on both engines: a decline in
 * OptiScan × Automotive from 2026-10-12, scanned as of 2026-11-22 — five and a half weeks before the quarter
 * ends — first, at high severity, with price/competitor among its drivers, and nothing else at high severity.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { runScanCommand } from '../cli/commands/scan.ts';
import type { CliOutput } from '../cli/output.ts';
import { generateDemo } from '../demo/generate.ts';
import type { DemoData } from '../demo/types.ts';
import type { Storage } from '../storage/port.ts';
import { createStorage } from '../storage/storage.ts';
import { writeDemo } from './create-demo-workspace.ts';
import { runScan } from './run-scan.ts';

const AS_OF = '2026-11-22';
const QUARTER_END = '2026-12-31';
const STORY_SCOPE = { product: 'OptiScan', segment: 'Automotive' };

let demo: DemoData | undefined;
/** Thresholds calibrated by the first engine's scan seed the second's cache: both compute the same ones. */
let thresholds: Record<string, number> = {};

const silent: CliOutput = { info: () => undefined, result: () => undefined };
type Report = Awaited<ReturnType<typeof runScanCommand>>;

describeEachEngine('scan of the demo workspace', (get) => {
  let storage: Storage;
  let workspaceId: number;
  let report: Report;

  beforeAll(async () => {
    demo ??= generateDemo({ seed: 42, asOf: '2026-11-28' });
    storage = createStorage(get().database);
    ({ workspaceId } = await writeDemo(storage, demo));
    await storage.scans.saveThresholds(workspaceId, thresholds);
    report = await runScanCommand({ storage, asOf: AS_OF, output: silent, json: true });
    thresholds = await storage.scans.loadThresholds(workspaceId);
  }, 1_800_000);

  it('alerts the planted decline first, at high severity, five weeks or more before the quarter ends', () => {
    const [first] = report.alerts;
    expect(first?.scope).toEqual(STORY_SCOPE);
    expect(first?.severity).toBe('high');
    const firstDetected = first?.firstDetected ?? QUARTER_END;
    const weeksLeft = (Date.parse(QUARTER_END) - Date.parse(firstDetected)) / (7 * 86_400_000);
    expect(weeksLeft).toBeGreaterThanOrEqual(5);
  });

  it('raises nothing else at high severity', () => {
    const high = report.alerts.filter((alert) => alert.severity === 'high');
    expect(high.length).toBeGreaterThan(0);
    expect(high.filter((alert) => JSON.stringify(alert.scope) !== JSON.stringify(STORY_SCOPE))).toEqual([]);
  });

  it('names price or the competitor among the drivers of the story scope', () => {
    const story = report.alerts.filter(
      (alert) => JSON.stringify(alert.scope) === JSON.stringify(STORY_SCOPE),
    );
    const labels = story.flatMap((alert) =>
      alert.drivers.filter((d) => d.kind === 'reason_shift').map((d) => d.label),
    );
    expect(labels.some((label) => /expensive|competitor/i.test(label))).toBe(true);
  });

  it('gives the same result when scanned again as of the same day, and opens no new alert', async () => {
    const again = await runScanCommand({ storage, asOf: AS_OF, output: silent, json: true });
    expect(again).toEqual(report);
    const stored = await storage.alerts.list(workspaceId);
    expect(stored).toHaveLength(report.alerts.length);
  }, 600_000);

  it('gives the same report when this thread loads the rows and copies them to the worker', async () => {
    // What a scan of an in-memory SQLite database does, which no other connection (the worker's) can open.
    const copied = await runScanCommand({
      storage: { ...storage, source: null },
      asOf: AS_OF,
      output: silent,
      json: true,
    });
    expect(copied).toEqual(report);
  }, 600_000);

  it('records a scan whose worker cannot open the database as failed, with the reason', async () => {
    const unreachable: Storage = {
      ...storage,
      source: { target: { engine: 'postgres', location: 'postgres://127.0.0.1:1/nowhere' } },
    };
    await expect(runScan({ storage: unreachable, workspaceId, asOf: AS_OF, trigger: 'cli' })).rejects.toThrow(
      /Cannot reach PostgreSQL 127\.0\.0\.1:1\/nowhere/,
    );
    const [last] = await get()
      .database.db.selectFrom('scan_runs')
      .select(['status', 'stats_json'])
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(last?.status).toBe('failed');
    expect(last?.stats_json).toMatch(/Cannot reach PostgreSQL/);
  });
});
