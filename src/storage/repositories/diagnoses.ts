import type { Kysely, Selectable } from 'kysely';
import { AIDA_STAGES, isBarrierKey } from '../../core/aida.ts';
import { IMPACT_VERDICTS, VERDICTS } from '../../core/types.ts';
import type { DiagnosisRecord, DiagnosisRepository, LearningRecord, LearningRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { parseJson } from './batch.ts';

function toDiagnosis(row: Selectable<Database['diagnoses']>): DiagnosisRecord {
  return {
    id: row.id,
    requestId: row.request_id,
    verdict: VERDICTS.find((verdict) => verdict === row.verdict) ?? 'campaign',
    aidaStage: AIDA_STAGES.find((stage) => stage === row.aida_stage) ?? null,
    confidence: row.confidence,
    result: parseJson<Record<string, unknown>>(row.result_json, {}),
    computedAt: row.computed_at,
  };
}

export function createDiagnosisRepository(db: Kysely<Database>) {
  async function find(workspaceId: number, requestId: number) {
    const row = await db
      .selectFrom('diagnoses')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('request_id', '=', requestId)
      .executeTakeFirst();
    return row ? toDiagnosis(row) : null;
  }

  return {
    find,
    async save(workspaceId, diagnosis) {
      const columns = {
        verdict: diagnosis.verdict,
        aida_stage: diagnosis.aidaStage,
        confidence: diagnosis.confidence,
        result_json: JSON.stringify(diagnosis.result),
        computed_at: diagnosis.computedAt,
      };
      const row = await db
        .insertInto('diagnoses')
        .values({ workspace_id: workspaceId, request_id: diagnosis.requestId, ...columns })
        .onConflict((conflict) => conflict.column('request_id').doUpdateSet(columns))
        .returningAll()
        .executeTakeFirstOrThrow();
      return toDiagnosis(row);
    },
  } satisfies DiagnosisRepository;
}

export function createLearningRepository(db: Kysely<Database>) {
  return {
    async list(workspaceId) {
      const rows = await db
        .selectFrom('learnings')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return rows.map(
        (row): LearningRecord => ({
          id: row.id,
          campaignId: row.campaign_id,
          barrier: row.barrier !== null && isBarrierKey(row.barrier) ? row.barrier : null,
          aidaStage: AIDA_STAGES.find((stage) => stage === row.aida_stage) ?? null,
          channels: parseJson<string[]>(row.channels_json, []),
          effectPct: row.effect_pct,
          verdict: IMPACT_VERDICTS.find((verdict) => verdict === row.verdict) ?? 'inconclusive',
          summary: row.summary,
          createdAt: row.created_at,
        }),
      );
    },
    async replaceForCampaign(workspaceId, campaignId, learnings) {
      await db
        .deleteFrom('learnings')
        .where('workspace_id', '=', workspaceId)
        .where('campaign_id', '=', campaignId)
        .execute();
      if (learnings.length === 0) return;
      const at = new Date().toISOString();
      await db
        .insertInto('learnings')
        .values(
          learnings.map((learning) => ({
            workspace_id: workspaceId,
            campaign_id: campaignId,
            barrier: learning.barrier,
            aida_stage: learning.aidaStage,
            channels_json: JSON.stringify(learning.channels),
            effect_pct: learning.effectPct,
            verdict: learning.verdict,
            summary: learning.summary,
            created_at: at,
          })),
        )
        .execute();
    },
  } satisfies LearningRepository;
}
