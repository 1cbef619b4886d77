/** The real delivery transport from configuration: SMTP when SMTP_URL is set, HTTP for webhooks. */
import type { Config } from '../config.ts';
import { formatEmail } from './format-email.ts';
import { formatWebhookBody } from './format-webhook.ts';
import { postWebhook } from './post-webhook.ts';
import { createEmailSender } from './send-email.ts';
import type { DeliveryTransport } from './transport.ts';

export const NO_SMTP_REASON =
  'SMTP_URL is not set, so Tandem sends no e-mail (in-app notifications still work)';

export function createDeliveryTransport(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>,
  options: { webhookTimeoutMs?: number } = {},
): DeliveryTransport {
  const { smtpUrl, mailFrom, publicUrl } = config;
  const sendEmail = smtpUrl ? createEmailSender({ smtpUrl, mailFrom, publicUrl }) : null;
  return {
    async sendEmail(delivery) {
      if (!sendEmail) return { status: 'skipped', reason: NO_SMTP_REASON };
      await sendEmail({
        to: delivery.to,
        deliveryKey: delivery.deliveryKey,
        ...formatEmail(delivery.payload, publicUrl),
      });
      return { status: 'sent' };
    },
    async postWebhook(delivery) {
      await postWebhook({
        url: delivery.url,
        body: formatWebhookBody(delivery.format, delivery, publicUrl),
        deliveryKey: delivery.deliveryKey,
        ...(options.webhookTimeoutMs ? { timeoutMs: options.webhookTimeoutMs } : {}),
      });
      return { status: 'sent' };
    },
  };
}
