import type { DeliveryView } from '../contract/notifications.ts';
import { AppError } from '../core/errors.ts';
import type { Storage } from '../storage/port.ts';
import { listWebhookNames, toDeliveryView } from './list-deliveries.ts';

/** Puts a failed or skipped message back in the queue with a fresh set of attempts (after fixing its cause). */
export async function retryDelivery({
  storage,
  workspaceId,
  id,
  now = new Date(),
}: {
  storage: Storage;
  workspaceId: number;
  id: number;
  now?: Date;
}): Promise<DeliveryView> {
  const message = await storage.outbox.requeue({ workspaceId, id, now: now.toISOString() });
  if (!message) throw new AppError('CONFLICT', `Delivery ${id} is not failed or skipped (or does not exist)`);
  return toDeliveryView(message, await listWebhookNames(storage, workspaceId));
}
