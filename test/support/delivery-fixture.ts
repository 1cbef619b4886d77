/**
 * A workspace with two people (German, English), a local SMTP server and a local webhook receiver, and the real
 * delivery transport pointed at them: what the delivery tests share.
 */
import type { Kysely } from 'kysely';
import type { NotifyInput } from '../../src/app/notify.ts';
import { createDeliveryTransport } from '../../src/notify/create-transport.ts';
import type { DeliveryTransport } from '../../src/notify/transport.ts';
import type { OutboxMessage, Storage } from '../../src/storage/port.ts';
import type { Database } from '../../src/storage/schema/index.ts';
import { createStorage } from '../../src/storage/storage.ts';
import type { TestDatabase } from './databases.ts';
import { insertTestUser, type TestPerson } from './notification-fixtures.ts';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-server.ts';
import { startTestWebhookReceiver, type TestWebhookReceiver } from './webhook-receiver.ts';

export const PUBLIC_URL = 'https://tandem.example';
export const MAIL_FROM = 'Tandem <tandem@test.tandem>';

export interface DeliveryFixture {
  db: Kysely<Database>;
  storage: Storage;
  workspaceId: number;
  german: TestPerson;
  english: TestPerson;
  smtp: TestSmtpServer;
  receiver: TestWebhookReceiver;
  transport: DeliveryTransport;
  /** Empties outbox, inbox and webhooks and brings both servers back to normal, between tests. */
  reset(): Promise<void>;
  listOutbox(): Promise<OutboxMessage[]>;
  close(): Promise<void>;
}

let slugCounter = 0;

export async function createDeliveryFixture(testDatabase: TestDatabase): Promise<DeliveryFixture> {
  const { db } = testDatabase.database;
  const storage = createStorage(testDatabase.database);
  slugCounter += 1;
  const workspaceId = (await storage.workspaces.create({ name: 'Lindenau', slug: `delivery-${slugCounter}` }))
    .id;
  const german = await insertTestUser(storage, { workspaceId, locale: 'de' });
  const english = await insertTestUser(storage, { workspaceId, locale: 'en' });
  const smtp = await startTestSmtpServer();
  const receiver = await startTestWebhookReceiver();
  const transport = createDeliveryTransport({
    smtpUrl: smtp.url,
    mailFrom: MAIL_FROM,
    publicUrl: PUBLIC_URL,
  });
  return {
    db,
    storage,
    workspaceId,
    german,
    english,
    smtp,
    receiver,
    transport,
    async reset() {
      await db.deleteFrom('outbox').execute();
      await db.deleteFrom('notifications').execute();
      await db.deleteFrom('webhooks').execute();
      await smtp.start();
      await receiver.start();
      smtp.mode = 'accept';
      smtp.mails.length = 0;
      receiver.status = 200;
      receiver.received.length = 0;
    },
    listOutbox: () => storage.outbox.list(workspaceId, { limit: 1000 }),
    async close() {
      await smtp.stop();
      await receiver.stop();
    },
  };
}

/** An alert event for both people, with a dedupe key of its own. */
export function alertEvent(fixture: DeliveryFixture, n: number, now: Date): NotifyInput {
  return {
    workspaceId: fixture.workspaceId,
    kind: 'alert_new',
    params: {
      scope: `Sensorik · Region ${n}`,
      headline: `−${n * 10}.000 € bis Quartalsende <wahrscheinlich>`,
    },
    recipients: [fixture.german.id, fixture.english.id],
    link: `/alerts/${n}`,
    dedupeKey: `alert_new:alert:${n}`,
    now,
  };
}

/** How often each delivery key arrived: at the SMTP server and at the webhook receiver together. */
export function countArrivals(fixture: DeliveryFixture): Map<string, number> {
  const counts = new Map<string, number>();
  const keys = [
    ...fixture.smtp.mails.map((m) => m.deliveryKey),
    ...fixture.receiver.received.map((r) => r.deliveryKey),
  ];
  for (const key of keys) counts.set(key ?? 'missing', (counts.get(key ?? 'missing') ?? 0) + 1);
  return counts;
}
