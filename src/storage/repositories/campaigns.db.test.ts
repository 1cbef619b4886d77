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
    expect(await storage.campaigns.list(workspaceId)).toEqual([{ id, ...campaign }]);
    const other = await storage.workspaces.create({ name: 'Andere GmbH', slug: 'andere' });
    expect(await storage.campaigns.list(other.id)).toEqual([]);
  });
});
