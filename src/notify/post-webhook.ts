import { DeliveryError, describeFailure } from './transport.ts';

/** HTTP statuses that say "try again later" even though they are 4xx. */
const RETRYABLE_CLIENT_STATUSES = new Set([408, 425, 429]);

/** The longest a receiver may take; the worker's lease (minutes) is far longer, so a slow hook never doubles. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface WebhookPost {
  url: string;
  body: unknown;
  deliveryKey: string;
  timeoutMs?: number;
}

function toHttpError(status: number, excerpt: string): DeliveryError {
  const isPermanent = status >= 400 && status < 500 && !RETRYABLE_CLIENT_STATUSES.has(status);
  return new DeliveryError(`Webhook answered HTTP ${status}${excerpt ? `: ${excerpt}` : ''}`, isPermanent);
}

/** POSTs JSON; resolves on 2xx, throws DeliveryError otherwise (permanent for a 4xx the receiver means). */
export async function postWebhook({
  url,
  body,
  deliveryKey,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
}: WebhookPost): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Tandem',
        // Lets a receiver drop a repeat: a worker that dies between sending and recording sends once more.
        'x-tandem-delivery': deliveryKey,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new DeliveryError(`Webhook not reachable: ${describeFailure(error)}`, false);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) throw toHttpError(response.status, text.slice(0, 200).trim());
}
