/**
 * Benchmark: generate the demo workspace and write it to a fresh SQLite file (and to a fresh PostgreSQL schema
 * when a URL is given). Prints one JSON object on stdout, progress on stderr.
 *
 *   npx tsx bench/demo.ts [--seed 42] [--as-of 2026-11-28] [--postgres postgres://…]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { writeDemo } from '../src/app/create-demo-workspace.ts';
import { generateDemo } from '../src/demo/generate.ts';
import type { DemoData } from '../src/demo/types.ts';
import { type OpenDatabase, openDatabase } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { createStorage } from '../src/storage/storage.ts';

async function measureWrite(database: OpenDatabase, data: DemoData): Promise<number> {
  await migrateToLatest(database);
  const started = performance.now();
  await writeDemo(createStorage(database), data);
  return Math.round(performance.now() - started);
}

async function benchSqlite(data: DemoData): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  const database = await openDatabase({ engine: 'sqlite', location: join(dir, 'demo.db') });
  try {
    return await measureWrite(database, data);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(data: DemoData, url: string): Promise<number> {
  const schema = `bench_demo_${process.pid}`;
  const database = await openDatabase({ engine: 'postgres', location: url }, { schema });
  try {
    return await measureWrite(database, data);
  } finally {
    await sql.raw(`drop schema if exists ${schema} cascade`).execute(database.db);
    await database.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '42' },
      'as-of': { type: 'string' },
      postgres: { type: 'string' },
    },
  });
  const seed = Number(values.seed);
  const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  console.error(`generating the demo (seed ${seed}, as of ${asOf}) …`);
  const started = performance.now();
  const data = generateDemo({ seed, asOf });
  const generateMs = Math.round(performance.now() - started);
  console.error('writing to SQLite …');
  const sqliteWriteMs = await benchSqlite(data);
  let postgresWriteMs: number | null = null;
  if (values.postgres) {
    console.error('writing to PostgreSQL …');
    postgresWriteMs = await benchPostgres(data, values.postgres);
  }
  const newBusiness = data.deals.filter((deal) => !deal.isRenewal);
  const result = {
    benchmark: 'demo',
    seed,
    asOf,
    generateMs,
    sqliteWriteMs,
    postgresWriteMs,
    volumes: {
      deals: data.deals.length,
      newBusinessDeals: newBusiness.length,
      renewals: data.deals.length - newBusiness.length,
      stageChanges: data.deals.reduce((sum, deal) => sum + deal.stageHistory.length, 0),
      leads: data.leads.length,
      metrics: data.metrics.length,
      targets: data.targets.length,
    },
    story: data.story,
  };
  console.log(JSON.stringify(result));
}

await main();
