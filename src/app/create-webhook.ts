import type { WebhookView } from '../contract/notifications.ts';
import type { NotificationKind, WebhookFormat } from '../core/notifications.ts';
import type { Locale } from '../core/types.ts';
import type { Storage } from '../storage/port.ts';
import { toWebhookView } from './list-webhooks.ts';

export interface WebhookActor {
  workspaceId: number;
  userId: number | null;
  tokenId: number | null;
}

/** Adds a webhook for the workspace; recorded in the audit log without its URL (a credential). */
export async function createWebhook({
  storage,
  actor,
  webhook,
}: {
  storage: Storage;
  actor: WebhookActor;
  webhook: { name: string; url: string; format: WebhookFormat; events: NotificationKind[]; locale: Locale };
}): Promise<WebhookView> {
  return storage.transaction(async (tx) => {
    const created = await tx.webhooks.create({ workspaceId: actor.workspaceId, ...webhook });
    await tx.audit.record({
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      tokenId: actor.tokenId,
      action: 'webhook.create',
      entity: 'webhook',
      entityId: String(created.id),
      summary: { name: created.name, format: created.format, host: new URL(created.url).host },
    });
    return toWebhookView(created);
  });
}
