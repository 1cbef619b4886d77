import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import {
  alertEvent,
  countArrivals,
  createDeliveryFixture,
  type DeliveryFixture,
} from '../../test/support/delivery-fixture.ts';
import { notify } from '../app/notify.ts';
import { createDeliveryTransport, NO_SMTP_REASON } from './create-transport.ts';
import { deliverDueMessages } from './deliver-due-messages.ts';

const T0 = new Date('2026-11-30T07:00:00.000Z');
const at = (offsetMs: number) => new Date(T0.getTime() + offsetMs);
const MINUTE = 60_000;

describeEachEngine('notification delivery', (get) => {
  let f: DeliveryFixture;
  const pass = (now: Date, transport = f.transport) =>
    deliverDueMessages({ storage: f.storage, transport, now, random: () => 0.5 });

  beforeAll(async () => {
    f = await createDeliveryFixture(get());
  });
  beforeEach(async () => {
    await f.reset();
  });
  afterAll(async () => {
    await f.close();
  });

  async function addWebhooks() {
    const base = { workspaceId: f.workspaceId, events: [] };
    await f.storage.webhooks.create({
      ...base,
      name: 'Slack',
      url: `${f.receiver.url}/slack`,
      format: 'slack',
      locale: 'de',
    });
    await f.storage.webhooks.create({
      ...base,
      name: 'Teams',
      url: `${f.receiver.url}/teams`,
      format: 'teams',
      locale: 'en',
    });
    await f.storage.webhooks.create({
      ...base,
      name: 'JSON',
      url: `${f.receiver.url}/json`,
      format: 'json',
      locale: 'en',
    });
  }

  it('delivers e-mails with the right content, once, in each person’s language', async () => {
    await notify(f.storage, alertEvent(f, 42, T0));
    expect(await pass(T0)).toMatchObject({ claimed: 2, delivered: 2 });
    expect(await pass(at(MINUTE))).toMatchObject({ claimed: 0 });
    const german = f.smtp.mails.find((mail) => mail.to.includes(f.german.email));
    expect(german?.subject).toBe('Neue Warnung: Sensorik · Region 42');
    expect(german?.from).toBe('tandem@test.tandem');
    expect(german?.text).toContain('−420.000 € bis Quartalsende <wahrscheinlich>');
    expect(german?.text).toContain('In Tandem öffnen: https://tandem.example/alerts/42');
    expect(german?.html).toContain('&lt;wahrscheinlich&gt;');
    expect(german?.headers['message-id']).toMatch(/^<[0-9a-f]{32}@tandem\.example>$/);
    const english = f.smtp.mails.find((mail) => mail.to.includes(f.english.email));
    expect(english?.subject).toBe('New alert: Sensorik · Region 42');
    expect((await f.listOutbox()).map((m) => [m.status, m.attempts, m.deliveredAt])).toEqual([
      ['delivered', 1, T0.toISOString()],
      ['delivered', 1, T0.toISOString()],
    ]);
  });

  it('posts Slack blocks, a Teams Adaptive Card and plain JSON to the matching webhooks', async () => {
    await addWebhooks();
    await notify(f.storage, { ...alertEvent(f, 7, T0), recipients: [] });
    expect(await pass(T0)).toMatchObject({ delivered: 3 });
    const byPath = Object.fromEntries(f.receiver.received.map((r) => [r.path, r.body]));
    expect(byPath['/slack']).toMatchObject({
      text: 'Neue Warnung: Sensorik · Region 7: −70.000 € bis Quartalsende &lt;wahrscheinlich&gt;',
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: expect.stringMatching(/^\*Neue Warnung: Sensorik · Region 7\*\n/) },
        },
        { type: 'actions', elements: [{ type: 'button', url: 'https://tandem.example/alerts/7' }] },
      ],
    });
    expect(byPath['/teams']).toMatchObject({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            type: 'AdaptiveCard',
            body: [{ type: 'TextBlock', text: 'New alert: Sensorik · Region 7' }, { type: 'TextBlock' }],
            actions: [
              { type: 'Action.OpenUrl', title: 'Open in Tandem', url: 'https://tandem.example/alerts/7' },
            ],
          },
        },
      ],
    });
    expect(byPath['/json']).toMatchObject({
      event: 'alert_new',
      url: 'https://tandem.example/alerts/7',
      locale: 'en',
    });
    const json = f.receiver.received.find((r) => r.path === '/json');
    expect(json?.deliveryKey).toMatch(/:alert_new:alert:7:webhook:/);
    expect(json?.body).toMatchObject({ id: json?.deliveryKey });
  });

  it('rides out an outage: retries with growing waits, loses nothing, and then delivers each message once', async () => {
    await f.storage.webhooks.create({
      workspaceId: f.workspaceId,
      name: 'JSON',
      url: `${f.receiver.url}/json`,
      format: 'json',
      events: [],
      locale: 'de',
    });
    await f.smtp.stop();
    await f.receiver.stop();
    for (const n of [1, 2, 3]) await notify(f.storage, alertEvent(f, n, T0));
    expect(await pass(T0)).toMatchObject({ claimed: 9, retried: 9 });
    let outbox = await f.listOutbox();
    expect(outbox.every((m) => m.status === 'pending' && m.attempts === 1)).toBe(true);
    for (const message of outbox) {
      expect(message.lastError).toMatch(
        message.channel === 'email' ? /^SMTP: .*ECONNREFUSED/ : /^Webhook not reachable/,
      );
    }
    // random 0.5 → three quarters of the nominal 30 s wait.
    expect(new Set(outbox.map((m) => m.nextAttemptAt))).toEqual(new Set([at(22_500).toISOString()]));
    expect(await pass(at(20_000))).toMatchObject({ claimed: 0 });

    await f.smtp.start();
    f.smtp.mode = 'temporary_failure';
    await f.receiver.start();
    f.receiver.status = 503;
    expect(await pass(at(23_000))).toMatchObject({ claimed: 9, retried: 9 });
    outbox = await f.listOutbox();
    expect(
      outbox.every((m) => m.attempts === 2 && m.nextAttemptAt === at(23_000 + 45_000).toISOString()),
    ).toBe(true);
    expect(outbox.filter((m) => m.channel === 'email').every((m) => /451/.test(m.lastError ?? ''))).toBe(
      true,
    );
    expect(
      outbox.filter((m) => m.channel === 'webhook').every((m) => /HTTP 503/.test(m.lastError ?? '')),
    ).toBe(true);

    f.smtp.mode = 'accept';
    f.receiver.status = 200;
    expect(await pass(at(60 * MINUTE))).toMatchObject({ claimed: 9, delivered: 9 });
    expect(await pass(at(120 * MINUTE))).toMatchObject({ claimed: 0 });
    const arrivals = countArrivals(f);
    expect([...arrivals.keys()].sort()).toEqual(outbox.map((m) => m.dedupeKey).sort());
    expect([...arrivals.values()].every((count) => count === 1)).toBe(true);
  });

  it('gives up on a permanent rejection at once and after the last attempt otherwise, visibly; a requeue delivers', async () => {
    await f.storage.webhooks.create({
      workspaceId: f.workspaceId,
      name: 'Gone',
      url: `${f.receiver.url}/gone`,
      format: 'json',
      events: [],
      locale: 'de',
    });
    f.smtp.mode = 'permanent_failure';
    f.receiver.status = 404;
    await notify(f.storage, alertEvent(f, 5, T0));
    expect(await pass(T0)).toMatchObject({ claimed: 3, failed: 3 });
    const failed = await f.listOutbox();
    expect(failed.map((m) => m.lastError)).toEqual(
      expect.arrayContaining([expect.stringMatching(/550/), expect.stringMatching(/HTTP 404/)]),
    );

    f.smtp.mode = 'accept';
    f.receiver.status = 200;
    const [mail] = failed.filter((m) => m.channel === 'email');
    expect(
      await f.storage.outbox.requeue({
        workspaceId: f.workspaceId,
        id: mail!.id,
        now: at(MINUTE).toISOString(),
      }),
    ).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await pass(at(MINUTE))).toMatchObject({ claimed: 1, delivered: 1 });

    await f.smtp.stop();
    await notify(f.storage, { ...alertEvent(f, 6, T0), recipients: [f.german.id] });
    const policy = { baseDelayMs: 1000, maxDelayMs: 1000, maxAttempts: 3 };
    for (const minute of [2, 3, 4]) {
      await deliverDueMessages({
        storage: f.storage,
        transport: f.transport,
        now: at(minute * MINUTE),
        policy,
        random: () => 0,
      });
    }
    const given = (await f.listOutbox()).filter(
      (m) => m.channel === 'email' && m.payload.link === '/alerts/6',
    );
    expect(given.map((m) => [m.status, m.attempts])).toEqual([['failed', 3]]);
    expect(given[0]?.lastError).toMatch(/ECONNREFUSED/);
    expect(await f.storage.outbox.countByStatus(f.workspaceId)).toMatchObject({ pending: 0 });
  });

  it('marks e-mail skipped with a clear reason when no SMTP server is configured, and never retries it', async () => {
    await f.storage.webhooks.create({
      workspaceId: f.workspaceId,
      name: 'JSON',
      url: `${f.receiver.url}/json`,
      format: 'json',
      events: [],
      locale: 'de',
    });
    const withoutSmtp = createDeliveryTransport({
      smtpUrl: undefined,
      mailFrom: 'x@y',
      publicUrl: 'https://tandem.example',
    });
    await notify(f.storage, alertEvent(f, 8, T0));
    expect(await pass(T0, withoutSmtp)).toMatchObject({ claimed: 3, skipped: 2, delivered: 1 });
    expect(await pass(at(24 * 60 * MINUTE), withoutSmtp)).toMatchObject({ claimed: 0 });
    const emails = (await f.listOutbox()).filter((m) => m.channel === 'email');
    expect(emails.map((m) => [m.status, m.lastError])).toEqual([
      ['skipped', NO_SMTP_REASON],
      ['skipped', NO_SMTP_REASON],
    ]);
  });

  it('skips the queued messages of a webhook removed before delivery', async () => {
    const hook = await f.storage.webhooks.create({
      workspaceId: f.workspaceId,
      name: 'Old',
      url: `${f.receiver.url}/old`,
      format: 'slack',
      events: [],
      locale: 'de',
    });
    await notify(f.storage, { ...alertEvent(f, 9, T0), recipients: [] });
    await f.storage.webhooks.delete(f.workspaceId, hook.id);
    expect(await pass(T0)).toMatchObject({ claimed: 1, skipped: 1 });
    expect(f.receiver.received).toEqual([]);
  });
});
