import type { Kysely, Selectable } from 'kysely';
import { AIDA_STAGES, type AidaStage, type BarrierKey, isBarrierKey } from '../../core/aida.ts';
import { parseScopeKey, toScopeKey } from '../../core/scope.ts';
import type { CampaignRecord, CampaignRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { nowIso, parseJson } from './batch.ts';

function toAidaStage(value: string | null): AidaStage | null {
  return AIDA_STAGES.find((stage) => stage === value) ?? null;
}

function toCampaign(row: Selectable<Database['campaigns']>): CampaignRecord {
  return {
    id: row.id,
    name: row.name,
    objectiveStage: toAidaStage(row.objective_stage),
    scope: parseScopeKey(row.scope_key),
    barriers: parseJson<string[]>(row.barriers_json, []).filter((key): key is BarrierKey =>
      isBarrierKey(key),
    ),
    brief: parseJson<Record<string, unknown>>(row.brief_json, {}),
    status: row.status,
    startOn: row.start_on,
    endOn: row.end_on,
    budgetCents: row.budget_cents,
  };
}

export function createCampaignRepository(db: Kysely<Database>) {
  return {
    async insert(workspaceId, campaign) {
      const at = nowIso();
      const row = await db
        .insertInto('campaigns')
        .values({
          workspace_id: workspaceId,
          name: campaign.name,
          objective_stage: campaign.objectiveStage,
          scope_key: toScopeKey(campaign.scope),
          barriers_json: JSON.stringify(campaign.barriers),
          brief_json: JSON.stringify(campaign.brief),
          status: campaign.status,
          start_on: campaign.startOn,
          end_on: campaign.endOn,
          budget_cents: campaign.budgetCents,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('campaigns')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return rows.map(toCampaign);
    },
  } satisfies CampaignRepository;
}
