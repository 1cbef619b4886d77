/**
 * PostgreSQL import session on one pooled connection: staging rows stream in through COPY (pg-copy-streams),
 * the merge runs as set-based SQL in one transaction. A killed process drops the connection, and with it the
 * temp table and any open transaction.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { StagingColumn } from './merge-spec.ts';
import { type BulkSession, bindSql, randomStagingName, type SqlParams, stagingTableSql } from './session.ts';

const MERGE_WORK_MEM = '64MB';
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** COPY text format: backslash escapes, `\N` for null. Written without per-row arrays: this runs per value. */
export function toCopyText(rows: unknown[][]): string {
  let text = '';
  for (const row of rows) {
    for (let index = 0; index < row.length; index += 1) {
      if (index > 0) text += '\t';
      const value = row[index];
      if (value === null || value === undefined) text += '\\N';
      else if (typeof value === 'number') text += value;
      else {
        const plain = typeof value === 'string' ? value : String(value);
        text += COPY_SPECIAL.test(plain)
          ? plain.replace(/[\\\t\n\r]/g, (char) => COPY_ESCAPES[char] ?? char)
          : plain;
      }
    }
    text += '\n';
  }
  return text;
}

/**
 * Turns off trigger-based checks (foreign keys) for the rest of the transaction when the database role may:
 * PostgreSQL checks each foreign key of each inserted row on its own, which costs more than the insert itself.
 * Roles without the right keep the checks; the import is then slower, not different.
 */
async function relaxReferenceChecks(client: pg.PoolClient): Promise<boolean> {
  await client.query('savepoint relax_checks');
  try {
    await client.query('set local session_replication_role = replica');
    await client.query('release savepoint relax_checks');
    return true;
  } catch {
    await client.query('rollback to savepoint relax_checks');
    return false;
  }
}

export async function openPostgresSession(pool: pg.Pool, columns: StagingColumn[]): Promise<BulkSession> {
  const client = await pool.connect();
  const staging = randomStagingName();
  let copy: Writable | null = null;
  let copyError: Error | null = null;
  try {
    await client.query(stagingTableSql(staging, columns));
    copy = client.query(
      copyFrom(`copy ${staging} (line, ${columns.map((c) => c.name).join(', ')}) from stdin`),
    );
    copy.on('error', (error: Error) => {
      copyError = error;
    });
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
  const bind = (sql: string, params: SqlParams = {}) => bindSql({ sql, params, staging, style: 'dollar' });
  const failIfCopyFailed = () => {
    if (copyError) throw copyError;
  };

  return {
    engine: 'postgres',
    staging,
    async run(sql, params) {
      const { text, values } = bind(sql, params);
      return (await client.query(text, values)).rowCount ?? 0;
    },
    async all<T>(sql: string, params?: SqlParams) {
      const { text, values } = bind(sql, params);
      return (await client.query(text, values)).rows as T[];
    },
    async writeStaging(rows) {
      failIfCopyFailed();
      if (copy && !copy.write(toCopyText(rows))) await once(copy, 'drain');
    },
    async endStaging() {
      if (!copy) return;
      const finished = once(copy, 'finish');
      copy.end();
      await finished;
      copy = null;
      failIfCopyFailed();
    },
    async writeResolved(parents, write) {
      await client.query(`lock table ${parents.join(', ')} in share mode`);
      const isRelaxed = await relaxReferenceChecks(client);
      await write();
      if (isRelaxed) await client.query('set local session_replication_role = origin');
    },
    isUniqueViolation: (error) => (error as { code?: unknown } | null)?.code === '23505',
    jsonTextList: (param) => `json_array_elements_text(cast(:${param} as json)) as value`,
    async begin() {
      await client.query('begin');
      // The duplicate check hashes every staged key: with the default 4 MB a million keys spill to disk.
      await client.query(`set local work_mem = '${MERGE_WORK_MEM}'`);
    },
    async commit() {
      await client.query('commit');
    },
    async rollback() {
      await client.query('rollback');
    },
    async close() {
      try {
        if (copy) {
          copy.destroy();
          client.release(new Error('import aborted during COPY'));
          return;
        }
        await client.query('rollback').catch(() => undefined);
        await client.query(`drop table if exists ${staging}`);
        client.release();
      } catch (error) {
        client.release(error as Error);
      }
    },
  };
}
