/**
 * `tandem scan` as a child process that a crash test can kill at a chosen moment: once its scan run row says
 * 'running' (it is computing), or while it holds the write transaction that stores the scan's results.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { TestDatabase } from './databases.ts';

const CLI = resolve(import.meta.dirname, '../../bin/tandem.js');

export interface ScanChild {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed) once the process has ended. */
  exited: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
}

export function startScanChild(db: TestDatabase, asOf: string): ScanChild {
  const child = spawn(process.execPath, [CLI, 'scan', '--as-of', asOf, '--json'], {
    env: { ...process.env, DATABASE_URL: db.url, TANDEM_SCHEDULER: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

export function hasEnded(scan: ScanChild): boolean {
  return scan.child.exitCode !== null || scan.child.signalCode !== null;
}

export async function listScanRuns(db: TestDatabase) {
  return db.database.db
    .selectFrom('scan_runs')
    .select(['id', 'status', 'started_at', 'stats_json'])
    .orderBy('id')
    .execute();
}

/** Waits until a run newer than `afterId` is recorded as running; returns its id. */
export async function waitForRunningScan(
  db: TestDatabase,
  scan: ScanChild,
  afterId: number,
): Promise<number> {
  for (;;) {
    const run = (await listScanRuns(db)).find((row) => row.id > afterId && row.status === 'running');
    if (run) return run.id;
    if (hasEnded(scan)) throw new Error(`the scan ended before it was seen running: ${scan.stderr()}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/**
 * Whether another connection holds a write on the scan's result tables, i.e. is inside the scan's storing
 * transaction (the run row's own insert is committed before this is asked). SQLite: the database's write lock
 * cannot be taken at once. PostgreSQL: a granted row-exclusive lock on alerts, forecasts or the calibration cache.
 */
export function createWriteProbe(db: TestDatabase): { isWriting(): Promise<boolean>; close(): void } {
  if (db.database.engine === 'sqlite') {
    const probe = new SqliteDatabase(db.url, { timeout: 0 });
    return {
      async isWriting() {
        try {
          probe.exec('BEGIN IMMEDIATE');
          probe.exec('ROLLBACK');
          return false;
        } catch (error) {
          if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY'))
            return true;
          throw error;
        }
      },
      close: () => probe.close(),
    };
  }
  return {
    async isWriting() {
      const { rows } = await sql<{ holders: number }>`
        select count(*)::int as holders from pg_locks l join pg_class c on c.oid = l.relation
        where l.database = (select oid from pg_database where datname = current_database())
          and c.relname in ('alerts', 'forecast_snapshots', 'calibration_cache')
          and l.mode = 'RowExclusiveLock' and l.granted and l.pid <> pg_backend_pid()`.execute(
        db.database.db,
      );
      return (rows[0]?.holders ?? 0) > 0;
    },
    close: () => undefined,
  };
}

/**
 * Kills the scan inside its storing transaction: polls until it writes, freezes it (SIGSTOP), checks it still
 * holds the transaction open, then SIGKILLs it. Returns false when the scan got through its commit first (the
 * caller starts another); then the child is let go and has ended.
 */
export async function killWhileWriting(
  scan: ScanChild,
  probe: { isWriting(): Promise<boolean> },
): Promise<boolean> {
  while (!(await probe.isWriting())) {
    if (hasEnded(scan)) return false;
    await new Promise((done) => setTimeout(done, 1));
  }
  scan.child.kill('SIGSTOP');
  const isInside = await probe.isWriting();
  scan.child.kill(isInside ? 'SIGKILL' : 'SIGCONT');
  await scan.exited;
  return isInside;
}
