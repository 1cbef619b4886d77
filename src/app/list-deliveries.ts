import type { DeliveryList, DeliveryView } from '../contract/notifications.ts';
import type { OutboxStatus } from '../core/notifications.ts';
import type { OutboxMessage, Storage } from '../storage/port.ts';

export function toDeliveryView(message: OutboxMessage, webhookNames: Map<string, string>): DeliveryView {
  return {
    id: message.id,
    channel: message.channel,
    recipient: webhookNames.get(message.recipient) ?? message.recipient,
    kind: message.payload.kind,
    title: message.payload.title,
    status: message.status,
    attempts: message.attempts,
    nextAttemptAt: message.nextAttemptAt,
    lastError: message.lastError,
    deliveredAt: message.deliveredAt,
    createdAt: message.createdAt,
  };
}

export async function listWebhookNames(storage: Storage, workspaceId: number): Promise<Map<string, string>> {
  const webhooks = await storage.webhooks.list(workspaceId);
  return new Map(webhooks.map((webhook) => [`webhook:${webhook.id}`, webhook.name]));
}

/** The outbox for admins: counts by status and the latest messages (failed ones first when filtered). */
export async function listDeliveries({
  storage,
  workspaceId,
  status,
  limit,
}: {
  storage: Storage;
  workspaceId: number;
  status?: OutboxStatus;
  limit: number;
}): Promise<DeliveryList> {
  const messages = await storage.outbox.list(workspaceId, { limit, ...(status ? { status } : {}) });
  const names = await listWebhookNames(storage, workspaceId);
  return {
    counts: await storage.outbox.countByStatus(workspaceId),
    items: messages.map((message) => toDeliveryView(message, names)),
  };
}
