/**
 * Story (b) through the API on both engines: the demo's past awareness campaign (PressLine × Lebensmittel), as
 * the demo stores it, evaluates as `worked` against its sibling scopes, and leaves a learning that "what worked
 * before" lists for low awareness at the Attention stage. Its bookings are checked against the engine's forecast
 * made as of the start: recomputed when no scan stored one that week, the stored one when a scan did.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionCaller } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { writeDemo } from '../../app/create-demo-workspace.ts';
import type { CampaignList, EvaluationView, LearningList, Tracking } from '../../contract/campaigns.ts';
import { addDays, periodOf } from '../../core/calendar.ts';
import type { ForecastCheck } from '../../core/impact/forecast-check.ts';
import { isWithinScope } from '../../core/scope.ts';
import type { Deal } from '../../core/types.ts';
import { generateDemo } from '../../demo/generate.ts';
import type { CampaignRecord, StoredForecast } from '../../storage/port.ts';

const AS_OF = '2026-11-28';

/** The deal's product × segment (all the demo campaign's scope fixes). */
const scopeOfDeal = (deal: Deal) => ({
  ...(deal.productId !== null ? { product: deal.productId } : {}),
  ...(deal.segmentId !== null ? { segment: deal.segmentId } : {}),
});

describeEachEngine('campaign impact API on the demo', (get) => {
  let t: TestApp;
  let headers: Record<string, string>;
  let id: number;
  let workspaceId: number;
  beforeAll(async () => {
    t = await createTestApp(get());
    ({ workspaceId } = await writeDemo(t.ctx.storage, generateDemo({ seed: 42, asOf: AS_OF })));
    headers = (await createSessionCaller(t, 'marketing', { workspaceId })).headers;
    const list = await t.app.inject({ method: 'GET', url: '/api/campaigns', headers });
    const [campaign] = list.json<CampaignList>().items;
    if (!campaign) throw new Error('the demo stores its past campaign');
    id = campaign.id;
  }, 120_000);
  afterAll(async () => {
    await t.app.close();
  });

  it('evaluates the past awareness campaign as worked, with the reason and no control warnings', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/campaigns/${id}/evaluate`,
      headers,
      payload: { asOf: AS_OF, locale: 'en' },
    });
    expect(response.statusCode).toBe(200);
    const view = response.json<EvaluationView>();
    expect(view.verdict).toBe('worked');
    const kpi = view.evaluation.kpis.find((k) => k.key === 'new_leads');
    expect(kpi?.controls?.interval.low).toBeGreaterThan(0);
    expect(kpi?.baseline).not.toBeNull();
    expect(view.reason).toMatch(/\d/);
    expect(view.unmeasured).toEqual(['aided_awareness_pct']);
    const stored = await t.app.inject({ method: 'GET', url: `/api/campaigns/${id}/evaluation`, headers });
    expect(stored.json<{ evaluation: EvaluationView }>().evaluation.verdict).toBe('worked');
  });

  it('lists the learning for low awareness at Attention', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/learnings?barrier=awareness_low&stage=attention',
      headers,
    });
    const [first] = response.json<LearningList>().items;
    expect(first).toMatchObject({ campaignId: id, verdict: 'worked', match: 'barrier_and_stage' });
    expect(first?.effectPct).toBeGreaterThan(10);
  });

  it('tracks the leads week by week against the scaled controls', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/campaigns/${id}/tracking?asOf=${AS_OF}`,
      headers,
    });
    const tracking = response.json<Tracking>();
    const leads = tracking.kpis.find((k) => k.key === 'new_leads');
    expect(leads?.controlLabels).toHaveLength(6);
    expect(leads?.weeks.length).toBeGreaterThan(26);
    expect(leads?.weeks.every((w) => w.control !== null)).toBe(true);
  });
});

describeEachEngine('campaign against the engine forecast on the demo', (get) => {
  let t: TestApp;
  let headers: Record<string, string>;
  let workspaceId: number;
  let campaign: CampaignRecord & { startOn: string };

  const evaluate = async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/campaigns/${campaign.id}/evaluate`,
      headers,
      payload: { asOf: AS_OF, locale: 'en' },
    });
    expect(response.statusCode).toBe(200);
    const view = response.json<EvaluationView>();
    const check = view.evaluation.forecastCheck;
    if (!check) throw new Error('a launched campaign is checked against the forecast');
    return { view, check };
  };

  /** A finished scan as of `asOf` that stored a forecast for the campaign's scope and quarter. */
  const plantScan = async (asOf: string, quantiles: { p10: number; p50: number; p90: number }) => {
    const period = periodOf(campaign.startOn, 'quarter');
    const forecast: StoredForecast = {
      targetId: 0,
      scope: campaign.scope,
      asOf,
      period: period.key,
      periodStart: period.start,
      periodEnd: period.end,
      measure: 'bookings',
      target: 0,
      booked: 0,
      ...quantiles,
      pMiss: 0,
      expectedShortfall: 0,
      daysLeft: 0,
      bookedByWeek: [],
    };
    const scanId = await t.ctx.storage.scans.start(workspaceId, asOf, 'test');
    await t.ctx.storage.scans.saveForecasts(workspaceId, scanId, [forecast]);
    await t.ctx.storage.scans.finish(scanId, 'done', {});
  };

  beforeAll(async () => {
    t = await createTestApp(get());
    ({ workspaceId } = await writeDemo(t.ctx.storage, generateDemo({ seed: 42, asOf: AS_OF })));
    headers = (await createSessionCaller(t, 'marketing', { workspaceId })).headers;
    const [first] = await t.ctx.storage.campaigns.list(workspaceId);
    if (!first?.startOn) throw new Error('the demo stores its past campaign with its window');
    campaign = { ...first, startOn: first.startOn };
  }, 120_000);
  afterAll(async () => {
    await t.app.close();
  });

  let observed: number;

  it('without a scan from the start week, recomputes the forecast as of the start and says so', async () => {
    // A scan long before the start and one after it say nothing about what the engine expected at the start.
    await plantScan('2025-01-06', { p10: 1, p50: 2, p90: 3 });
    await plantScan(AS_OF, { p10: 1, p50: 2, p90: 3 });
    const { view, check } = await evaluate();
    const period = periodOf(campaign.startOn, 'quarter');
    const deals = await t.ctx.storage.deals.list(workspaceId);
    observed = deals
      .filter((deal) => deal.outcome === 'won' && deal.closedOn !== null)
      .filter((deal) => deal.closedOn! >= period.start && deal.closedOn! <= period.end)
      .filter((deal) => isWithinScope(scopeOfDeal(deal), campaign.scope))
      .reduce((sum, deal) => sum + deal.amountCents, 0);
    expect(observed).toBeGreaterThan(0);
    expect(check).toMatchObject({
      source: 'computed_as_of_start',
      asOf: campaign.startOn,
      period: period.key,
      isPeriodComplete: true,
      observed,
    } satisfies Partial<ForecastCheck>);
    expect(check.p10).toBeLessThanOrEqual(check.p50);
    expect(check.p50).toBeLessThanOrEqual(check.p90);
    expect(check.effect).toBeCloseTo(observed / check.p50 - 1, 10);
    expect(view.forecastCheck).toContain("engine's forecast for");
    expect(view.forecastCheck).toContain('recomputed as of');
    // The comparison against siblings is untouched by it.
    expect(view.verdict).toBe('worked');
  });

  it('uses the forecast a scan stored in the start week, with its numbers', async () => {
    const p50 = Math.round(observed / 1.25);
    await plantScan(addDays(campaign.startOn, -3), {
      p10: Math.round(p50 * 0.8),
      p50,
      p90: Math.round(p50 * 1.1),
    });
    const { view, check } = await evaluate();
    expect(check).toMatchObject({
      source: 'stored_scan',
      asOf: addDays(campaign.startOn, -3),
      p50,
      observed,
    });
    expect(check.effect).toBeCloseTo(0.25, 3);
    expect(check.position).toBe('above_p90');
    expect(view.forecastCheck).toContain('(stored by the scan as of');
    expect(view.forecastCheck).toContain('above P90');
  });
});
