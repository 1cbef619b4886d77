import { AppError } from '../core/errors.ts';
import type { Storage } from '../storage/port.ts';
import type { WebhookActor } from './create-webhook.ts';

/** Removes a webhook; messages still queued for it are skipped at delivery ("webhook removed"). */
export async function deleteWebhook({
  storage,
  actor,
  id,
}: {
  storage: Storage;
  actor: WebhookActor;
  id: number;
}): Promise<void> {
  await storage.transaction(async (tx) => {
    const webhook = await tx.webhooks.find(actor.workspaceId, id);
    if (!webhook || !(await tx.webhooks.delete(actor.workspaceId, id))) {
      throw new AppError('NOT_FOUND', `Webhook ${id} not found`);
    }
    await tx.audit.record({
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      tokenId: actor.tokenId,
      action: 'webhook.delete',
      entity: 'webhook',
      entityId: String(id),
      summary: { name: webhook.name, format: webhook.format },
    });
  });
}
