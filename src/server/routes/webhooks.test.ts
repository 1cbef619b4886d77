import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionCaller, createTokenCaller, ensureWorkspace } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import {
  startTestWebhookReceiver,
  type TestWebhookReceiver,
} from '../../../test/support/webhook-receiver.ts';
import { errorBodySchema } from '../../contract/errors.ts';
import {
  deliveryListSchema,
  deliverySchema,
  webhookListSchema,
  webhookSchema,
  webhookTestResultSchema,
} from '../../contract/notifications.ts';
import type { Role } from '../../core/types.ts';

const SECRET_PATH = '/services/T0001/B0002/s3cr3tT0k3nXYZ';

describeEachEngine('webhooks and deliveries API', (get) => {
  let t: TestApp;
  let workspaceId: number;
  let receiver: TestWebhookReceiver;
  const headers = new Map<string, Record<string, string>>();
  const call = (who: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers.get(who) ?? {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    receiver = await startTestWebhookReceiver();
    t = await createTestApp(get(), { PUBLIC_URL: 'https://tandem.example' });
    workspaceId = await ensureWorkspace(t);
    for (const role of ['admin', 'sales_manager', 'sales_rep', 'viewer'] satisfies Role[]) {
      headers.set(role, (await createSessionCaller(t, role)).headers);
    }
    headers.set('token', (await createTokenCaller(t, 'admin')).headers);
  });
  afterAll(async () => {
    await t.app.close();
    await receiver.stop();
  });

  async function addSlackHook(url = `${receiver.url}${SECRET_PATH}`) {
    const response = await call('admin', 'POST', '/api/webhooks', {
      name: 'Vertrieb Süd',
      url,
      format: 'slack',
      events: ['alert_new', 'diagnosis_ready'],
    });
    expect(response.statusCode).toBe(201);
    return webhookSchema.parse(response.json());
  }

  it('adds a webhook, shows it without its secret, and audits it', async () => {
    const hook = await addSlackHook();
    expect(hook).toMatchObject({ name: 'Vertrieb Süd', format: 'slack', locale: 'de', isActive: true });
    expect(hook.urlPreview).toBe(`${receiver.url}/…nXYZ`);
    const list = webhookListSchema.parse((await call('sales_manager', 'GET', '/api/webhooks')).json());
    expect(list.items.map((h) => h.id)).toContain(hook.id);
    expect(JSON.stringify(list)).not.toContain('s3cr3t');
    const [entry] = await t.ctx.storage.audit.list(workspaceId, { entity: 'webhook' });
    expect(entry).toMatchObject({ action: 'create', entityId: String(hook.id) });
    expect(JSON.stringify(entry?.summary)).not.toContain('s3cr3t');
  });

  it('refuses an address that is not http(s), naming the field', async () => {
    const response = await call('admin', 'POST', '/api/webhooks', {
      name: 'x',
      url: 'file:///etc/passwd',
      format: 'json',
    });
    expect(response.statusCode).toBe(400);
    expect(errorBodySchema.parse(response.json()).error.details.map((d) => d.field)).toEqual(['body.url']);
  });

  it('lets only admins and sales managers see and change webhooks', async () => {
    for (const role of ['sales_rep', 'viewer']) {
      expect((await call(role, 'GET', '/api/webhooks')).statusCode).toBe(403);
      expect((await call(role, 'GET', '/api/notification-deliveries')).statusCode).toBe(403);
    }
    expect(
      (await call('viewer', 'POST', '/api/webhooks', { name: 'x', url: 'http://x', format: 'json' }))
        .statusCode,
    ).toBe(403);
  });

  it('sends a test message in the webhook’s format and reports a failure as an answer', async () => {
    const hook = await addSlackHook();
    const ok = webhookTestResultSchema.parse(
      (await call('admin', 'POST', `/api/webhooks/${hook.id}/test`)).json(),
    );
    expect(ok).toEqual({ ok: true, message: 'Delivered to Vertrieb Süd' });
    const last = receiver.received.at(-1);
    expect(last?.path).toBe(SECRET_PATH);
    expect(last?.body).toMatchObject({
      text: expect.stringContaining('Tandem: Testnachricht'),
      blocks: expect.any(Array),
    });

    receiver.status = 503;
    const failed = webhookTestResultSchema.parse(
      (await call('admin', 'POST', `/api/webhooks/${hook.id}/test`)).json(),
    );
    receiver.status = 200;
    expect(failed).toEqual({ ok: false, message: 'Webhook answered HTTP 503: unavailable' });
    expect((await call('admin', 'POST', '/api/webhooks/999999/test')).statusCode).toBe(404);
  });

  it('removes a webhook once; an admin API token may do it too', async () => {
    const hook = await addSlackHook();
    expect((await call('token', 'DELETE', `/api/webhooks/${hook.id}`)).json()).toEqual({ id: hook.id });
    expect((await call('admin', 'DELETE', `/api/webhooks/${hook.id}`)).statusCode).toBe(404);
  });

  it('shows failed deliveries with their reason and queues one again on request', async () => {
    const now = '2026-11-30T07:00:00.000Z';
    const lease = '2026-11-30T07:05:00.000Z';
    await t.ctx.storage.outbox.enqueueMany([
      {
        workspaceId,
        channel: 'email',
        recipient: 'rep@test.tandem',
        payload: { kind: 'reminder', locale: 'de', title: 'Erinnerung: Q4', body: 'bis Freitag', link: null },
        dedupeKey: `${workspaceId}:api-delivery`,
        createdAt: now,
      },
    ]);
    const [claimed] = await t.ctx.storage.outbox.claimDue({ now, leaseUntil: lease, limit: 10 });
    await t.ctx.storage.outbox.complete(claimed!.id, lease, {
      status: 'failed',
      at: now,
      reason: 'SMTP: 550 No such user',
    });

    const list = deliveryListSchema.parse(
      (await call('admin', 'GET', '/api/notification-deliveries?status=failed')).json(),
    );
    expect(list.counts.failed).toBe(1);
    expect(list.items).toEqual([
      expect.objectContaining({
        recipient: 'rep@test.tandem',
        title: 'Erinnerung: Q4',
        status: 'failed',
        lastError: 'SMTP: 550 No such user',
      }),
    ]);
    const retried = await call('admin', 'POST', `/api/notification-deliveries/${claimed!.id}/retry`);
    expect(deliverySchema.parse(retried.json())).toMatchObject({ status: 'pending', attempts: 0 });
    expect(
      (await call('admin', 'POST', `/api/notification-deliveries/${claimed!.id}/retry`)).statusCode,
    ).toBe(409);
  });
});
