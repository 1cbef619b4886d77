/**
 * The cockpit's booked-vs-target overview is cached per data change: a new won deal or new settings must still
 * show — at once on SQLite, within STAMP_TTL_MS on PostgreSQL (where the stamp and the workspace are reused that
 * long per instance to spare the database a round trip per request).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { buildNewDeal } from '../../test/support/new-deal.ts';
import type { Storage } from '../storage/port.ts';
import { createStorage } from '../storage/storage.ts';
import { getBookingsOverview, STAMP_TTL_MS } from './get-bookings-overview.ts';

const AS_OF = '2026-11-20';
const wonDeal = (externalId: string, amountCents: number) =>
  buildNewDeal(externalId, { outcome: 'won', stage: 'Gewonnen', closedOn: '2026-11-02', amountCents });

describeEachEngine('cockpit overview cache', (get, engine) => {
  let storage: Storage;
  let workspaceId: number;
  const overview = () => getBookingsOverview({ storage, workspaceId, asOf: AS_OF, quarters: 4 });
  /** SQLite answers from the exact stamp; PostgreSQL only after its reuse window has passed. */
  const afterReuseWindow = () => {
    if (engine === 'postgres') vi.setSystemTime(Date.now() + STAMP_TTL_MS + 1);
  };

  beforeAll(async () => {
    storage = createStorage(get().database);
    ({ id: workspaceId } = await storage.workspaces.create({ name: 'Cache GmbH', slug: `cache-${engine}` }));
    await storage.deals.insertMany(workspaceId, [wonDeal('W-1', 1_000_000)]);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  describe('after a change', () => {
    it('shows a newly won deal', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      expect((await overview()).current.bookedCents).toBe(1_000_000);
      await storage.deals.insertMany(workspaceId, [wonDeal('W-2', 250_000)]);
      afterReuseWindow();
      expect((await overview()).current.bookedCents).toBe(1_250_000);
    });

    it('shows new settings (the currency)', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      expect((await overview()).currency).toBe('EUR');
      const { settings } = await storage.workspaces.get(workspaceId);
      await storage.workspaces.updateSettings(workspaceId, { ...settings, currency: 'CHF' });
      afterReuseWindow();
      expect((await overview()).currency).toBe('CHF');
    });
  });
});
