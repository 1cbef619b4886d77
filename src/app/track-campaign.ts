/** The KPIs of a launched campaign week by week against the controls and the forecast (campaign page). */
import type { IsoDate } from '../core/calendar.ts';
import { buildImpactInput } from '../core/campaigns/build-impact-input.ts';
import { isMeasurableKpi } from '../core/campaigns/kpi-series.ts';
import { readRunPlan } from '../core/campaigns/read-brief.ts';
import { trackKpi } from '../core/campaigns/track-kpis.ts';
import { labelScope, nameScope } from '../core/requests/evidence.ts';
import type { Storage } from '../storage/port.ts';
import { requireCampaign } from './campaign-detail.ts';

export async function trackCampaign(input: {
  storage: Storage;
  workspaceId: number;
  id: number;
  asOf: IsoDate;
}) {
  const { storage, workspaceId, id, asOf } = input;
  const campaign = await requireCampaign(storage, workspaceId, id);
  const plan = readRunPlan(campaign.brief);
  const unmeasured = plan.kpiKeys.filter((key) => !isMeasurableKpi(key));
  const base = { startOn: campaign.startOn, endOn: campaign.endOn, unmeasured };
  if (!campaign.startOn || !campaign.endOn) return { ...base, kpis: [] };
  const dimensions = await storage.dimensions.list(workspaceId);
  const rows = { deals: await storage.deals.list(workspaceId), leads: await storage.leads.list(workspaceId) };
  const impactInput = buildImpactInput({
    campaign: {
      scope: campaign.scope,
      startOn: campaign.startOn,
      endOn: campaign.endOn,
      kpiKeys: plan.kpiKeys.filter(isMeasurableKpi),
    },
    rows,
    labelScope: (scope) => labelScope(nameScope(scope, dimensions)),
    asOf,
  });
  const startOn = campaign.startOn;
  return { ...base, kpis: impactInput.kpis.map((kpi) => trackKpi(kpi, startOn)) };
}
