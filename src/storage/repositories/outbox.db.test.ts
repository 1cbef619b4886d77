import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases.ts';
import type { NewOutboxMessage, Storage } from '../port.ts';
import { createStorage } from '../storage.ts';

const T0 = '2026-11-30T07:00:00.000Z';
const LATER = '2026-11-30T07:05:00.000Z';
const LEASE = '2026-11-30T07:10:00.000Z';

describeEachEngine('outbox contract', (get) => {
  let storage: Storage;
  let workspaceId: number;

  function message(n: number, createdAt = T0): NewOutboxMessage {
    return {
      workspaceId,
      channel: 'email',
      recipient: `rep${n}@test.tandem`,
      payload: {
        kind: 'reminder',
        locale: 'de',
        title: `Erinnerung ${n}`,
        body: 'bis Freitag',
        link: '/questions/1',
      },
      dedupeKey: `outbox-contract:${n}`,
      createdAt,
    };
  }

  beforeAll(async () => {
    storage = createStorage(get().database);
    workspaceId = (await storage.workspaces.create({ name: 'Outbox', slug: 'outbox' })).id;
  });

  it('queues each dedupe key once', async () => {
    expect(await storage.outbox.enqueueMany([1, 2, 3, 4, 5, 6].map((n) => message(n)))).toBe(6);
    expect(await storage.outbox.enqueueMany([message(1), message(7, LATER)])).toBe(1);
    expect((await storage.outbox.countByStatus(workspaceId)).pending).toBe(7);
  });

  it('claims no more than asked, oldest due first, and leases what it claims', async () => {
    const claimed = await storage.outbox.claimDue({ now: T0, leaseUntil: LEASE, limit: 4 });
    expect(claimed.map((m) => m.dedupeKey)).toEqual([1, 2, 3, 4].map((n) => `outbox-contract:${n}`));
    expect(claimed.every((m) => m.lockedUntil === LEASE && m.attempts === 1)).toBe(true);
    const rest = await storage.outbox.claimDue({ now: T0, leaseUntil: LEASE, limit: 10 });
    expect(rest.map((m) => m.dedupeKey)).toEqual(['outbox-contract:5', 'outbox-contract:6']);
    expect(await storage.outbox.claimDue({ now: T0, leaseUntil: LEASE, limit: 10 })).toEqual([]);
  });

  it('completes only under the lease it was claimed with, and claims again once the lease has run out', async () => {
    const [first] = await storage.outbox
      .list(workspaceId, { limit: 100 })
      .then((all) => all.filter((m) => m.dedupeKey === 'outbox-contract:1'));
    expect(await storage.outbox.complete(first!.id, T0, { status: 'delivered', at: T0 })).toBe(false);
    expect(await storage.outbox.complete(first!.id, LEASE, { status: 'delivered', at: T0 })).toBe(true);
    const afterLease = await storage.outbox.claimDue({
      now: '2026-11-30T07:10:00.001Z',
      leaseUntil: '2026-11-30T07:20:00.000Z',
      limit: 10,
    });
    expect(afterLease.map((m) => m.dedupeKey)).toEqual([2, 3, 4, 5, 6, 7].map((n) => `outbox-contract:${n}`));
    expect(afterLease.find((m) => m.dedupeKey === 'outbox-contract:2')?.attempts).toBe(2);
  });

  it('keeps a failure visible and requeues it on request', async () => {
    const [second] = (await storage.outbox.list(workspaceId, { status: 'pending', limit: 100 })).filter(
      (m) => m.dedupeKey === 'outbox-contract:2',
    );
    expect(
      await storage.outbox.complete(second!.id, '2026-11-30T07:20:00.000Z', {
        status: 'failed',
        at: LATER,
        reason: 'SMTP: 550 No such user',
      }),
    ).toBe(true);
    const [failed] = await storage.outbox.list(workspaceId, { status: 'failed', limit: 10 });
    expect(failed).toMatchObject({
      status: 'failed',
      lastError: 'SMTP: 550 No such user',
      lockedUntil: null,
    });
    expect(await storage.outbox.requeue({ workspaceId, id: failed!.id, now: LATER })).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: LATER,
    });
    expect(await storage.outbox.requeue({ workspaceId, id: failed!.id, now: LATER })).toBeNull();
  });
});
