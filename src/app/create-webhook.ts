import type { WebhookView } from '../contract/notifications.ts';
import type { NotificationKind, WebhookFormat } from '../core/notifications.ts';
import type { Locale } from '../core/types.ts';
import type { Storage } from '../storage/port.ts';
import { toWebhookView } from './list-webhooks.ts';
import { type Actor, recordAudit } from './record-audit.ts';

/** Adds a webhook for the workspace; recorded in the audit log without its URL (a credential). */
export async function createWebhook({
  storage,
  actor,
  webhook,
}: {
  storage: Storage;
  actor: Actor;
  webhook: { name: string; url: string; format: WebhookFormat; events: NotificationKind[]; locale: Locale };
}): Promise<WebhookView> {
  return storage.transaction(async (tx) => {
    const created = await tx.webhooks.create({ workspaceId: actor.workspaceId, ...webhook });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'webhook',
      entityId: created.id,
      after: { name: created.name, format: created.format, host: new URL(created.url).host },
    });
    return toWebhookView(created);
  });
}
