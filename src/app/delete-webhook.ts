import { AppError } from '../core/errors.ts';
import type { Storage } from '../storage/port.ts';
import { type Actor, recordAudit } from './record-audit.ts';

/** Removes a webhook; messages still queued for it are skipped at delivery ("webhook removed"). */
export async function deleteWebhook({
  storage,
  actor,
  id,
}: {
  storage: Storage;
  actor: Actor;
  id: number;
}): Promise<void> {
  await storage.transaction(async (tx) => {
    const webhook = await tx.webhooks.find(actor.workspaceId, id);
    if (!webhook || !(await tx.webhooks.delete(actor.workspaceId, id))) {
      throw new AppError('NOT_FOUND', `Webhook ${id} not found`);
    }
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'webhook',
      entityId: id,
      before: { name: webhook.name, format: webhook.format },
    });
  });
}
