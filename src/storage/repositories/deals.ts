import type SqliteDatabase from 'better-sqlite3';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { isBarrierKey } from '../../core/aida.ts';
import type { Deal, DealOutcome, PipelineDeal } from '../../core/types.ts';
import type { Engine } from '../dialect.ts';
import type { DealRepository, NewDeal } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { forEachChunk, nowIso, ROWS_PER_INSERT } from './batch.ts';
import { createChangeStamp } from './change-stamp.ts';
import {
  listDealsFromSqlite,
  listPipelineDealsFromSqlite,
  listStageChangesFromSqlite,
  PIPELINE_DEAL_COLUMNS,
} from './deals-bulk-sqlite.ts';

type DealRow = Selectable<Database['deals']>;
type PipelineDealColumn = (typeof PIPELINE_DEAL_COLUMNS)[number];

function toPipelineDeal(row: Pick<DealRow, PipelineDealColumn>): PipelineDeal {
  return {
    id: row.id,
    productId: row.product_id,
    segmentId: row.segment_id,
    regionId: row.region_id,
    ownerId: row.owner_id,
    amountCents: row.amount_cents,
    stage: row.stage,
    outcome: row.outcome as DealOutcome,
    createdOn: row.created_on,
    expectedCloseOn: row.expected_close_on,
    closedOn: row.closed_on,
    lostReason: row.lost_reason,
    lostBarrier: row.lost_barrier !== null && isBarrierKey(row.lost_barrier) ? row.lost_barrier : null,
    competitor: row.competitor,
    isRenewal: row.is_renewal === 1,
  };
}

/** A whole deal: the engine's fields plus what people read (names, account, currency, lead source). */
export function toDeal(row: DealRow): Deal {
  return {
    ...toPipelineDeal(row),
    externalId: row.external_id,
    name: row.name,
    account: row.account,
    currency: row.currency,
    leadSource: row.lead_source,
  };
}

export function toDealRow(
  workspaceId: number,
  deal: NewDeal,
  updatedAt: string,
): Insertable<Database['deals']> {
  return {
    workspace_id: workspaceId,
    external_id: deal.externalId,
    name: deal.name,
    account: deal.account,
    product_id: deal.productId,
    segment_id: deal.segmentId,
    region_id: deal.regionId,
    owner_id: deal.ownerId,
    amount_cents: deal.amountCents,
    currency: deal.currency,
    stage: deal.stage,
    outcome: deal.outcome,
    created_on: deal.createdOn,
    expected_close_on: deal.expectedCloseOn,
    closed_on: deal.closedOn,
    lost_reason: deal.lostReason,
    lost_barrier: deal.lostBarrier,
    competitor: deal.competitor,
    is_renewal: deal.isRenewal ? 1 : 0,
    lead_source: deal.leadSource,
    updated_at: updatedAt,
  };
}

export function createDealRepository(
  db: Kysely<Database>,
  engine: Engine,
  sqlite: SqliteDatabase.Database | null,
) {
  return {
    async insertMany(workspaceId, deals) {
      const ids: number[] = [];
      const updatedAt = nowIso();
      await forEachChunk(deals, ROWS_PER_INSERT, async (chunk) => {
        const rows = await db
          .insertInto('deals')
          .values(chunk.map((deal) => toDealRow(workspaceId, deal, updatedAt)))
          .returning('id')
          .execute();
        ids.push(...rows.map((row) => row.id));
      });
      return ids;
    },
    async list(workspaceId) {
      if (sqlite) return db.connection().execute(async () => listDealsFromSqlite(sqlite, workspaceId));
      const rows = await db
        .selectFrom('deals')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return rows.map(toDeal);
    },
    async listPipelineDeals(workspaceId) {
      if (sqlite)
        return db.connection().execute(async () => listPipelineDealsFromSqlite(sqlite, workspaceId));
      const rows = await db
        .selectFrom('deals')
        .select([...PIPELINE_DEAL_COLUMNS])
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return rows.map(toPipelineDeal);
    },
    async count(workspaceId) {
      const row = await db
        .selectFrom('deals')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    changeStamp: createChangeStamp(db, engine),
    async insertStageChanges(workspaceId, changes) {
      await forEachChunk(changes, ROWS_PER_INSERT, async (chunk) => {
        await db
          .insertInto('stage_changes')
          .values(
            chunk.map((c) => ({
              workspace_id: workspaceId,
              deal_id: c.dealId,
              stage: c.stage,
              changed_on: c.changedOn,
            })),
          )
          .onConflict((conflict) => conflict.columns(['deal_id', 'stage', 'changed_on']).doNothing())
          .execute();
      });
    },
    async listStageChanges(workspaceId) {
      if (sqlite) return db.connection().execute(async () => listStageChangesFromSqlite(sqlite, workspaceId));
      const rows = await db
        .selectFrom('stage_changes')
        .select(['deal_id', 'stage', 'changed_on'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({ dealId: row.deal_id, stage: row.stage, changedOn: row.changed_on }));
    },
  } satisfies DealRepository;
}
