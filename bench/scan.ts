/**
 * `npm run bench -- scan [--deals N] [--runs R]`: a full scan of N generated deals (default 1,000,000) over
 * ≥ 200 scopes in a temporary SQLite database (issue 5 item 9). Prints
 * `{"deals","scopes","seconds","peakRssMb","sqlSeconds", …}`: `seconds` is a daily scan with the calibration
 * cache filled (load, indicators, detection, forecasts, writing alerts), `coldSeconds` the first scan that also
 * calibrates thresholds, `sqlSeconds` the equivalent plain SQL aggregation (weekly counts and won/lost per
 * scope of every watched shape) on the same database. Targets: ≤ 10 s, ≤ 1 GB, ≤ 3 × SQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { runScan } from '../src/app/run-scan.ts';
import { SCOPE_SHAPES } from '../src/core/scan/scopes.ts';
import { type OpenDatabase, openDatabase } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import type { Storage } from '../src/storage/port.ts';
import { createStorage } from '../src/storage/storage.ts';
import {
  type GeneratedDeal,
  generateScanDeals,
  listScanTargets,
  SCAN_BENCH_SHAPE,
  SCAN_BENCH_STAGES,
} from './scan-data.ts';

const AS_OF = '2026-11-28';
const BATCH = 20_000;

export interface ScanBenchmarkOptions {
  deals: number;
  runs: number;
  log: (line: string) => void;
}

async function createDimensions(storage: Storage, workspaceId: number) {
  const ensure = (kind: 'product' | 'segment' | 'region' | 'team' | 'owner', count: number, name: string) =>
    Promise.all(
      Array.from({ length: count }, (_, i) =>
        storage.dimensions.ensure(workspaceId, kind, `${name} ${i + 1}`),
      ),
    );
  const products = await ensure('product', SCAN_BENCH_SHAPE.products, 'Product');
  const segments = await ensure('segment', SCAN_BENCH_SHAPE.segments, 'Segment');
  const regions = await ensure('region', SCAN_BENCH_SHAPE.regions, 'Region');
  const teams = await ensure('team', SCAN_BENCH_SHAPE.teams, 'Team');
  const owners = await ensure('owner', SCAN_BENCH_SHAPE.teams * SCAN_BENCH_SHAPE.repsPerTeam, 'Rep');
  for (const [i, owner] of owners.entries()) {
    await storage.dimensions.assignOwner(workspaceId, owner, { teamId: teams[i % teams.length]! });
  }
  return { products, segments, regions, owners };
}

async function fill(storage: Storage, options: ScanBenchmarkOptions): Promise<number> {
  const workspace = await storage.workspaces.create({ name: 'Scan bench', slug: 'scan-bench' });
  await storage.stages.replace(workspace.id, SCAN_BENCH_STAGES);
  const ids = await createDimensions(storage, workspace.id);
  let batch: GeneratedDeal[] = [];
  const flush = async () => {
    await storage.transaction(async (trx) => {
      const dealIds = await trx.deals.insertMany(
        workspace.id,
        batch.map((item) => ({
          ...item.deal,
          productId: ids.products[item.product]!,
          segmentId: ids.segments[item.segment]!,
          regionId: ids.regions[item.region]!,
          ownerId: ids.owners[item.owner]!,
        })),
      );
      await trx.deals.insertStageChanges(
        workspace.id,
        batch.flatMap((item, i) =>
          item.stages.map((change) => ({ dealId: dealIds[i]!, stage: change.stage, changedOn: change.on })),
        ),
      );
    });
    batch = [];
  };
  let written = 0;
  for (const item of generateScanDeals(options.deals, AS_OF)) {
    batch.push(item);
    if (batch.length === BATCH) {
      await flush();
      written += BATCH;
      if (written % 200_000 === 0) options.log(`${written} deals written`);
    }
  }
  if (batch.length > 0) await flush();
  await storage.targets.upsertMany(workspace.id, listScanTargets(AS_OF, ids.products, options.deals / 12));
  return workspace.id;
}

/** The same aggregation in SQL: per watched shape, deals created per scope and week, with won and lost counts. */
async function timeSqlAggregation(database: OpenDatabase, workspaceId: number): Promise<number> {
  const started = performance.now();
  for (const shape of SCOPE_SHAPES) {
    const columns = shape.map((key) => (key === 'team' ? 'o.team_id' : `d.${key}_id`));
    const groups = [...columns, "strftime('%Y-%W', d.created_on)"].join(', ');
    await sql
      .raw(
        `select ${groups}, count(*), sum(d.outcome = 'won'), sum(d.outcome = 'lost'), sum(d.amount_cents)
         from deals d left join owners o on o.id = d.owner_id
         where d.workspace_id = ${workspaceId} group by ${groups}`,
      )
      .execute(database.db);
  }
  return (performance.now() - started) / 1000;
}

export async function runScanBenchmark(options: ScanBenchmarkOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-scan-bench-'));
  const database = await openDatabase({ engine: 'sqlite', location: join(dir, 'bench.db') });
  try {
    await migrateToLatest(database);
    const storage = createStorage(database);
    options.log(`writing ${options.deals} deals …`);
    const workspaceId = await fill(storage, options);
    const sqlSeconds = await timeSqlAggregation(database, workspaceId);
    options.log(`plain SQL aggregation ${sqlSeconds.toFixed(2)} s; first scan (calibrates) …`);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const scanOnce = async () => {
      const started = performance.now();
      const result = await runScan({
        storage,
        workspaceId,
        asOf: AS_OF,
        trigger: 'manual',
        calibrationRuns: options.runs,
      });
      return { result, seconds: (performance.now() - started) / 1000 };
    };
    const cold = await scanOnce();
    options.log(`cold scan ${cold.seconds.toFixed(1)} s; daily scan with the cache filled …`);
    const warm = await scanOnce();
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    return {
      deals: options.deals,
      scopes: warm.result.scopes,
      seconds: Math.round(warm.seconds * 100) / 100,
      peakRssMb: Math.round(peakRss / 1_048_576),
      sqlSeconds: Math.round(sqlSeconds * 100) / 100,
      ratioToSql: Math.round((warm.seconds / sqlSeconds) * 10) / 10,
      coldSeconds: Math.round(cold.seconds * 100) / 100,
      seriesWatched: warm.result.seriesWatched,
      alerts: warm.result.output.candidates.length,
      calibrationRuns: options.runs,
    };
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
