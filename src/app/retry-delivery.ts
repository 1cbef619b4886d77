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
  if (!message) {
    const existing = await storage.outbox.find(workspaceId, id);
    if (!existing) throw new AppError('NOT_FOUND', `Delivery ${id} not found`);
    throw new AppError(
      'CONFLICT',
      `Delivery ${id} is ${existing.status}; only failed or skipped ones can be sent again`,
    );
  }
  return toDeliveryView(message, await listWebhookNames(storage, workspaceId));
}
