import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDealsCsv } from '../../../bench/generate-deals.ts';
import {
  createTestDatabase,
  describeEachEngine,
  type TestDatabase,
} from '../../../test/support/databases.ts';
import { importFixture, writeTempFile } from '../../../test/support/import.ts';
import { createStorage } from '../../storage/storage.ts';

const CLI = resolve(import.meta.dirname, '../../../bin/tandem.js');

function startCli(db: TestDatabase, args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, 'import', ...args], {
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      TANDEM_SCHEDULER: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Read position of `pid` in `file` (Linux /proc), or null while the file is not open. */
function readPosition(pid: number, file: string): number | null {
  const fdDir = `/proc/${pid}/fd`;
  try {
    for (const fd of readdirSync(fdDir)) {
      if (readlinkSync(join(fdDir, fd)) !== file) continue;
      const info = readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8');
      return Number(/pos:\s+(\d+)/.exec(info)?.[1] ?? 0);
    }
  } catch {
    // The descriptor closed between listing and reading it: look again.
  }
  return null;
}

/** Waits until the child has read `share` of `file`, so the kill lands mid-file however fast the import is. */
async function waitUntilRead(child: ChildProcess, file: string, share: number): Promise<void> {
  const size = statSync(file).size;
  while ((readPosition(child.pid!, file) ?? 0) < size * share) {
    if (child.exitCode !== null) throw new Error(`the import ended before it was killed (${child.exitCode})`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

async function runCli(db: TestDatabase, args: string[]) {
  const child = startCli(db, args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const [code] = await once(child, 'exit');
  return { code: code as number, stdout, stderr };
}

describe('tandem import', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db.drop();
  });
  const get = () => db;

  it('prints exactly one JSON object and exits 1 when rows were rejected', async () => {
    const result = await runCli(get(), [importFixture('bad-date.csv'), '--kind', 'deals', '--json']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!);
    expect(Object.keys(json)).toEqual([
      'kind',
      'rows',
      'inserted',
      'updated',
      'unchanged',
      'rejected',
      'errors',
    ]);
    expect(json).toMatchObject({ kind: 'deals', rows: 3, inserted: 0, rejected: 2 });
    expect(json.errors[0]).toEqual({
      line: 3,
      column: 'created_at',
      value: '2026-13-45',
      message: expect.any(String),
    });
  });

  it('exits 0 with --skip-invalid and writes the error report', async () => {
    const report = writeTempFile('report.csv', '');
    const result = await runCli(get(), [
      importFixture('bad-date.csv'),
      '--kind',
      'deals',
      '--skip-invalid',
      '--error-report',
      report,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/1 new/);
    expect(readFileSync(report, 'utf8')).toContain('4,created_at,yesterday,');
  });

  it('imports an Excel workbook', async () => {
    const result = await runCli(get(), [importFixture('deals.xlsx'), '--kind', 'deals', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'deals', rows: 4, inserted: 4, rejected: 0 });
  });
});

describeEachEngine('tandem import killed midway', (get) => {
  it('a killed import leaves the database as it was', async () => {
    const storage = createStorage(get().database);
    const before = await runCli(get(), [importFixture('canonical-deals.csv'), '--kind', 'deals']);
    expect(before.code).toBe(0);
    const workspace = await storage.workspaces.findDefault();
    const snapshot = {
      deals: await storage.deals.list(workspace!.id),
      dimensions: await storage.dimensions.list(workspace!.id),
      imports: await storage.imports.list(workspace!.id),
    };
    const big = join(writeTempFile('x', ''), '..', 'big.csv');
    await writeDealsCsv({ path: big, rows: 200_000, variant: 'comma' });
    const child = startCli(get(), [big, '--kind', 'deals']);
    await waitUntilRead(child, big, 0.4);
    child.kill('SIGKILL');
    const [, signal] = await once(child, 'exit');
    expect(signal).toBe('SIGKILL');
    expect(await storage.deals.list(workspace!.id)).toEqual(snapshot.deals);
    expect(await storage.dimensions.list(workspace!.id)).toEqual(snapshot.dimensions);
    expect(await storage.imports.list(workspace!.id)).toEqual(snapshot.imports);
  }, 180_000); // three CLI processes and a 200,000-row file: slow on a busy two-core machine
});
