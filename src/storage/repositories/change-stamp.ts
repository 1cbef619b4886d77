/**
 * The deals change stamp (a cache key for the cockpit): counts and newest `updated_at` of the workspace's deals
 * and targets. Counting 14,000 deals takes ≈ 30 ms on SQLite, where better-sqlite3 blocks the event loop — it
 * was the whole cost of a cached cockpit request. On SQLite the stamp is therefore reused while nothing at all
 * was written to the file: `data_version` changes on any commit by another connection or process (a CLI
 * import), `total_changes()` on any row written by ours. Both are O(1), so the reuse is exact, not a guess.
 */
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../dialect.ts';
import type { Database } from '../schema/index.ts';

type ChangeStamp = (workspaceId: number) => Promise<string>;

function countingStamp(db: Kysely<Database>): ChangeStamp {
  return async (workspaceId) => {
    const stamp = (table: 'deals' | 'targets') =>
      db
        .selectFrom(table)
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('at')])
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow();
    const [deals, targets] = await Promise.all([stamp('deals'), stamp('targets')]);
    return `${deals.n}@${deals.at ?? ''}|${targets.n}@${targets.at ?? ''}`;
  };
}

async function sqliteWriteVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ version: number; changes: number }>`
    select (select data_version from pragma_data_version) as version, total_changes() as changes`.execute(db);
  const row = rows[0];
  return `${row?.version}:${row?.changes}`;
}

export function createChangeStamp(db: Kysely<Database>, engine: Engine): ChangeStamp {
  const count = countingStamp(db);
  if (engine !== 'sqlite') return count;
  const known = new Map<number, { version: string; stamp: string }>();
  return async (workspaceId) => {
    // Read before counting: a write in between changes the version, so the next call counts again.
    const version = await sqliteWriteVersion(db);
    const memo = known.get(workspaceId);
    if (memo?.version === version) return memo.stamp;
    const stamp = await count(workspaceId);
    known.set(workspaceId, { version, stamp });
    return stamp;
  };
}
