import type { Kysely, Selectable } from 'kysely';
import { isNotificationKind, isWebhookFormat } from '../../core/notifications.ts';
import { LOCALES } from '../../core/types.ts';
import type { WebhookRecord, WebhookRepository } from '../notifications-port.ts';
import type { Database } from '../schema/index.ts';
import { nowIso, parseJson } from './batch.ts';

function toWebhook(row: Selectable<Database['webhooks']>): WebhookRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    url: row.url,
    format: isWebhookFormat(row.format) ? row.format : 'json',
    events: parseJson<string[]>(row.events_json, []).filter(isNotificationKind),
    locale: LOCALES.find((locale) => locale === row.locale) ?? 'de',
    isActive: row.is_active === 1,
    createdAt: row.created_at,
  };
}

export function createWebhookRepository(db: Kysely<Database>) {
  return {
    async create(webhook) {
      const row = await db
        .insertInto('webhooks')
        .values({
          workspace_id: webhook.workspaceId,
          name: webhook.name,
          url: webhook.url,
          format: webhook.format,
          events_json: JSON.stringify(webhook.events),
          locale: webhook.locale,
          created_at: nowIso(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toWebhook(row);
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('webhooks')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return rows.map(toWebhook);
    },
    async find(workspaceId, id) {
      const row = await db
        .selectFrom('webhooks')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toWebhook(row) : null;
    },
    async delete(workspaceId, id) {
      const result = await db
        .deleteFrom('webhooks')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  } satisfies WebhookRepository;
}
