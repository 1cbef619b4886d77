/**
 * `kill -9` of a serving Tandem in the middle of notification delivery (SQLite, in-process loop): the database
 * passes its integrity check, every message recorded as delivered arrived exactly once, and a restarted
 * instance delivers the rest. Only messages a worker was sending at the moment of the kill may arrive twice
 * (at-least-once, with the same delivery key so receivers can drop the repeat): never more than the claims open
 * at the kill.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import {
  alertEvent,
  countArrivals,
  createDeliveryFixture,
  type DeliveryFixture,
  MAIL_FROM,
} from '../../test/support/delivery-fixture.ts';
import { startServeProcess, waitFor } from '../../test/support/serve-process.ts';
import { notify } from '../app/notify.ts';

const EVENTS = 150;
const MAILS = EVENTS * 2;

describe('kill -9 during notification delivery', () => {
  let db: TestDatabase;
  let f: DeliveryFixture;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    f = await createDeliveryFixture(db);
    await f.reset();
    for (let n = 1; n <= EVENTS; n++) await notify(f.storage, alertEvent(f, n, new Date()));
  });
  afterAll(async () => {
    await f?.close();
    await db?.drop();
  });

  it('leaves a sound database, no repeated delivered message, and a restart finishes the queue', async () => {
    const env = { DATABASE_URL: db.url, SMTP_URL: f.smtp.url, MAIL_FROM };
    const first = await startServeProcess(env);
    await waitFor(() => f.smtp.mails.length >= 20, 'the first deliveries', 60_000);
    expect(await first.stop('SIGKILL')).toBeNull();

    const integrity = db.database.sqlite?.pragma('integrity_check') as { integrity_check: string }[];
    expect(integrity.map((row) => row.integrity_check)).toEqual(['ok']);
    const outbox = await f.listOutbox();
    expect(outbox).toHaveLength(MAILS);
    const arrivals = countArrivals(f);
    const delivered = outbox.filter((message) => message.status === 'delivered');
    for (const message of delivered) expect(arrivals.get(message.dedupeKey)).toBe(1);
    const claimedAtKill = outbox.filter(
      (message) => message.status === 'pending' && message.attempts > 0,
    ).length;

    // The dead worker's claims run out after the lease (5 minutes); let that time pass at once.
    await sql`update outbox set locked_until = '2000-01-01T00:00:00.000Z' where status = 'pending'`.execute(
      db.database.db,
    );
    const second = await startServeProcess(env);
    try {
      await waitFor(
        async () => (await f.listOutbox()).every((message) => message.status === 'delivered'),
        'the restarted instance to deliver the rest',
        120_000,
      );
    } finally {
      expect(await second.stop('SIGTERM')).toBe(0);
    }
    const after = countArrivals(f);
    expect(after.size).toBe(MAILS);
    const repeated = [...after.values()].filter((count) => count > 1);
    expect(repeated.every((count) => count === 2)).toBe(true);
    expect(repeated.length).toBeLessThanOrEqual(claimedAtKill);
  }, 300_000);
});
