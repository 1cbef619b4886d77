/**
 * The brief through the API: pre-filled per barrier from a stored diagnosis, edited as versions with a diff,
 * commented by sales, approved by marketing, exported, launched. Roles: only marketing (and admin) edit, sales
 * comments, a viewer reads, an unknown id is 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionCaller, createTokenCaller, ensureWorkspace } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { seedDiagnosedRequest } from '../../../test/support/campaign-fixtures.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import type { CampaignDetail } from '../../contract/campaigns.ts';
import { BARRIER_KEYS, getBarrier } from '../../core/aida.ts';
import { getBarrierPlaybook } from '../../core/brief/playbook.ts';

describeEachEngine('campaign brief API', (get) => {
  let t: TestApp;
  let workspaceId: number;
  const headers = new Map<string, Record<string, string>>();
  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers.get(who) ?? {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(get());
    workspaceId = await ensureWorkspace(t);
    for (const role of ['marketing', 'admin', 'sales_manager', 'sales_rep', 'viewer'] as const)
      headers.set(role, (await createSessionCaller(t, role)).headers);
    headers.set('token', (await createTokenCaller(t, 'marketing')).headers);
  });
  afterAll(async () => {
    await t.app.close();
  });

  describe('pre-fill per barrier', () => {
    it.each([...BARRIER_KEYS])(
      '%s: objective, pillar, evidence and sources follow the diagnosis',
      async (key) => {
        const { requestId } = await seedDiagnosedRequest(t.ctx.storage, workspaceId, key);
        const response = await call('marketing', 'POST', `/api/requests/${requestId}/brief`, {
          locale: 'en',
        });
        expect(response.statusCode).toBe(201);
        const { brief, campaign, version } = response.json<CampaignDetail>();
        expect(version).toBe(1);
        expect(campaign.status).toBe('draft');
        if (!brief) throw new Error('a brief was created');
        const canHelp = getBarrier(key).campaignCanHelp !== 'no';
        expect(brief.fit.isCampaignAdvised).toBe(canHelp);
        expect(brief.objective.stage.value).toBe(canHelp ? getBarrierPlaybook(key).messageStage : null);
        expect(brief.messageHouse.pillars[0]?.barrier).toBe(key);
        expect(brief.messageHouse.pillars[0]?.title.source).toMatchObject({
          kind: 'diagnosis',
          barrier: key,
        });
        expect(brief.barriers[0]?.evidence.map((e) => e.text)).toContain(`Beleg für ${key}`);
        expect(brief.targetGroup.scope).toEqual({ product: 'OptiScan', segment: 'Automotive' });
        // No deals in this workspace: no funnel to multiply, so the gap arithmetic says what is missing.
        expect(brief.gapGoal === null || brief.gapGoal.status === 'not_computable').toBe(true);
        expect(brief.stages.filter((s) => s.isObjective).map((s) => s.stage)).toEqual(
          canHelp ? [brief.objective.stage.value] : [],
        );
        const again = await call('marketing', 'POST', `/api/requests/${requestId}/brief`, {});
        expect(again.statusCode).toBe(201);
        expect(again.json<CampaignDetail>().campaign.id).toBe(campaign.id);
      },
    );

    it('refuses a request without a diagnosis (409) and an unknown request (404)', async () => {
      const bare = await t.ctx.storage.requests.insert(workspaceId, {
        title: 'Ohne Diagnose',
        evidence: {
          asOf: '2026-10-01',
          scope: {},
          scopeNames: {},
          alert: null,
          aidaStage: null,
          forecast: null,
          weeksLeft: null,
          drivers: [],
          reasonShifts: [],
          suggestedQuestions: [],
        },
        requestedBy: null,
        marketingOwnerId: null,
        dueOn: null,
        alertIds: [],
        createdAt: '2026-10-01T08:00:00.000Z',
      });
      expect((await call('marketing', 'POST', `/api/requests/${bare.id}/brief`, {})).statusCode).toBe(409);
      expect((await call('marketing', 'POST', '/api/requests/987654/brief', {})).statusCode).toBe(404);
    });
  });

  describe('versions, comments, approval, export, launch', () => {
    let id: number;
    let detail: CampaignDetail;

    beforeAll(async () => {
      const { requestId } = await seedDiagnosedRequest(t.ctx.storage, workspaceId, 'price_perceived_high', {
        secondary: 'competitor_preferred',
      });
      detail = (
        await call('marketing', 'POST', `/api/requests/${requestId}/brief`, {})
      ).json<CampaignDetail>();
      id = detail.campaign.id;
    });

    it('saves an edit as version 2, marks it edited and shows the diff', async () => {
      const brief = detail.brief;
      if (!brief) throw new Error('brief');
      const edited = { ...brief, tone: { ...brief.tone, value: 'klar, mit Zahlen' } };
      const response = await call('marketing', 'PUT', `/api/campaigns/${id}/brief`, {
        baseVersion: 1,
        brief: edited,
      });
      expect(response.statusCode).toBe(200);
      const saved = response.json<CampaignDetail>();
      expect(saved.version).toBe(2);
      expect(saved.brief?.tone).toEqual({ value: 'klar, mit Zahlen', source: { kind: 'edited' } });
      const diff = await call('viewer', 'GET', `/api/campaigns/${id}/diff?from=1&to=2`);
      expect(diff.json().changes).toEqual([
        { path: 'tone.value', kind: 'changed', before: brief.tone.value, after: 'klar, mit Zahlen' },
      ]);
      const stale = await call('marketing', 'PUT', `/api/campaigns/${id}/brief`, {
        baseVersion: 1,
        brief: edited,
      });
      expect(stale.statusCode).toBe(409);
    });

    it('names the bad field of a broken edit (400)', async () => {
      const brief = { ...detail.brief, kpis: [{ key: 'win_rate', unit: 'rate', direction: 'up' }] };
      const response = await call('marketing', 'PUT', `/api/campaigns/${id}/brief`, {
        baseVersion: 2,
        brief,
      });
      expect(response.statusCode).toBe(400);
      const fields = response.json().error.details.map((d: { field: string }) => d.field);
      expect(fields.some((field: string) => field.includes('kpis.0.direction'))).toBe(true);
    });

    it('lets sales comment but not edit; a viewer only reads; unknown ids are 404', async () => {
      const comment = await call('sales_manager', 'POST', `/api/campaigns/${id}/comments`, {
        body: 'TCO-Rechner bitte auch auf Englisch',
      });
      expect(comment.statusCode).toBe(201);
      expect(
        (await call('sales_rep', 'POST', `/api/campaigns/${id}/comments`, { body: 'Gut so' })).statusCode,
      ).toBe(201);
      const comments = await call('viewer', 'GET', `/api/campaigns/${id}/comments`);
      expect(comments.json().items.map((c: { body: string }) => c.body)).toEqual([
        'TCO-Rechner bitte auch auf Englisch',
        'Gut so',
      ]);
      const brief = detail.brief;
      for (const who of ['sales_manager', 'sales_rep', 'viewer'])
        expect(
          (await call(who, 'PUT', `/api/campaigns/${id}/brief`, { baseVersion: 2, brief })).statusCode,
        ).toBe(403);
      expect((await call('viewer', 'POST', `/api/campaigns/${id}/comments`, { body: 'x' })).statusCode).toBe(
        403,
      );
      expect((await call('viewer', 'GET', `/api/campaigns/${id}`)).statusCode).toBe(200);
      expect((await call('viewer', 'GET', '/api/campaigns/987654')).statusCode).toBe(404);
      expect((await call('marketing', 'POST', '/api/campaigns/987654/approve')).statusCode).toBe(404);
    });

    it('exports Markdown in the reader’s language and a PDF', async () => {
      const md = await call('viewer', 'GET', `/api/campaigns/${id}/brief.md?locale=en`);
      expect(md.headers['content-type']).toContain('text/markdown');
      expect(md.body).toContain('## Message house');
      const de = await call('viewer', 'GET', `/api/campaigns/${id}/brief.md?locale=de`);
      expect(de.body).toContain('## Botschaftshaus');
      const pdf = await call('viewer', 'GET', `/api/campaigns/${id}/brief.pdf?locale=en`);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('needs approval before launch; an API token cannot approve; the lead approves; launch sets the window', async () => {
      const early = await call('marketing', 'POST', `/api/campaigns/${id}/launch`, {
        startOn: '2026-10-05',
        endOn: '2026-12-20',
      });
      expect(early.statusCode).toBe(409);
      expect((await call('token', 'POST', `/api/campaigns/${id}/approve`)).statusCode).toBe(403);
      const approved = await call('marketing', 'POST', `/api/campaigns/${id}/approve`);
      expect(approved.json<CampaignDetail>().campaign).toMatchObject({
        status: 'approved',
        approvedVersion: 2,
      });
      const bad = await call('marketing', 'POST', `/api/campaigns/${id}/launch`, {
        startOn: '2026-12-20',
        endOn: '2026-10-05',
      });
      expect(bad.statusCode).toBe(400);
      const launched = await call('marketing', 'POST', `/api/campaigns/${id}/launch`, {
        startOn: '2026-10-05',
        endOn: '2026-12-20',
      });
      expect(launched.json<CampaignDetail>().campaign).toMatchObject({
        status: 'running',
        startOn: '2026-10-05',
      });
      const edit = await call('marketing', 'PUT', `/api/campaigns/${id}/brief`, {
        baseVersion: 2,
        brief: detail.brief,
      });
      expect(edit.statusCode).toBe(409);
    });
  });
});
