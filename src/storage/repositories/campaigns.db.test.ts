import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases.ts';
import type { NewCampaign, Storage } from '../port.ts';
import { createStorage } from '../storage.ts';

describeEachEngine('campaign and workspace-slug storage', (get) => {
  let storage: Storage;
  let workspaceId: number;

  beforeAll(async () => {
    storage = createStorage(get().database);
    workspaceId = (await storage.workspaces.create({ name: 'Kampagnen GmbH', slug: 'kampagnen' })).id;
  });

  it('finds a workspace by its slug, and nothing for an unknown slug', async () => {
    expect((await storage.workspaces.findBySlug('kampagnen'))?.id).toBe(workspaceId);
    expect(await storage.workspaces.findBySlug('nope')).toBeNull();
  });

  it('round-trips a campaign with its scope, barriers and brief', async () => {
    const productId = await storage.dimensions.ensure(workspaceId, 'product', 'PressLine');
    const segmentId = await storage.dimensions.ensure(workspaceId, 'segment', 'Lebensmittel');
    const campaign: NewCampaign = {
      name: 'Sichtbarkeit in der Lebensmittelindustrie',
      objectiveStage: 'attention',
      scope: { product: productId, segment: segmentId },
      barriers: ['awareness_low'],
      brief: {
        channels: ['Fachmesse', 'Webinar'],
        kpis: [{ indicator: 'new_leads', baseline: 13.2, goal: 15.8 }],
      },
      status: 'completed',
      startOn: '2025-07-21',
      endOn: '2025-09-28',
      budgetCents: 6_800_000,
    };
    const id = await storage.campaigns.insert(workspaceId, campaign);
    const [stored] = await storage.campaigns.list(workspaceId);
    expect(stored).toMatchObject({ id, ...campaign, requestId: null, approvedBy: null });
    const other = await storage.workspaces.create({ name: 'Andere GmbH', slug: 'andere' });
    expect(await storage.campaigns.list(other.id)).toEqual([]);
    expect(await storage.campaigns.find(other.id, id)).toBeNull();
    expect(await storage.campaigns.update(other.id, id, { status: 'draft' })).toBeNull();
    expect((await storage.campaigns.find(workspaceId, id))?.status).toBe('completed');
  });

  it('numbers brief versions, keeps evaluations newest first and replaces a campaign’s learnings', async () => {
    const id = await storage.campaigns.insert(workspaceId, {
      name: 'Preis-Argumente',
      objectiveStage: 'desire',
      scope: {},
      barriers: ['price_perceived_high'],
      brief: {},
      status: 'draft',
      startOn: null,
      endOn: null,
      budgetCents: null,
    });
    await storage.campaigns.addVersion(id, { content: { tone: 'a' }, authorId: null });
    const second = await storage.campaigns.addVersion(id, { content: { tone: 'b' }, authorId: null });
    expect(second.version).toBe(2);
    const versions = await storage.campaigns.listVersions(workspaceId, id);
    expect(versions.map((v) => [v.version, v.content])).toEqual([
      [1, { tone: 'a' }],
      [2, { tone: 'b' }],
    ]);
    const updated = await storage.campaigns.update(workspaceId, id, {
      status: 'approved',
      approvedAt: '2026-11-28T08:00:00.000Z',
    });
    expect(updated).toMatchObject({
      status: 'approved',
      approvedAt: '2026-11-28T08:00:00.000Z',
      name: 'Preis-Argumente',
    });
    await storage.campaigns.addEvaluation(workspaceId, {
      campaignId: id,
      evaluatedOn: '2026-11-01',
      verdict: 'inconclusive',
      result: { n: 1 },
    });
    await storage.campaigns.addEvaluation(workspaceId, {
      campaignId: id,
      evaluatedOn: '2026-11-28',
      verdict: 'worked',
      result: { n: 2 },
    });
    const evaluations = await storage.campaigns.listEvaluations(workspaceId, id);
    expect(evaluations.map((e) => e.verdict)).toEqual(['worked', 'inconclusive']);
    const learning = {
      barrier: 'price_perceived_high' as const,
      aidaStage: 'desire' as const,
      channels: ['Webinar'],
      effectPct: 12.5,
      verdict: 'worked' as const,
      summary: 'Preis',
    };
    await storage.learnings.replaceForCampaign(workspaceId, id, [learning, { ...learning, summary: 'x' }]);
    await storage.learnings.replaceForCampaign(workspaceId, id, [learning]);
    const learnings = (await storage.learnings.list(workspaceId)).filter((l) => l.campaignId === id);
    expect(learnings).toHaveLength(1);
    expect(learnings[0]).toMatchObject(learning);
  });
});
