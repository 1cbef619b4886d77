/**
 * Notification delivery in-process (SQLite, one instance): a pass every `intervalMs`, draining the queue while
 * there is more. On PostgreSQL with several instances the same `deliverDueMessages` pass runs as a pg-boss job
 * instead; running both is harmless (claims are exclusive), only wasteful.
 */

import {
  DEFAULT_BATCH_SIZE,
  type DeliveryCounts,
  deliverDueMessages,
} from '../notify/deliver-due-messages.ts';
import type { DeliveryTransport } from '../notify/transport.ts';
import type { Storage } from '../storage/port.ts';

export const DEFAULT_DELIVERY_INTERVAL_MS = 15_000;
/** A pass that finds this many batches in a row yields to the timer, so one backlog cannot hog the process. */
const MAX_BATCHES_PER_TICK = 20;

export interface DeliveryLoop {
  /** Runs a pass now (after the current one, if any) and returns its counts. */
  runNow(): Promise<DeliveryCounts[]>;
  /** Stops the timer and waits for the pass in progress. */
  stop(): Promise<void>;
}

/** Delivery passes until the queue is empty, `MAX_BATCHES_PER_TICK` passes ran, or `shouldStop` says so. */
export async function drainOutbox({
  storage,
  transport,
  shouldStop = () => false,
}: {
  storage: Storage;
  transport: DeliveryTransport;
  shouldStop?: () => boolean;
}): Promise<DeliveryCounts[]> {
  const passes: DeliveryCounts[] = [];
  for (let batch = 0; batch < MAX_BATCHES_PER_TICK && !shouldStop(); batch++) {
    const counts = await deliverDueMessages({ storage, transport, now: new Date() });
    passes.push(counts);
    if (counts.claimed < DEFAULT_BATCH_SIZE) break;
  }
  return passes;
}

export function startDeliveryLoop({
  storage,
  transport,
  intervalMs = DEFAULT_DELIVERY_INTERVAL_MS,
  onError,
}: {
  storage: Storage;
  transport: DeliveryTransport;
  intervalMs?: number;
  onError: (error: unknown) => void;
}): DeliveryLoop {
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<DeliveryCounts[]> = Promise.resolve([]);

  const drain = () => drainOutbox({ storage, transport, shouldStop: () => isStopped });
  const run = (): Promise<DeliveryCounts[]> => {
    current = current.then(drain).catch((error: unknown) => {
      onError(error);
      return [];
    });
    return current;
  };
  const schedule = () => {
    if (isStopped) return;
    timer = setTimeout(() => void run().finally(schedule), intervalMs);
    timer.unref();
  };
  schedule();
  return {
    runNow: run,
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
