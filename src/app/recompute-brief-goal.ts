/**
 * The forecast moved: bring the brief's gap goal (and the goals and dates derived from it) up to date with the
 * alert's latest forecast and the scope's funnel today. Edited values stay; a change is saved as a new version.
 */
import { recomputeGapGoal } from '../core/brief/recompute-gap-goal.ts';
import type { IsoDate } from '../core/calendar.ts';
import { toForecastSummary } from '../core/campaigns/brief-input.ts';
import { readBriefContent } from '../core/campaigns/read-brief.ts';
import { AppError } from '../core/errors.ts';
import type { Storage } from '../storage/port.ts';
import { describeCampaign, requireCampaign } from './campaign-detail.ts';
import { measureFunnel } from './create-brief.ts';
import type { Actor } from './record-audit.ts';
import { requireEditable, saveBriefVersion } from './save-brief-version.ts';

export async function recomputeBriefGoal(input: {
  storage: Storage;
  actor: Actor;
  id: number;
  asOf: IsoDate;
}) {
  const { storage, actor, id, asOf } = input;
  const campaign = await requireCampaign(storage, actor.workspaceId, id);
  requireEditable(campaign);
  const brief = readBriefContent(campaign.brief);
  if (!brief) throw new AppError('CONFLICT', `Campaign ${id} was recorded without a brief`);
  const request = campaign.requestId
    ? await storage.requests.find(actor.workspaceId, campaign.requestId)
    : null;
  const alertId = request?.evidence.alert?.id ?? null;
  const alert = alertId ? (await storage.alerts.list(actor.workspaceId, { ids: [alertId] }))[0] : undefined;
  const forecast = alert?.forecast ?? request?.evidence.forecast ?? null;
  const rows = {
    deals: await storage.deals.list(actor.workspaceId),
    leads: await storage.leads.list(actor.workspaceId),
  };
  const result = recomputeGapGoal({
    brief,
    asOf,
    forecast: toForecastSummary(forecast),
    funnel: measureFunnel(rows, campaign.scope, asOf),
  });
  const saved =
    result.changes.length > 0
      ? await saveBriefVersion({ storage, actor, campaign, brief: result.brief, action: 'recompute_brief' })
      : campaign;
  return {
    detail: await describeCampaign(storage, actor.workspaceId, saved),
    changes: result.changes.map(({ path, before, after }) => ({ path, before, after })),
    isForecastMoved: result.changes.length > 0,
  };
}
