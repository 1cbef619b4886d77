import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { openDatabase } from './connect.ts';
import type { NewDeal } from './port.ts';
import { createStorage } from './storage.ts';

function deal(externalId: string): NewDeal {
  return {
    externalId,
    name: `Deal ${externalId}`,
    account: 'Müller GmbH',
    productId: null,
    segmentId: null,
    regionId: null,
    ownerId: null,
    amountCents: 1_000_000,
    currency: 'EUR',
    stage: 'Angebot',
    outcome: 'open',
    createdOn: '2026-09-01',
    expectedCloseOn: '2026-12-15',
    closedOn: null,
    lostReason: null,
    lostBarrier: null,
    competitor: null,
    isRenewal: false,
    leadSource: null,
  };
}

// The stamp is the cockpit's cache key; on SQLite it is reused while nothing was written (change-stamp.ts), so
// every kind of write — ours, a target's, another process's — must still change it.
describeEachEngine('deals change stamp', (get) => {
  it('changes with a new deal, a changed target and a write by another connection, and only then', async () => {
    const storage = createStorage(get().database);
    const { id: workspaceId } = await storage.workspaces.create({ name: 'Stamp GmbH', slug: 'stamp' });
    const empty = await storage.deals.changeStamp(workspaceId);
    expect(await storage.deals.changeStamp(workspaceId)).toBe(empty);

    await storage.deals.insertMany(workspaceId, [deal('D-1')]);
    const oneDeal = await storage.deals.changeStamp(workspaceId);
    expect(oneDeal).not.toBe(empty);

    const target = { period: '2026-Q4', measure: 'bookings' as const, scope: {}, value: 50_000_000 };
    await storage.targets.upsertMany(workspaceId, [target]);
    const withTarget = await storage.deals.changeStamp(workspaceId);
    expect(withTarget).not.toBe(oneDeal);

    // An unrelated write elsewhere leaves the stamp as it was.
    await storage.workspaces.create({ name: 'Other GmbH', slug: 'other' });
    expect(await storage.deals.changeStamp(workspaceId)).toBe(withTarget);

    // Another connection (a CLI import in another process) adds a deal.
    const other = await openDatabase({ engine: get().database.engine, location: get().url });
    try {
      await createStorage(other).deals.insertMany(workspaceId, [deal('D-2')]);
    } finally {
      await other.close();
    }
    expect(await storage.deals.changeStamp(workspaceId)).not.toBe(withTarget);
  });
});
