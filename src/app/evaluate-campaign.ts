/**
 * Did the campaign work? (issue 7 items 4–5) Difference-in-differences of each measurable KPI against the
 * untargeted sibling scopes (and each count KPI against last year's level × growth), with bootstrap intervals and a
 * verdict; the targeted scope's bookings against the engine's forecast made as of the start; the effect on the
 * original gap; stored with the learnings it leaves for the next diagnosis. Works during the run
 * (complete weeks so far) and after; a campaign past its end is marked completed.
 */
import type { GapGoal } from '../core/brief/gap-goal.ts';
import type { IsoDate } from '../core/calendar.ts';
import { buildImpactInput } from '../core/campaigns/build-impact-input.ts';
import { isMeasurableKpi } from '../core/campaigns/kpi-series.ts';
import { readBriefContent, readRunPlan } from '../core/campaigns/read-brief.ts';
import { AppError } from '../core/errors.ts';
import { evaluateImpact } from '../core/impact/evaluate-impact.ts';
import { buildLearningRecords } from '../core/impact/learning.ts';
import type { GapLink } from '../core/impact/types.ts';
import { labelScope, nameScope } from '../core/requests/evidence.ts';
import type { Locale } from '../core/types.ts';
import type { CampaignRecord, Storage } from '../storage/port.ts';
import { requireCampaign } from './campaign-detail.ts';
import { checkAgainstForecast } from './check-against-forecast.ts';
import { describeEvaluation } from './get-campaign-evaluation.ts';
import { type Actor, recordAudit } from './record-audit.ts';

/** The gap arithmetic of the brief, as the value of one extra unit of the primary KPI. */
function linkGap(goal: GapGoal | null, kpiKey: string | undefined): GapLink | undefined {
  if (!goal || goal.status === 'no_gap' || goal.status === 'not_computable' || !kpiKey) return undefined;
  if (kpiKey === 'new_opportunities')
    return {
      kpiKey,
      shortfallCents: goal.shortfallCents,
      centsPerUnit: goal.valuePerOpportunityCents,
      requiredUnits: goal.opportunitiesNeeded,
    };
  if (kpiKey === 'new_leads' && goal.leadToOpportunityRate !== null)
    return {
      kpiKey,
      shortfallCents: goal.shortfallCents,
      centsPerUnit: goal.valuePerOpportunityCents * goal.leadToOpportunityRate,
      ...(goal.leadsNeeded !== null ? { requiredUnits: goal.leadsNeeded } : {}),
    };
  return undefined;
}

function requireWindow(campaign: CampaignRecord): { startOn: IsoDate; endOn: IsoDate } {
  if (!campaign.startOn || !campaign.endOn)
    throw new AppError('CONFLICT', `Campaign ${campaign.id} has not been launched: no window to evaluate`);
  return { startOn: campaign.startOn, endOn: campaign.endOn };
}

export async function evaluateCampaign(input: {
  storage: Storage;
  actor: Actor;
  id: number;
  asOf: IsoDate;
  locale: Locale;
}) {
  const { storage, actor, id, asOf } = input;
  const workspaceId = actor.workspaceId;
  const campaign = await requireCampaign(storage, workspaceId, id);
  const window = requireWindow(campaign);
  const plan = readRunPlan(campaign.brief);
  const kpiKeys = plan.kpiKeys.filter(isMeasurableKpi);
  if (kpiKeys.length === 0)
    throw new AppError('CONFLICT', `Campaign ${id} has no KPI that can be measured from deals and leads`);
  const dimensions = await storage.dimensions.list(workspaceId);
  const rows = { deals: await storage.deals.list(workspaceId), leads: await storage.leads.list(workspaceId) };
  const gap = linkGap(readBriefContent(campaign.brief)?.gapGoal ?? null, kpiKeys[0]);
  const impact = evaluateImpact(
    buildImpactInput({
      campaign: { scope: campaign.scope, ...window, kpiKeys },
      rows,
      labelScope: (scope) => labelScope(nameScope(scope, dimensions)),
      asOf,
      ...(gap ? { gap } : {}),
    }),
  );
  const forecastCheck = await checkAgainstForecast({
    storage,
    workspaceId,
    campaign: { ...campaign, startOn: window.startOn },
    asOf,
  });
  const evaluation = { ...impact, forecastCheck };
  const learnings =
    campaign.objectiveStage === null
      ? []
      : buildLearningRecords({
          campaign: {
            barriers: campaign.barriers,
            objectiveStage: campaign.objectiveStage,
            channels: plan.channels,
          },
          evaluation,
          locale: input.locale,
        });
  const stored = await storage.transaction(async (trx) => {
    const record = await trx.campaigns.addEvaluation(workspaceId, {
      campaignId: id,
      evaluatedOn: asOf,
      verdict: evaluation.verdict,
      result: evaluation as unknown as Record<string, unknown>,
    });
    await trx.learnings.replaceForCampaign(workspaceId, id, learnings);
    if (campaign.status === 'running' && window.endOn < asOf)
      await trx.campaigns.update(workspaceId, id, { status: 'completed' });
    await recordAudit(trx, actor, {
      action: 'evaluate',
      entity: 'campaign',
      entityId: id,
      after: { verdict: evaluation.verdict, evaluatedOn: asOf },
    });
    return record;
  });
  return describeEvaluation(stored, plan.kpiKeys, input.locale);
}
