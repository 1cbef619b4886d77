import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { buildNewDeal } from '../../test/support/new-deal.ts';
import { openDatabase } from './connect.ts';
import { createStorage } from './storage.ts';

// The stamp is the cockpit's cache key; on SQLite it is reused while nothing was written (change-stamp.ts), so
// every kind of write — ours, a target's, another process's — must still change it.
describeEachEngine('deals change stamp', (get) => {
  it('changes with a new deal, a changed target and a write by another connection, and only then', async () => {
    const storage = createStorage(get().database);
    const { id: workspaceId } = await storage.workspaces.create({ name: 'Stamp GmbH', slug: 'stamp' });
    const empty = await storage.deals.changeStamp(workspaceId);
    expect(await storage.deals.changeStamp(workspaceId)).toBe(empty);

    await storage.deals.insertMany(workspaceId, [buildNewDeal('D-1')]);
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
      await createStorage(other).deals.insertMany(workspaceId, [buildNewDeal('D-2')]);
    } finally {
      await other.close();
    }
    expect(await storage.deals.changeStamp(workspaceId)).not.toBe(withTarget);
  });
});
