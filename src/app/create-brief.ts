/**
 * A brief pre-filled from a request's diagnosis (issue 7 item 1): barriers with their evidence, the request's
 * frozen forecast and scope, the scope's funnel rates and KPI baselines measured from deals and leads as of the
 * request. Stored as a draft campaign with version 1. A request that already has a brief answers with that one.
 */

import { prefillBrief } from '../core/brief/prefill-brief.ts';
import type { AlertIndicator, FunnelRates } from '../core/brief/types.ts';
import { addDays, type IsoDate } from '../core/calendar.ts';
import {
  measureLevel,
  summariseDiagnosis,
  toBriefScope,
  toForecastSummary,
  unitOfKpi,
} from '../core/campaigns/brief-input.ts';
import type { KpiRows } from '../core/campaigns/kpi-series.ts';
import { AppError } from '../core/errors.ts';
import type { Locale, Scope } from '../core/types.ts';
import type { Storage } from '../storage/port.ts';
import { describeCampaign } from './campaign-detail.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

export interface CreateBriefInput {
  storage: Storage;
  actor: Actor;
  requestId: number;
  locale: Locale;
}

/** The scope's funnel over the half year before the request: what the gap arithmetic multiplies. */
export function measureFunnel(rows: KpiRows, scope: Scope, asOf: IsoDate): FunnelRates | null {
  const level = (key: string, weeks?: number) =>
    measureLevel({ key, rows, scope, asOf, ...(weeks ? { weeks } : {}) });
  const winRate = level('win_rate', 52);
  const averageDealCents = level('avg_deal_size', 52);
  const cycleDays = level('cycle_time', 52);
  const opportunitiesPerWeek = level('new_opportunities');
  const leadsPerWeek = level('new_leads');
  if (winRate === null || averageDealCents === null || cycleDays === null || opportunitiesPerWeek === null)
    return null;
  return {
    winRate,
    averageDealCents,
    cycleDays,
    opportunitiesPerWeek,
    leadToOpportunityRate:
      leadsPerWeek && leadsPerWeek > 0 ? Math.min(1, opportunitiesPerWeek / leadsPerWeek) : null,
    leadsPerWeek,
  };
}

/** The alert's indicator first, then the lead indicators of the funnel, each with its measured baseline. */
function listIndicators(rows: KpiRows, scope: Scope, asOf: IsoDate, alerting: string | null) {
  const keys = [...new Set([alerting, 'new_leads', 'new_opportunities', 'win_rate'].filter(Boolean))];
  return keys.flatMap((key): AlertIndicator[] => {
    if (key === null) return [];
    // The baseline is the level before the change: the half year ending eight weeks before the request.
    const baseline = measureLevel({ key, rows, scope, asOf: addDays(asOf, -56) });
    const current = measureLevel({ key, rows, scope, asOf, weeks: 8 });
    if (baseline === null) return [];
    return [{ key, unit: unitOfKpi(key), baseline, ...(current !== null ? { current } : {}) }];
  });
}

export async function createBrief(input: CreateBriefInput) {
  const { storage, actor, requestId } = input;
  const workspaceId = actor.workspaceId;
  const request = requireFound(await storage.requests.find(workspaceId, requestId), `Request ${requestId}`);
  const diagnosis = await storage.diagnoses.find(workspaceId, requestId);
  if (!diagnosis)
    throw new AppError('CONFLICT', `Request ${requestId} has no diagnosis yet: compute it before the brief`);
  const existing = (await storage.campaigns.list(workspaceId)).find((c) => c.requestId === requestId);
  if (existing) return { detail: await describeCampaign(storage, workspaceId, existing), isNew: false };

  const { evidence } = request;
  const rows = { deals: await storage.deals.list(workspaceId), leads: await storage.leads.list(workspaceId) };
  const brief = prefillBrief({
    locale: input.locale,
    asOf: evidence.asOf,
    diagnosis: summariseDiagnosis(diagnosis),
    scope: toBriefScope(evidence.scopeNames),
    forecast: toForecastSummary(evidence.forecast),
    funnel: measureFunnel(rows, evidence.scope, evidence.asOf),
    indicators: listIndicators(rows, evidence.scope, evidence.asOf, evidence.alert?.indicator ?? null),
  });
  const addressed = brief.barriers.filter((barrier) => barrier.isAddressed).map((barrier) => barrier.key);
  const content = brief as unknown as Record<string, unknown>;
  const id = await storage.transaction(async (trx) => {
    const campaignId = await trx.campaigns.insert(workspaceId, {
      name: brief.title.value,
      objectiveStage: brief.objective.stage.value,
      scope: evidence.scope,
      barriers: addressed,
      brief: content,
      status: 'draft',
      startOn: null,
      endOn: null,
      budgetCents: null,
      requestId,
      diagnosisId: diagnosis.id,
      ownerId: actor.userId,
    });
    await trx.campaigns.addVersion(campaignId, { content, authorId: actor.userId });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'campaign',
      entityId: campaignId,
      after: { name: brief.title.value, requestId },
    });
    return campaignId;
  });
  const created = requireFound(await storage.campaigns.find(workspaceId, id), `Campaign ${id}`);
  return { detail: await describeCampaign(storage, workspaceId, created), isNew: true };
}
