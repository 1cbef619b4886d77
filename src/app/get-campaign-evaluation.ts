/** The latest evaluation of a campaign, with its reason and warnings as sentences in the reader's language. */

import type { EvaluationPayload } from '../contract/campaigns.ts';
import { isMeasurableKpi } from '../core/campaigns/kpi-series.ts';
import { readRunPlan } from '../core/campaigns/read-brief.ts';
import { describeForecastCheck } from '../core/impact/describe-forecast-check.ts';
import { describeImpactReason, describeImpactWarning } from '../core/impact/describe-impact.ts';
import type { ImpactEvaluation } from '../core/impact/types.ts';
import type { Locale } from '../core/types.ts';
import type { CampaignEvaluationRecord, Storage } from '../storage/port.ts';
import { requireCampaign } from './campaign-detail.ts';

export function describeEvaluation(
  record: CampaignEvaluationRecord,
  kpiKeys: readonly string[],
  locale: Locale,
): EvaluationPayload {
  const evaluation = record.result as unknown as ImpactEvaluation;
  return {
    evaluatedOn: record.evaluatedOn,
    verdict: record.verdict,
    evaluation: record.result,
    reason: describeImpactReason(evaluation.reason, locale),
    warnings: evaluation.warnings.map((warning) => describeImpactWarning(warning, locale)),
    unmeasured: kpiKeys.filter((key) => !isMeasurableKpi(key)),
    forecastCheck: evaluation.forecastCheck ? describeForecastCheck(evaluation.forecastCheck, locale) : null,
  };
}

export async function getCampaignEvaluation(input: {
  storage: Storage;
  workspaceId: number;
  id: number;
  locale: Locale;
}) {
  const campaign = await requireCampaign(input.storage, input.workspaceId, input.id);
  const [latest] = await input.storage.campaigns.listEvaluations(input.workspaceId, input.id);
  const kpiKeys = readRunPlan(campaign.brief).kpiKeys;
  return { evaluation: latest ? describeEvaluation(latest, kpiKeys, input.locale) : null };
}
