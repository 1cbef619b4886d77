/**
 * What the delivery worker needs from the outside world: send one e-mail, post one webhook. The real transport
 * (create-transport.ts) speaks SMTP and HTTP; a test may pass its own.
 */
import type { WebhookFormat } from '../core/notifications.ts';
import type { OutboxPayload } from '../storage/port.ts';

export interface Delivery {
  payload: OutboxPayload;
  /** The outbox dedupe key: sent along (Message-ID, `X-Tandem-Delivery`) so a receiver can drop a repeat. */
  deliveryKey: string;
  createdAt: string;
}

export interface EmailDelivery extends Delivery {
  to: string;
}

export interface WebhookDelivery extends Delivery {
  url: string;
  format: WebhookFormat;
  /** An admin's "send test": the JSON format says `event: "test"`. */
  isTest?: boolean;
}

/** Sent, or deliberately not sent (with the reason people will read). Failures are thrown as DeliveryError. */
export type SendResult = { status: 'sent' } | { status: 'skipped'; reason: string };

export interface DeliveryTransport {
  sendEmail(delivery: EmailDelivery): Promise<SendResult>;
  postWebhook(delivery: WebhookDelivery): Promise<SendResult>;
}

/**
 * A failed send. Permanent: the receiver rejected this message itself (SMTP 5xx, HTTP 4xx), so trying again
 * would get the same answer. Anything else (connection refused, timeout, 4xx SMTP, HTTP 5xx) is retried.
 */
export class DeliveryError extends Error {
  readonly isPermanent: boolean;

  constructor(message: string, isPermanent: boolean) {
    super(message);
    this.name = 'DeliveryError';
    this.isPermanent = isPermanent;
  }
}

/** A readable reason for any thrown value, with the network code (ECONNREFUSED …) when there is one. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : (error as { code?: unknown }).code;
  const detail = typeof cause?.message === 'string' && cause.message !== error.message ? cause.message : null;
  return [
    error.message,
    detail,
    typeof code === 'string' && !error.message.includes(code) ? `(${code})` : null,
  ]
    .filter(Boolean)
    .join(' ');
}
