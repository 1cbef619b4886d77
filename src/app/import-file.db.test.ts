import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestDatabase, describeEachEngine, type TestDatabase } from '../../test/support/databases.ts';
import {
  createWorkspace,
  importFixture,
  readFixture,
  runImport,
  writeTempFile,
} from '../../test/support/import.ts';
import { MAX_COLLECTED_NAMES } from '../storage/bulk/dimension-names.ts';
import { createStorage } from '../storage/storage.ts';

describeEachEngine('import deals', (_get, engine) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(engine);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('imports the canonical file with dimensions, money, dates and coded lost reasons', async () => {
    const summary = await runImport(db, importFixture('canonical-deals.csv'));
    expect(summary).toMatchObject({
      status: 'done',
      rows: 6,
      inserted: 6,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    const storage = createStorage(db.database);
    const deals = await storage.deals.list(1);
    const byId = new Map(deals.map((deal) => [deal.externalId, deal]));
    expect(byId.get('D-1')).toMatchObject({ amountCents: 1_200_050, outcome: 'open', stage: 'Proposal' });
    expect(byId.get('D-3')).toMatchObject({
      outcome: 'lost',
      closedOn: '2026-01-20',
      lostBarrier: 'price_perceived_high',
    });
    expect(byId.get('D-4')?.isRenewal).toBe(true);
    expect(byId.get('D-5')?.account).toBe('Epsilon "Labs"\nForschung');
    const dimensions = await storage.dimensions.list(1);
    expect(dimensions.products.map((p) => p.name)).toEqual(['Gateway', 'Sensor X']);
    expect(dimensions.owners).toHaveLength(3);
  });

  it('is idempotent: the same file twice changes nothing', async () => {
    await runImport(db, importFixture('canonical-deals.csv'));
    const storage = createStorage(db.database);
    const before = { deals: await storage.deals.list(1), stages: await storage.deals.listStageChanges(1) };
    const again = await runImport(db, importFixture('canonical-deals.csv'), { asOf: '2026-03-08' });
    expect(again).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 6 });
    expect(await storage.deals.list(1)).toEqual(before.deals);
    expect(await storage.deals.listStageChanges(1)).toEqual(before.stages);
  });

  it('records a changed stage at the as-of date and updates only what changed', async () => {
    await runImport(db, importFixture('canonical-deals.csv'));
    const changed = readFixture('canonical-deals.csv').replace(
      'Proposal,open,12000.50',
      'Negotiation,open,15000',
    );
    const summary = await runImport(db, writeTempFile('week2.csv', changed), { asOf: '2026-03-08' });
    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: 5 });
    const storage = createStorage(db.database);
    const deal = (await storage.deals.list(1)).find((d) => d.externalId === 'D-1');
    expect(deal).toMatchObject({ stage: 'Negotiation', amountCents: 1_500_000 });
    const history = (await storage.deals.listStageChanges(1)).filter((c) => c.dealId === deal?.id);
    expect(history).toEqual([
      { dealId: deal?.id, stage: 'Proposal', changedOn: '2026-03-01' },
      { dealId: deal?.id, stage: 'Negotiation', changedOn: '2026-03-08' },
    ]);
  });

  it('leaves deals missing from a snapshot alone unless asked to mark them lost', async () => {
    await runImport(db, importFixture('canonical-deals.csv'));
    const lines = readFixture('canonical-deals.csv').split('\n');
    const withoutD1 = lines.filter((line) => !line.startsWith('D-1,')).join('\n');
    const path = writeTempFile('snapshot.csv', withoutD1);
    const kept = await runImport(db, path, { asOf: '2026-03-08' });
    expect(kept.markedMissing).toBe(0);
    const marked = await runImport(db, path, { asOf: '2026-03-08', markMissing: true });
    expect(marked.markedMissing).toBe(1);
    const deal = (await createStorage(db.database).deals.list(1)).find((d) => d.externalId === 'D-1');
    expect(deal).toMatchObject({ outcome: 'lost', closedOn: '2026-03-08', lostReason: 'not in CRM export' });
  });

  it('stores a first import as it stores the same rows beside deals the workspace holds already', async () => {
    // A workspace without deals takes the insert-only path; one stored deal sends the same file through the
    // full resolve. Both must leave the same deals, stage history and owners' teams.
    const withTeams = readFixture('canonical-deals.csv')
      .split('\n')
      .map((line, index) => {
        if (index === 0) return `team,${line}`;
        const team = line.includes('Anna Berg') ? 'North' : line.includes('Ben Kurz') ? 'South' : 'Pilot';
        return line.startsWith('D-') ? `${team},${line}` : line;
      })
      .join('\n');
    const file = writeTempFile('teams.csv', withTeams);
    const storage = createStorage(db.database);
    const stored = async (workspaceId: number) => {
      const deals = (await storage.deals.list(workspaceId)).filter((deal) => deal.externalId !== 'OLD-1');
      const externalIds = new Map(deals.map((deal) => [deal.id, deal.externalId]));
      const { products, segments, regions, teams, owners } = await storage.dimensions.list(workspaceId);
      const name = (values: { id: number; name: string }[], id: number | null) =>
        values.find((value) => value.id === id)?.name ?? null;
      return {
        deals: deals
          .map(({ id: _, productId, segmentId, regionId, ownerId, ...deal }) => ({
            ...deal,
            names: [name(products, productId), name(segments, segmentId), name(regions, regionId)],
            owner: name(owners, ownerId),
          }))
          .sort((a, b) => a.externalId.localeCompare(b.externalId)),
        stages: (await storage.deals.listStageChanges(workspaceId))
          .filter((change) => externalIds.has(change.dealId))
          .map((change) => ({ ...change, dealId: externalIds.get(change.dealId) }))
          .sort((a, b) => `${a.dealId}${a.stage}`.localeCompare(`${b.dealId}${b.stage}`)),
        teams: owners.map((owner) => [owner.name, name(teams, owner.teamId)]),
      };
    };
    const empty = await createWorkspace(db);
    const first = await runImport(db, file, { workspaceId: empty });
    const holding = await createWorkspace(db);
    const old =
      'external_id,name,stage,outcome,amount,created_at\nOLD-1,Old deal,Proposal,open,100,2026-01-05';
    await runImport(db, writeTempFile('old.csv', old), { workspaceId: holding });
    const beside = await runImport(db, file, { workspaceId: holding });
    expect(beside).toMatchObject({ status: 'done', inserted: 6, updated: 0, unchanged: 0 });
    expect(first).toMatchObject({ status: 'done', inserted: 6, updated: 0, unchanged: 0 });
    expect(await stored(empty)).toEqual(await stored(holding));
    expect((await stored(empty)).teams.every(([, team]) => typeof team === 'string')).toBe(true);
  });

  it('creates every owner of a file with more distinct owners than fit in memory', async () => {
    const owners = MAX_COLLECTED_NAMES + 5;
    const rows = Array.from(
      { length: owners },
      (_, i) => `D-${i},Deal ${i},Gateway,Owner ${i},Proposal,open,100,2026-01-05`,
    );
    const file = ['external_id,name,product,owner,stage,outcome,amount,created_at', ...rows].join('\n');
    const summary = await runImport(db, writeTempFile('many-owners.csv', file));
    expect(summary).toMatchObject({ status: 'done', inserted: owners, rejected: 0 });
    const dimensions = await createStorage(db.database).dimensions.list(1);
    expect(dimensions.owners).toHaveLength(owners);
    expect(dimensions.products.map((p) => p.name)).toEqual(['Gateway']);
  });
});
