/**
 * One delivery pass over the outbox: claim due messages with a lease, send each, record the outcome. Run it from
 * an in-process interval (jobs/delivery-loop.ts) or a job queue; any number of passes may run at once, in one
 * process or many, and no message is claimed by two of them.
 *
 * Guarantees: a committed message is delivered or, after the retry policy is used up, marked `failed` and shown
 * (never dropped silently). A worker killed mid-send leaves its claim to expire; the message is then sent again
 * with the same delivery key, so an outage or a crash can repeat a send only in that one window, and the
 * receiver can recognise the repeat (Message-ID, `X-Tandem-Delivery`).
 */
import { DEFAULT_RETRY_POLICY, decideAfterFailure, type RetryPolicy } from '../core/retry-backoff.ts';
import type { OutboxCompletion, OutboxMessage, Storage } from '../storage/port.ts';
import { DeliveryError, type DeliveryTransport, describeFailure, type SendResult } from './transport.ts';

/** How long a claim holds: far above the SMTP and webhook timeouts, so only a dead worker's claim runs out. */
export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_BATCH_SIZE = 25;
/** Sends at once per pass: enough to overlap slow receivers, few enough not to be throttled by an SMTP server. */
const CONCURRENCY = 4;

export interface DeliverDueMessagesInput {
  storage: Storage;
  transport: DeliveryTransport;
  now: Date;
  batchSize?: number;
  leaseMs?: number;
  policy?: RetryPolicy;
  /** Uniform in [0, 1) for retry jitter; Math.random in production, fixed in tests. */
  random?: () => number;
}

export interface DeliveryCounts {
  claimed: number;
  delivered: number;
  /** Failed this time, queued again with a later next_attempt_at. */
  retried: number;
  /** Given up: permanent rejection or attempts used up. */
  failed: number;
  skipped: number;
  /** Outcomes not recorded because the claim had run out and another worker took the message over. */
  leaseLost: number;
}

type Outcome = OutboxCompletion['status'];

async function send(
  storage: Storage,
  transport: DeliveryTransport,
  message: OutboxMessage,
): Promise<SendResult> {
  const delivery = { payload: message.payload, deliveryKey: message.dedupeKey, createdAt: message.createdAt };
  if (message.channel === 'email') return transport.sendEmail({ ...delivery, to: message.recipient });
  const webhookId = Number(message.recipient.replace(/^webhook:/, ''));
  const webhook = Number.isInteger(webhookId)
    ? await storage.webhooks.find(message.workspaceId, webhookId)
    : null;
  if (!webhook?.isActive) return { status: 'skipped', reason: 'The webhook was removed or switched off' };
  return transport.postWebhook({ ...delivery, url: webhook.url, format: webhook.format });
}

async function attempt(
  input: Required<DeliverDueMessagesInput>,
  message: OutboxMessage,
): Promise<OutboxCompletion> {
  const at = input.now.toISOString();
  if (message.attempts > input.policy.maxAttempts) {
    // Claimed more often than allowed: earlier workers died while sending it (a message that crashes workers?).
    return {
      status: 'failed',
      at,
      reason: `Gave up after ${message.attempts - 1} attempts; the last ones did not finish`,
    };
  }
  try {
    const result = await send(input.storage, input.transport, message);
    return result.status === 'sent'
      ? { status: 'delivered', at }
      : { status: 'skipped', at, reason: result.reason };
  } catch (error) {
    const reason = describeFailure(error);
    const decision = decideAfterFailure({
      attempts: message.attempts,
      isPermanent: error instanceof DeliveryError && error.isPermanent,
      nowMs: input.now.getTime(),
      random: input.random(),
      policy: input.policy,
    });
    if (decision.status === 'failed') return { status: 'failed', at, reason };
    return { status: 'pending', nextAttemptAt: new Date(decision.nextAttemptAtMs).toISOString(), reason };
  }
}

async function forEachConcurrently<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

const COUNT_BY_OUTCOME: Record<Outcome, keyof DeliveryCounts> = {
  delivered: 'delivered',
  pending: 'retried',
  failed: 'failed',
  skipped: 'skipped',
};

/** One pass: claims up to `batchSize` due messages, delivers them, and returns what happened. */
export async function deliverDueMessages(input: DeliverDueMessagesInput): Promise<DeliveryCounts> {
  const options: Required<DeliverDueMessagesInput> = {
    batchSize: DEFAULT_BATCH_SIZE,
    leaseMs: DEFAULT_LEASE_MS,
    policy: DEFAULT_RETRY_POLICY,
    random: Math.random,
    ...input,
  };
  const lease = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const claimed = await options.storage.outbox.claimDue({
    now: options.now.toISOString(),
    leaseUntil: lease,
    limit: options.batchSize,
  });
  const counts: DeliveryCounts = {
    claimed: claimed.length,
    delivered: 0,
    retried: 0,
    failed: 0,
    skipped: 0,
    leaseLost: 0,
  };
  await forEachConcurrently(claimed, CONCURRENCY, async (message) => {
    const completion = await attempt(options, message);
    const isRecorded = await options.storage.outbox.complete(message.id, lease, completion);
    counts[isRecorded ? COUNT_BY_OUTCOME[completion.status] : 'leaseLost'] += 1;
  });
  return counts;
}
