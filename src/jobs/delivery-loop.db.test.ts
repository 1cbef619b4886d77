import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import {
  alertEvent,
  countArrivals,
  createDeliveryFixture,
  type DeliveryFixture,
} from '../../test/support/delivery-fixture.ts';
import { notify } from '../app/notify.ts';
import { startDeliveryLoop } from './delivery-loop.ts';

describeEachEngine('in-process delivery loop', (get) => {
  let f: DeliveryFixture;

  beforeAll(async () => {
    f = await createDeliveryFixture(get());
    await f.reset();
  });
  afterAll(async () => {
    await f.close();
  });

  it('drains the queue in batches when asked, reports errors instead of stopping, and stops cleanly', async () => {
    for (let n = 1; n <= 15; n++) await notify(f.storage, alertEvent(f, n, new Date()));
    const errors: unknown[] = [];
    const loop = startDeliveryLoop({
      storage: f.storage,
      transport: f.transport,
      intervalMs: 3_600_000,
      onError: (error) => errors.push(error),
    });
    const passes = await loop.runNow();
    expect(passes.map((p) => p.claimed)).toEqual([25, 5]);
    expect(countArrivals(f).size).toBe(30);
    expect(await loop.runNow()).toEqual([expect.objectContaining({ claimed: 0 })]);

    const broken = startDeliveryLoop({
      storage: {
        ...f.storage,
        outbox: { ...f.storage.outbox, claimDue: () => Promise.reject(new Error('database away')) },
      },
      transport: f.transport,
      intervalMs: 3_600_000,
      onError: (error) => errors.push(error),
    });
    expect(await broken.runNow()).toEqual([]);
    expect(String(errors[0])).toContain('database away');
    await Promise.all([loop.stop(), broken.stop()]);
  });
});
