/**
 * The scan's bulk reads on SQLite, straight from better-sqlite3 in array mode: one object per deal instead of
 * Kysely's row object plus the mapped one, and a scan in id order instead of an index walk plus a sort of the
 * whole table (`+workspace_id` keeps the planner off the workspace indexes). Loading a million deals was most of
 * a scan's time and memory. Run under Kysely's connection lock, so no other query interleaves.
 *
 * Dates, stages, outcomes and other few-valued columns are interned: a million deals and three million stage
 * changes repeat a few thousand distinct strings, and one shared copy of each instead of one per row keeps
 * several million small strings out of the heap the scan then works in (less memory, less garbage collection).
 */
import type SqliteDatabase from 'better-sqlite3';
import { isBarrierKey } from '../../core/aida.ts';
import type { Deal, DealOutcome, PipelineDeal, StageChange } from '../../core/types.ts';

type Cell = string | number | null;

/** Hands back one shared copy of each distinct string it is given; only for columns with few distinct values. */
function createInterner(): (value: Cell | undefined) => string | null {
  const known = new Map<string, string>();
  return (value) => {
    if (typeof value !== 'string') return null;
    const shared = known.get(value);
    if (shared !== undefined) return shared;
    known.set(value, value);
    return value;
  };
}

/** The columns of a deal the engine reads (scan, forecast): `PipelineDeal`, in the order `toPipelineDeal` reads. */
export const PIPELINE_DEAL_COLUMNS = [
  'id',
  'product_id',
  'segment_id',
  'region_id',
  'owner_id',
  'amount_cents',
  'stage',
  'outcome',
  'created_on',
  'expected_close_on',
  'closed_on',
  'lost_reason',
  'lost_barrier',
  'competitor',
  'is_renewal',
] as const;

function toPipelineDeal(row: readonly Cell[], intern: ReturnType<typeof createInterner>): PipelineDeal {
  const barrier = intern(row[12]);
  return {
    id: row[0] as number,
    productId: row[1] as number | null,
    segmentId: row[2] as number | null,
    regionId: row[3] as number | null,
    ownerId: row[4] as number | null,
    amountCents: row[5] as number,
    stage: intern(row[6]) as string,
    outcome: intern(row[7]) as DealOutcome,
    createdOn: intern(row[8]) as string,
    expectedCloseOn: intern(row[9]),
    closedOn: intern(row[10]),
    lostReason: intern(row[11]),
    lostBarrier: barrier !== null && isBarrierKey(barrier) ? barrier : null,
    competitor: intern(row[13]),
    isRenewal: row[14] === 1,
  };
}

/** The engine's fields only: no names, external ids, accounts or lead sources (a string each per deal). */
export function listPipelineDealsFromSqlite(
  sqlite: SqliteDatabase.Database,
  workspaceId: number,
): PipelineDeal[] {
  const statement = sqlite
    .prepare(`select ${PIPELINE_DEAL_COLUMNS.join(', ')} from deals where +workspace_id = ? order by id`)
    .raw();
  const intern = createInterner();
  const deals: PipelineDeal[] = [];
  for (const row of statement.iterate(workspaceId)) deals.push(toPipelineDeal(row as Cell[], intern));
  return deals;
}

/** A whole deal: the pipeline columns first, then what people read. */
const DEAL_COLUMNS = `${PIPELINE_DEAL_COLUMNS.join(', ')}, external_id, name, account, currency, lead_source`;

function toDeal(row: readonly Cell[], intern: ReturnType<typeof createInterner>): Deal {
  return {
    ...toPipelineDeal(row, intern),
    externalId: row[15] as string,
    name: row[16] as string,
    account: row[17] as string | null,
    currency: intern(row[18]) as string,
    leadSource: intern(row[19]),
  };
}

export function listDealsFromSqlite(sqlite: SqliteDatabase.Database, workspaceId: number): Deal[] {
  const statement = sqlite
    .prepare(`select ${DEAL_COLUMNS} from deals where +workspace_id = ? order by id`)
    .raw();
  const intern = createInterner();
  const deals: Deal[] = [];
  for (const row of statement.iterate(workspaceId)) deals.push(toDeal(row as Cell[], intern));
  return deals;
}

/** In the order recorded; callers group them per deal and sort by date. */
export function listStageChangesFromSqlite(
  sqlite: SqliteDatabase.Database,
  workspaceId: number,
): StageChange[] {
  const statement = sqlite
    .prepare('select deal_id, stage, changed_on from stage_changes where +workspace_id = ? order by id')
    .raw();
  const intern = createInterner();
  const changes: StageChange[] = [];
  for (const row of statement.iterate(workspaceId)) {
    const cells = row as Cell[];
    changes.push({
      dealId: cells[0] as number,
      stage: intern(cells[1]) as string,
      changedOn: intern(cells[2]) as string,
    });
  }
  return changes;
}
