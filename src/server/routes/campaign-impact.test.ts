/**
 * Story (b) through the API on both engines: the demo's past awareness campaign (PressLine × Lebensmittel), as
 * the demo stores it, evaluates as `worked` against its sibling scopes, and leaves a learning that "what worked
 * before" lists for low awareness at the Attention stage.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionCaller } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { writeDemo } from '../../app/create-demo-workspace.ts';
import type { CampaignList, EvaluationView, LearningList, Tracking } from '../../contract/campaigns.ts';
import { generateDemo } from '../../demo/generate.ts';

const AS_OF = '2026-11-28';

describeEachEngine('campaign impact API on the demo', (get) => {
  let t: TestApp;
  let headers: Record<string, string>;
  let id: number;

  beforeAll(async () => {
    t = await createTestApp(get());
    const { workspaceId } = await writeDemo(t.ctx.storage, generateDemo({ seed: 42, asOf: AS_OF }));
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
