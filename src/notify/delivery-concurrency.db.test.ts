import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import {
  alertEvent,
  countArrivals,
  createDeliveryFixture,
  type DeliveryFixture,
} from '../../test/support/delivery-fixture.ts';
import { notify } from '../app/notify.ts';
import { type OpenDatabase, openDatabase } from '../storage/connect.ts';
import type { Storage } from '../storage/port.ts';
import { createStorage } from '../storage/storage.ts';
import { DEFAULT_LEASE_MS, type DeliveryCounts, deliverDueMessages } from './deliver-due-messages.ts';

const T0 = new Date('2026-11-30T07:00:00.000Z');
const at = (offsetMs: number) => new Date(T0.getTime() + offsetMs);

describeEachEngine('notification delivery with several workers', (get, engine) => {
  let f: DeliveryFixture;
  let secondConnection: OpenDatabase;
  let otherStorage: Storage;

  beforeAll(async () => {
    f = await createDeliveryFixture(get());
    const { url } = get();
    // A second connection (pool) to the same database, as a second app instance would have.
    secondConnection = await openDatabase({ engine, location: url }, { poolSize: 4 });
    otherStorage = createStorage(secondConnection);
  });
  beforeEach(async () => {
    await f.reset();
  });
  afterAll(async () => {
    await secondConnection.close();
    await f.close();
  });

  async function runUntilEmpty(storage: Storage): Promise<DeliveryCounts[]> {
    const passes: DeliveryCounts[] = [];
    for (;;) {
      const counts = await deliverDueMessages({ storage, transport: f.transport, now: T0, batchSize: 5 });
      if (counts.claimed === 0) return passes;
      passes.push(counts);
    }
  }

  it('two workers on two connections send every message exactly once between them', async () => {
    await f.storage.webhooks.create({
      workspaceId: f.workspaceId,
      name: 'JSON',
      url: `${f.receiver.url}/json`,
      format: 'json',
      events: [],
      locale: 'de',
    });
    for (let n = 1; n <= 20; n++) await notify(f.storage, alertEvent(f, n, T0));
    const [first, second] = await Promise.all([runUntilEmpty(f.storage), runUntilEmpty(otherStorage)]);
    const claimedBy = (passes: DeliveryCounts[] = []) => passes.reduce((sum, p) => sum + p.claimed, 0);
    expect(claimedBy(first)).toBeGreaterThan(0);
    expect(claimedBy(second)).toBeGreaterThan(0);
    expect(claimedBy(first) + claimedBy(second)).toBe(60);
    const arrivals = countArrivals(f);
    expect(arrivals.size).toBe(60);
    expect([...arrivals.values()].every((count) => count === 1)).toBe(true);
    expect(await f.storage.outbox.countByStatus(f.workspaceId)).toEqual({
      pending: 0,
      delivered: 60,
      failed: 0,
      skipped: 0,
    });
  });

  it('a worker that dies after claiming holds its messages until the lease runs out; then another sends them once', async () => {
    await notify(f.storage, { ...alertEvent(f, 1, T0), recipients: [f.german.id] });
    const deadLease = at(DEFAULT_LEASE_MS).toISOString();
    const claimedByTheDead = await otherStorage.outbox.claimDue({
      now: T0.toISOString(),
      leaseUntil: deadLease,
      limit: 10,
    });
    expect(claimedByTheDead).toHaveLength(1);

    const pass = (now: Date) => deliverDueMessages({ storage: f.storage, transport: f.transport, now });
    expect(await pass(at(60_000))).toMatchObject({ claimed: 0 });
    expect(f.smtp.mails).toHaveLength(0);
    expect(await pass(at(DEFAULT_LEASE_MS + 1000))).toMatchObject({ claimed: 1, delivered: 1 });

    // The dead worker's late word no longer counts: its lease is not the message's lease any more.
    const [stale] = claimedByTheDead;
    const isRecorded = await otherStorage.outbox.complete(stale!.id, deadLease, {
      status: 'pending',
      nextAttemptAt: T0.toISOString(),
      reason: 'late',
    });
    expect(isRecorded).toBe(false);
    expect(await pass(at(2 * DEFAULT_LEASE_MS))).toMatchObject({ claimed: 0 });
    const [message] = await f.listOutbox();
    expect(message).toMatchObject({ status: 'delivered', attempts: 2 });
    expect([...countArrivals(f).values()]).toEqual([1]);
  });
});
