/**
 * What a deal snapshot adds beyond the rows themselves: stage history (exports have none, so each import records
 * what changed since the last one), owners' teams, and — on request — marking deals that vanished from a full
 * snapshot as lost.
 */
import type { ResolvedRows } from './merge.ts';
import type { BulkSession, SqlParams } from './session.ts';

/** A closed deal's stage change is dated at its close date when that lies before the as-of date. */
const CHANGED_ON = (row: string) =>
  `case when ${row}.outcome <> 'open' and ${row}.closed_on is not null and ${row}.closed_on <= cast(:asOf as text) then ${row}.closed_on else cast(:asOf as text) end`;

/** Before the update: stage changes for stored deals whose stage the file changes. */
export async function recordStageChanges(session: BulkSession, params: SqlParams): Promise<void> {
  await session.run(
    `insert into stage_changes (workspace_id, deal_id, stage, changed_on) select cast(:ws as bigint), s.target_id, s.stage, ${CHANGED_ON('s')} from stg s join deals t on t.id = s.target_id where s.action = 'update' and t.stage is distinct from s.stage on conflict (deal_id, stage, changed_on) do nothing`,
    params,
  );
}

/** The highest deal id before the insert, so recordFirstStages finds the new deals by id, not by a join. */
async function lastDealId(session: BulkSession): Promise<number> {
  const rows = await session.all<{ id: number | string }>('select coalesce(max(id), 0) as id from deals');
  return Number(rows[0]?.id ?? 0);
}

/**
 * After the insert: a new deal's first observed stage, at the as-of date (or its close date). The new deals are
 * those above `:lastDealId` that carry this import's timestamp (another writer's deals do not). No conflict
 * clause: a deal created just now has no stage history yet (deleting a deal deletes its history). The unary
 * `+` keeps SQLite off the workspace/owner index: read in owner order, a million new deals took 3.5 CPU s
 * instead of a rowid range scan's fraction of that.
 */
async function recordFirstStages(session: BulkSession, params: SqlParams): Promise<void> {
  await session.run(
    `insert into stage_changes (workspace_id, deal_id, stage, changed_on) select cast(:ws as bigint), t.id, t.stage, ${CHANGED_ON('t')} from deals t where t.id > :lastDealId and +t.workspace_id = :ws and t.updated_at = cast(:now as text)`,
    params,
  );
}

/**
 * Inserts the new deals (`insertSql`, see insertStagedSql) and records each one's first observed stage. On
 * PostgreSQL in one statement, the stages taken from the inserted rows: reading a million fresh deals back costs
 * as much as a third of inserting them (every new page is visited again and its hint bits set). SQLite cannot
 * feed RETURNING into another statement; it reads the new deals back by rowid range, which is cheap there.
 */
export async function insertDealsWithFirstStages(
  session: BulkSession,
  input: { insertSql: string; params: SqlParams },
): Promise<void> {
  const { insertSql, params } = input;
  if (session.engine === 'postgres') {
    await session.run(
      `with t as (${insertSql} returning id, stage, outcome, closed_on) insert into stage_changes (workspace_id, deal_id, stage, changed_on) select cast(:ws as bigint), t.id, t.stage, ${CHANGED_ON('t')} from t`,
      params,
    );
    return;
  }
  const lastDealIdBefore = await lastDealId(session);
  await session.run(insertSql, params);
  await recordFirstStages(session, { ...params, lastDealId: lastDealIdBefore });
}

/** Links each owner in the file to the team named with them (when a file names several, the newest team wins). */
export async function linkOwnersToTeams(
  session: BulkSession,
  input: { resolved: ResolvedRows; params: SqlParams },
): Promise<void> {
  await session.run(
    `update owners set team_id = x.team_id from (select owner_id, max(team_id) as team_id from ${input.resolved.from} s where owner_id is not null and team_id is not null group by owner_id) x where owners.id = x.owner_id and owners.team_id is distinct from x.team_id`,
    input.params,
  );
}

export const MISSING_REASON = 'not in CRM export';

/**
 * `--mark-missing`: open deals of the workspace that the file does not list are closed as lost at the as-of
 * date with the reason "not in CRM export" (an existing reason is kept). Closed deals are left alone: exports
 * often leave out old closed deals.
 */
export async function markMissingDeals(session: BulkSession, params: SqlParams): Promise<number> {
  return session.run(
    `update deals set outcome = 'lost', closed_on = cast(:asOf as text), lost_reason = coalesce(lost_reason, '${MISSING_REASON}'), updated_at = cast(:now as text) where workspace_id = :ws and outcome = 'open' and not exists (select 1 from stg s where s.external_id = deals.external_id)`,
    params,
  );
}
