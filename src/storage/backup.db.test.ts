import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { isPostgresAvailable, TEST_PG_URL } from '../../test/support/environment.ts';
import { backupSqlite, checkSqliteFile, restoreSqlite } from './backup.ts';
import { openDatabase } from './connect.ts';
import { LATEST_MIGRATION } from './migrations/index.ts';
import { createStorage } from './storage.ts';

const CLI = resolve(import.meta.dirname, '../../bin/tandem.js');

function cliEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, TANDEM_SCHEDULER: 'false' };
}

/** A workspace and a few hundred audit rows: enough pages for the backup to take several steps. */
async function fillSome(testDatabase: TestDatabase): Promise<number> {
  const storage = createStorage(testDatabase.database);
  const workspace = await storage.workspaces.create({
    name: 'Backup test',
    slug: 'backup-test',
    settings: {},
  });
  for (let i = 0; i < 300; i++) {
    await storage.audit.record({
      workspaceId: workspace.id,
      userId: null,
      action: 'fill',
      entity: 'test',
      entityId: String(i),
      summary: { text: 'x'.repeat(200) },
    });
  }
  return workspace.id;
}

function count(file: string, table: string): number {
  const handle = new SqliteDatabase(file, { readonly: true });
  try {
    return (handle.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    handle.close();
  }
}

describe('SQLite backup and restore', () => {
  let source: TestDatabase;
  let workspaceId: number;
  let dir: string;
  beforeAll(async () => {
    source = await createTestDatabase('sqlite');
    dir = resolve(source.url, '..');
    workspaceId = await fillSome(source);
  });
  afterAll(async () => {
    await source.drop();
  });

  it('copies a consistent database while another process keeps writing', async () => {
    // This process commits pairs of audit rows as fast as it can while `tandem backup` runs in a child process.
    const writer = new SqliteDatabase(source.url);
    writer.pragma('busy_timeout = 5000');
    const insert = writer.prepare(
      "insert into audit_log (workspace_id, action, entity, entity_id, summary_json, at) values (?, 'pair', 'test', ?, '{}', '2026-11-27T00:00:00Z')",
    );
    const writePair = writer.transaction((n: number) => {
      insert.run(workspaceId, String(n));
      insert.run(workspaceId, String(n));
    });
    let pairs = 0;
    const timer = setInterval(() => {
      for (let i = 0; i < 20; i++) writePair(pairs++);
    }, 2);
    const file = join(dir, 'copy.db');
    const child = spawn(process.execPath, [CLI, 'backup', file], { env: cliEnv(source.url), stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const [code] = await once(child, 'exit');
    const pairsDuringBackup = pairs;
    clearInterval(timer);
    writer.close();
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/Backed up SQLite .* integrity ok/);
    expect(pairsDuringBackup).toBeGreaterThan(0);
    expect(checkSqliteFile(file).migration).toBe(LATEST_MIGRATION);
    expect(count(file, 'audit_log') % 2).toBe(0);
    expect(count(file, 'audit_log')).toBeGreaterThanOrEqual(300);
    await expect(backupSqlite(source.database, { file })).rejects.toThrow(/exists; .*--force/);
    expect((await backupSqlite(source.database, { file, force: true })).migration).toBe(LATEST_MIGRATION);
  });

  it('restores only a sound Tandem file, and only with --force over a database with data', async () => {
    const file = join(dir, 'copy.db');
    const target = join(dir, 'restored.db');
    writeFileSync(target, 'not empty');
    await expect(restoreSqlite({ file, target })).rejects.toThrow(/already holds a database; pass --force/);
    const restored = await restoreSqlite({ file, target, force: true });
    expect(restored.migration).toBe(LATEST_MIGRATION);
    expect(count(target, 'audit_log')).toBe(count(file, 'audit_log'));

    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, randomBytes(8192));
    await expect(restoreSqlite({ file: garbage, target, force: true })).rejects.toThrow(
      /not a SQLite database|cannot be read|integrity/,
    );
    const foreign = join(dir, 'foreign.db');
    new SqliteDatabase(foreign).exec('create table x (a)');
    expect(() => checkSqliteFile(foreign)).toThrow(/not a Tandem one/);
    expect(count(target, 'audit_log')).toBe(count(file, 'audit_log'));
  });

  it('runs as `tandem restore` with a clear refusal', () => {
    const file = join(dir, 'copy.db');
    const restoreEnv = cliEnv(join(dir, 'cli-target.db'));
    const first = spawnSync(process.execPath, [CLI, 'restore', file], { env: restoreEnv, encoding: 'utf8' });
    expect(first.status).toBe(0);
    const refused = spawnSync(process.execPath, [CLI, 'restore', file], {
      env: restoreEnv,
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^Error: .*already holds a database; pass --force/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});

const isPg = await isPostgresAvailable();

describe.skipIf(!isPg)('PostgreSQL pg_dump/pg_restore round trip', () => {
  it('restores every row into an empty database that Tandem then opens as current', async () => {
    const original = await createTestDatabase('postgres');
    const name = `tandem_r_${randomBytes(5).toString('hex')}`;
    const url = new URL(TEST_PG_URL);
    url.pathname = `/${name}`;
    const dump = join(resolve(import.meta.dirname, '../../test-results'), `${name}.dump`);
    try {
      await fillSome(original);
      execFileSync('mkdir', ['-p', resolve(dump, '..')]);
      execFileSync('pg_dump', ['-Fc', '-f', dump, original.url]);
      execFileSync('createdb', ['-h', url.hostname, '-p', url.port || '5432', '-U', url.username, name]);
      execFileSync('pg_restore', ['--no-owner', '-d', url.toString(), dump]);
      const restored = await openDatabase({ engine: 'postgres', location: url.toString() });
      try {
        for (const table of ['audit_log', 'workspaces', 'kysely_migration'] as const) {
          const query = sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`;
          const before = (await query.execute(original.database.db)).rows[0]?.n;
          const after = (await query.execute(restored.db)).rows[0]?.n;
          expect(after).toBe(before);
          expect(after).toBeGreaterThan(0);
        }
      } finally {
        await restored.close();
      }
    } finally {
      await original.drop();
      execFileSync('dropdb', [
        '--if-exists',
        '--force',
        '-h',
        url.hostname,
        '-p',
        url.port || '5432',
        '-U',
        url.username,
        name,
      ]);
    }
  });
});
