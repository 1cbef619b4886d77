/** E-mail over SMTP with nodemailer, configured by SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`). */
import { createHash } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { EmailContent } from './format-email.ts';
import { DeliveryError, describeFailure } from './transport.ts';

export interface OutgoingEmail extends EmailContent {
  to: string;
  deliveryKey: string;
}

export type SendEmail = (email: OutgoingEmail) => Promise<void>;

/**
 * Timeouts well inside the worker's lease: a hung server fails the attempt (and it is retried) long before
 * another worker could take the message over.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * A stable Message-ID per outbox message: should a worker die between the server's "250 OK" and recording it,
 * the repeat carries the same id, and mail systems that deduplicate by Message-ID show it once.
 */
export function toMessageId(deliveryKey: string, publicUrl: string): string {
  const host = new URL(publicUrl).hostname || 'tandem.invalid';
  const hash = createHash('sha256').update(deliveryKey).digest('hex').slice(0, 32);
  return `<${hash}@${host}>`;
}

function toDeliveryError(error: unknown): DeliveryError {
  // nodemailer marks SMTP 5xx replies (except 503) as permanent; connection trouble carries no reply: retry.
  const isPermanent = (error as { permanent?: unknown }).permanent === true;
  return new DeliveryError(`SMTP: ${describeFailure(error)}`, isPermanent);
}

export function createEmailSender({
  smtpUrl,
  mailFrom,
  publicUrl,
}: {
  smtpUrl: string;
  mailFrom: string;
  publicUrl: string;
}): SendEmail {
  const transporter = createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return async (email) => {
    try {
      await transporter.sendMail({
        from: mailFrom,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: toMessageId(email.deliveryKey, publicUrl),
        headers: { 'X-Tandem-Delivery': email.deliveryKey },
      });
    } catch (error) {
      throw toDeliveryError(error);
    }
  };
}
