/**
 * Every field of the brief is editable through the API (issue 7: "every field editable; the suggestions say where
 * they came from"): messages and proof points per AIDA stage, channels, objective, tone, call to action,
 * timeline, budget and owner are saved as a new version marked `edited`, and listed by the diff. A bad edit is a
 * 400 that names the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionCaller, ensureWorkspace } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { seedDiagnosedRequest } from '../../../test/support/campaign-fixtures.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import type { BriefDiff, CampaignDetail } from '../../contract/campaigns.ts';
import type { BriefContent } from '../../core/brief/types.ts';
import type { User } from '../../storage/port.ts';

const EDITED = { kind: 'edited' } as const;

/** The brief with one edit in each kind of field, as the editor sends it. */
function editEverything(brief: BriefContent, ownerName: string): BriefContent {
  const desire = brief.stages.findIndex((plan) => plan.stage === 'desire');
  return {
    ...brief,
    objective: { ...brief.objective, stage: { ...brief.objective.stage, value: 'interest' } },
    stages: brief.stages.map((plan, index) =>
      index === desire
        ? {
            ...plan,
            messages: [{ value: 'Rechnen Sie mit uns: 3 Jahre Gesamtkosten', source: EDITED }],
            proofPoints: [
              ...plan.proofPoints.slice(1),
              { value: 'Kundenrechnung Müller GmbH: −18 % TCO', source: EDITED },
            ],
            channels: [...plan.channels, { value: 'Webinar mit Kunden', source: EDITED }],
          }
        : plan,
    ),
    tone: { ...brief.tone, value: 'sachlich' },
    callToAction: { ...brief.callToAction, value: 'TCO-Rechnung anfordern' },
    timeline: {
      startOn: { ...brief.timeline.startOn, value: '2026-10-12' },
      endOn: { ...brief.timeline.endOn, value: '2026-12-18' },
      evaluateOn: { ...brief.timeline.evaluateOn, value: '2027-03-19' },
    },
    budgetCents: { ...brief.budgetCents, value: 2_500_000 },
    owner: { ...brief.owner, value: ownerName },
  };
}

// KPI goals are edited in the browser test, over the demo's data (this workspace has no deals, so no KPIs).
describeEachEngine('brief fields through the API', (get) => {
  let t: TestApp;
  let marketing: { user: User; headers: Record<string, string> };
  let salesRep: User;
  let id: number;
  let brief: BriefContent;
  const put = (payload: object) =>
    t.app.inject({ method: 'PUT', url: `/api/campaigns/${id}/brief`, headers: marketing.headers, payload });
  const badFields = (response: { json: () => { error: { details: { field: string }[] } } }) =>
    response.json().error.details.map((detail) => detail.field);

  beforeAll(async () => {
    t = await createTestApp(get());
    const workspaceId = await ensureWorkspace(t);
    marketing = await createSessionCaller(t, 'marketing');
    salesRep = (await createSessionCaller(t, 'sales_rep')).user;
    const { requestId } = await seedDiagnosedRequest(t.ctx.storage, workspaceId, 'price_perceived_high');
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${requestId}/brief`,
      headers: marketing.headers,
      payload: { locale: 'de' },
    });
    const detail = created.json<CampaignDetail>();
    id = detail.campaign.id;
    if (!detail.brief) throw new Error('a brief was created');
    brief = detail.brief;
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('offers active marketing people as owners, not sales', async () => {
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/campaigns/${id}`, headers: marketing.headers })
    ).json<CampaignDetail>();
    const names = detail.owners.map((person) => person.name);
    expect(names).toContain(marketing.user.name);
    expect(names).not.toContain(salesRep.name);
    expect(brief.owner.source.kind).toBe('placeholder');
  });

  describe('a bad edit names its field (400) and saves nothing', () => {
    it.each([
      [
        'a negative budget',
        (b: BriefContent) => ({ ...b, budgetCents: { ...b.budgetCents, value: -100 } }),
        'body.brief.budgetCents.value',
      ],
      [
        'an end before the start',
        (b: BriefContent) => ({
          ...b,
          timeline: { ...b.timeline, endOn: { ...b.timeline.endOn, value: '2020-01-01' } },
        }),
        'body.brief.timeline.endOn.value',
      ],
      [
        'an empty proof point',
        (b: BriefContent) => ({
          ...b,
          stages: b.stages.map((s, i) =>
            i === 0 ? { ...s, proofPoints: [{ value: ' ', source: EDITED }] } : s,
          ),
        }),
        'body.brief.stages.0.proofPoints.0.value',
      ],
      [
        'an owner nobody has',
        (b: BriefContent) => ({ ...b, owner: { ...b.owner, value: 'Niemand' } }),
        'body.brief.owner.value',
      ],
    ])('%s', async (_name, breakIt, field) => {
      const response = await put({ baseVersion: 1, brief: breakIt(brief) });
      expect(response.statusCode).toBe(400);
      expect(badFields(response)).toContain(field);
    });

    it('a sales rep as owner', async () => {
      const response = await put({
        baseVersion: 1,
        brief: { ...brief, owner: { ...brief.owner, value: salesRep.name } },
      });
      expect(response.statusCode).toBe(400);
      expect(badFields(response)).toEqual(['body.brief.owner.value']);
    });
  });

  it('saves every kind of field as version 2, marked edited, and the diff lists them', async () => {
    const response = await put({ baseVersion: 1, brief: editEverything(brief, marketing.user.name) });
    expect(response.statusCode).toBe(200);
    const saved = response.json<CampaignDetail>();
    expect(saved.version).toBe(2);
    const after = saved.brief;
    if (!after) throw new Error('brief');
    const desire = after.stages.find((plan) => plan.stage === 'desire');
    expect(desire?.messages).toEqual([
      { value: 'Rechnen Sie mit uns: 3 Jahre Gesamtkosten', source: EDITED },
    ]);
    expect(desire?.proofPoints.at(-1)?.value).toBe('Kundenrechnung Müller GmbH: −18 % TCO');
    expect(desire?.channels.at(-1)?.value).toBe('Webinar mit Kunden');
    expect(after.objective.stage).toEqual({ value: 'interest', source: EDITED });
    expect(after.tone.source).toEqual(EDITED);
    expect(after.callToAction).toEqual({ value: 'TCO-Rechnung anfordern', source: EDITED });
    expect(after.timeline.endOn).toEqual({ value: '2026-12-18', source: EDITED });
    expect(after.budgetCents).toEqual({ value: 2_500_000, source: EDITED });
    expect(after.owner).toEqual({ value: marketing.user.name, source: EDITED });
    // Unchanged suggestions keep saying where they came from.
    expect(after.messageHouse.umbrella.source).toEqual(brief.messageHouse.umbrella.source);
    expect(saved.campaign.budgetCents).toBe(2_500_000);
    expect((await t.ctx.storage.campaigns.find(marketing.user.workspaceId, id))?.ownerId).toBe(
      marketing.user.id,
    );

    const diff = await t.app.inject({
      method: 'GET',
      url: `/api/campaigns/${id}/diff?from=1&to=2`,
      headers: marketing.headers,
    });
    const paths = diff.json<BriefDiff>().changes.map((change) => change.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'objective.stage.value',
        'stages[desire].messages[0].value',
        'tone.value',
        'callToAction.value',
        'timeline.startOn.value',
        'timeline.endOn.value',
        'budgetCents.value',
        'owner.value',
      ]),
    );
    expect(paths.some((path) => path.startsWith('stages[desire].proofPoints'))).toBe(true);
    expect(paths.some((path) => path.startsWith('stages[desire].channels'))).toBe(true);
  });
});
