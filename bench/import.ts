/**
 * Import benchmark: a generated canonical deals CSV (and its German `;`/decimal-comma variant) imported with full
 * validation into SQLite and PostgreSQL, against the sqlite3 CLI's `.import` and psql's `\copy` of the same file
 * into a plain table, measured in the same run. JSON on stdout, progress on stderr.
 * Usage: npx tsx bench/import.ts [--rows N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { type DealFileVariant, writeDealsCsv } from './generate-deals.ts';

const PG_URL =
  process.env.TANDEM_BENCH_PG_URL ??
  process.env.TANDEM_TEST_PG_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const CHILD = resolve(import.meta.dirname, 'import-child.ts');
const PLAIN_COLUMNS =
  'external_id,name,account,product,segment,region,owner,stage,outcome,amount,currency,created_at,expected_close,closed_at,lost_reason,competitor,is_renewal,lead_source'
    .split(',')
    .map((column) => `${column} text`)
    .join(', ');

export interface ImportBenchmarkOptions {
  rows: number;
  log?: (line: string) => void;
}

interface ChildResult {
  seconds: number;
  /** CPU seconds of the importing process during the import (PostgreSQL's backend not included). */
  cpuSeconds: number;
  rows: number;
  rejected: number;
  peakRssMb: number;
}

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

function runChild(file: string, env: NodeJS.ProcessEnv): ChildResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CHILD, file], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`import child failed: ${result.stderr}`);
  const child = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
  if (child.rejected > 0) throw new Error(`the benchmark file had ${child.rejected} rejected rows`);
  return child;
}

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function benchSqlite(file: string, variant: DealFileVariant, dir: string) {
  const ours = runChild(file, { DATABASE_URL: join(dir, `tandem-${variant}.db`) });
  let cliRowsPerSec: number | null = null;
  if (hasCommand('sqlite3')) {
    const separator = variant === 'comma' ? ',' : ';';
    const seconds = timed(() =>
      execFileSync('sqlite3', [
        join(dir, `plain-${variant}.db`),
        '.mode csv',
        `.separator "${separator}"`,
        `.import ${file} deals`,
      ]),
    );
    cliRowsPerSec = Math.round(ours.rows / seconds);
  }
  const rowsPerSec = Math.round(ours.rows / ours.seconds);
  return {
    rowsPerSec,
    cliRowsPerSec,
    ratio: cliRowsPerSec ? round(rowsPerSec / cliRowsPerSec) : null,
    cpuSeconds: ours.cpuSeconds,
    peakRssMb: ours.peakRssMb,
  };
}

async function benchPostgres(file: string, variant: DealFileVariant) {
  const schema = `bench_${crypto.randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    const ours = runChild(file, { DATABASE_URL: PG_URL, TANDEM_PG_SCHEMA: schema });
    await admin.query(`create table ${schema}.plain (${PLAIN_COLUMNS})`);
    const delimiter = variant === 'comma' ? ',' : ';';
    const seconds = timed(() =>
      execFileSync('psql', [
        PG_URL,
        '-q',
        '-c',
        `\\copy ${schema}.plain from '${file}' with (format csv, header true, delimiter '${delimiter}')`,
      ]),
    );
    const rowsPerSec = Math.round(ours.rows / ours.seconds);
    const copyRowsPerSec = Math.round(ours.rows / seconds);
    return {
      rowsPerSec,
      copyRowsPerSec,
      ratio: round(rowsPerSec / copyRowsPerSec),
      cpuSeconds: ours.cpuSeconds,
      peakRssMb: ours.peakRssMb,
    };
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

export async function runImportBenchmark(options: ImportBenchmarkOptions) {
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  try {
    const results: Record<string, unknown> = {};
    for (const variant of ['comma', 'semicolon'] as const) {
      const file = join(dir, `deals-${variant}.csv`);
      log(`writing ${options.rows} rows (${variant}) …`);
      await writeDealsCsv({ path: file, rows: options.rows, variant });
      log(`SQLite (${variant}) …`);
      const sqlite = benchSqlite(file, variant, dir);
      log(`PostgreSQL (${variant}) …`);
      const postgres = await benchPostgres(file, variant);
      results[variant] = { sqlite, postgres };
      rmSync(file);
    }
    const comma = results.comma as { sqlite: unknown; postgres: unknown };
    return {
      rows: options.rows,
      sqlite: comma.sqlite,
      postgres: comma.postgres,
      semicolonDecimalComma: results.semicolon,
      ...(hasCommand('sqlite3')
        ? {}
        : { note: 'sqlite3 CLI not installed (apt-get install sqlite3): cliRowsPerSec is null' }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const index = process.argv.indexOf('--rows');
  const rows = index > 0 ? Number(process.argv[index + 1]) : 1_000_000;
  const result = await runImportBenchmark({ rows, log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
