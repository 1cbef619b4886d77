import type { Kysely, Selectable } from 'kysely';
import { AIDA_STAGES, type AidaStage, type BarrierKey, isBarrierKey } from '../../core/aida.ts';
import { parseScopeKey, toScopeKey } from '../../core/scope.ts';
import { IMPACT_VERDICTS } from '../../core/types.ts';
import type {
  BriefVersionRecord,
  CampaignChanges,
  CampaignEvaluationRecord,
  CampaignRecord,
  CampaignRepository,
} from '../port.ts';
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
    budgetCents: row.budget_cents === null ? null : Number(row.budget_cents),
    requestId: row.request_id === null ? null : Number(row.request_id),
    diagnosisId: row.diagnosis_id === null ? null : Number(row.diagnosis_id),
    ownerId: row.owner_id === null ? null : Number(row.owner_id),
    approvedBy: row.approved_by === null ? null : Number(row.approved_by),
    approvedAt: row.approved_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(changes: CampaignChanges) {
  const has = (key: keyof CampaignChanges) => key in changes;
  return {
    ...(has('name') ? { name: changes.name } : {}),
    ...(has('objectiveStage') ? { objective_stage: changes.objectiveStage } : {}),
    ...(changes.scope ? { scope_key: toScopeKey(changes.scope) } : {}),
    ...(changes.barriers ? { barriers_json: JSON.stringify(changes.barriers) } : {}),
    ...(changes.brief ? { brief_json: JSON.stringify(changes.brief) } : {}),
    ...(has('status') ? { status: changes.status } : {}),
    ...(has('startOn') ? { start_on: changes.startOn } : {}),
    ...(has('endOn') ? { end_on: changes.endOn } : {}),
    ...(has('budgetCents') ? { budget_cents: changes.budgetCents } : {}),
    ...(has('ownerId') ? { owner_id: changes.ownerId } : {}),
    ...(has('approvedBy') ? { approved_by: changes.approvedBy } : {}),
    ...(has('approvedAt') ? { approved_at: changes.approvedAt } : {}),
  };
}

function toVersion(row: Selectable<Database['brief_versions']>): BriefVersionRecord {
  return {
    id: row.id,
    campaignId: Number(row.campaign_id),
    version: row.version,
    content: parseJson<Record<string, unknown>>(row.content_json, {}),
    authorId: row.author_id === null ? null : Number(row.author_id),
    createdAt: row.created_at,
  };
}

function toEvaluation(row: Selectable<Database['campaign_evaluations']>): CampaignEvaluationRecord {
  return {
    id: row.id,
    campaignId: Number(row.campaign_id),
    evaluatedOn: row.evaluated_on,
    verdict: IMPACT_VERDICTS.find((verdict) => verdict === row.verdict) ?? 'inconclusive',
    result: parseJson<Record<string, unknown>>(row.result_json, {}),
    createdAt: row.created_at,
  };
}

export function createCampaignRepository(db: Kysely<Database>) {
  async function find(workspaceId: number, id: number) {
    const row = await db
      .selectFrom('campaigns')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toCampaign(row) : null;
  }

  return {
    find,
    async insert(workspaceId, campaign) {
      const at = nowIso();
      const row = await db
        .insertInto('campaigns')
        .values({
          workspace_id: workspaceId,
          request_id: campaign.requestId ?? null,
          diagnosis_id: campaign.diagnosisId ?? null,
          owner_id: campaign.ownerId ?? null,
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
    async update(workspaceId, id, changes) {
      await db
        .updateTable('campaigns')
        .set({ ...toColumns(changes), updated_at: nowIso() })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
      return find(workspaceId, id);
    },
    async addVersion(campaignId, version) {
      const last = await db
        .selectFrom('brief_versions')
        .select((eb) => eb.fn.max('version').as('version'))
        .where('campaign_id', '=', campaignId)
        .executeTakeFirst();
      const row = await db
        .insertInto('brief_versions')
        .values({
          campaign_id: campaignId,
          version: Number(last?.version ?? 0) + 1,
          content_json: JSON.stringify(version.content),
          author_id: version.authorId,
          created_at: nowIso(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toVersion(row);
    },
    async listVersions(workspaceId, campaignId) {
      const rows = await db
        .selectFrom('brief_versions')
        .innerJoin('campaigns', 'campaigns.id', 'brief_versions.campaign_id')
        .selectAll('brief_versions')
        .where('campaigns.workspace_id', '=', workspaceId)
        .where('brief_versions.campaign_id', '=', campaignId)
        .orderBy('brief_versions.version')
        .execute();
      return rows.map(toVersion);
    },
    async addEvaluation(workspaceId, evaluation) {
      const row = await db
        .insertInto('campaign_evaluations')
        .values({
          workspace_id: workspaceId,
          campaign_id: evaluation.campaignId,
          evaluated_on: evaluation.evaluatedOn,
          verdict: evaluation.verdict,
          result_json: JSON.stringify(evaluation.result),
          created_at: nowIso(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toEvaluation(row);
    },
    async listEvaluations(workspaceId, campaignId) {
      const rows = await db
        .selectFrom('campaign_evaluations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('campaign_id', '=', campaignId)
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toEvaluation);
    },
  } satisfies CampaignRepository;
}
