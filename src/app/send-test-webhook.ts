import type { WebhookTestResult } from '../contract/notifications.ts';
import { AppError } from '../core/errors.ts';
import type { Locale } from '../core/types.ts';
import type { DeliveryTransport } from '../notify/transport.ts';
import { describeFailure } from '../notify/transport.ts';
import type { Storage } from '../storage/port.ts';

const TEST_TEXT: Record<Locale, { title: string; body: string }> = {
  de: {
    title: 'Tandem: Testnachricht',
    body: 'Wenn Sie das lesen, kommen Tandems Benachrichtigungen hier an.',
  },
  en: { title: 'Tandem: test message', body: 'If you can read this, Tandem notifications arrive here.' },
};

/**
 * Posts a test message to a webhook right away (not through the outbox), so an admin sees at once whether the
 * address and format work. A failure is an answer, not an error.
 */
export async function sendTestWebhook({
  storage,
  transport,
  workspaceId,
  id,
  now = new Date(),
}: {
  storage: Storage;
  transport: DeliveryTransport;
  workspaceId: number;
  id: number;
  now?: Date;
}): Promise<WebhookTestResult> {
  const webhook = await storage.webhooks.find(workspaceId, id);
  if (!webhook) throw new AppError('NOT_FOUND', `Webhook ${id} not found`);
  try {
    await transport.postWebhook({
      url: webhook.url,
      format: webhook.format,
      isTest: true,
      payload: { kind: 'alert_new', locale: webhook.locale, ...TEST_TEXT[webhook.locale], link: '/' },
      deliveryKey: `${workspaceId}:test:webhook:${id}:${now.getTime()}`,
      createdAt: now.toISOString(),
    });
    return { ok: true, message: `Delivered to ${webhook.name}` };
  } catch (error) {
    return { ok: false, message: describeFailure(error) };
  }
}
