import type { Kysely, Selectable } from 'kysely';
import { LOCALES, type Locale } from '../../core/types.ts';
import type { NotificationRecord, NotificationRepository } from '../notifications-port.ts';
import type { Database } from '../schema/index.ts';
import { forEachChunk, ROWS_PER_INSERT } from './batch.ts';

function toLocale(value: string): Locale {
  return LOCALES.find((locale) => locale === value) ?? 'de';
}

function toNotification(row: Selectable<Database['notifications']>): NotificationRecord {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}

export function createNotificationRepository(db: Kysely<Database>) {
  return {
    async listRecipients(workspaceId, userIds) {
      if (userIds.length === 0) return [];
      const rows = await db
        .selectFrom('users')
        .select(['id', 'email', 'name', 'locale'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', [...new Set(userIds)])
        .where('is_active', '=', 1)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({ ...row, locale: toLocale(row.locale) }));
    },
    async insertMany(rows) {
      let inserted = 0;
      await forEachChunk([...rows], ROWS_PER_INSERT, async (chunk) => {
        const result = await db
          .insertInto('notifications')
          .values(
            chunk.map((row) => ({
              workspace_id: row.workspaceId,
              user_id: row.userId,
              kind: row.kind,
              title: row.title,
              body: row.body,
              link: row.link,
              read_at: null,
              created_at: row.createdAt,
              dedupe_key: row.dedupeKey,
            })),
          )
          .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
          .returning('id')
          .execute();
        inserted += result.length;
      });
      return inserted;
    },
    async listForUser(workspaceId, userId, { limit, beforeId, isUnreadOnly }) {
      let query = db
        .selectFrom('notifications')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId);
      if (beforeId !== undefined) query = query.where('id', '<', beforeId);
      if (isUnreadOnly) query = query.where('read_at', 'is', null);
      const rows = await query.orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toNotification);
    },
    async countUnread(workspaceId, userId) {
      const row = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async markRead({ workspaceId, userId, id, at }) {
      const row = await db
        .updateTable('notifications')
        .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
        .where('id', '=', id)
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .returningAll()
        .executeTakeFirst();
      return row ? toNotification(row) : null;
    },
    async markAllRead({ workspaceId, userId, at }) {
      const result = await db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async listPreferenceChoices(userIds) {
      if (userIds.length === 0) return [];
      const rows = await db
        .selectFrom('notification_preferences')
        .selectAll()
        .where('user_id', 'in', [...new Set(userIds)])
        .execute();
      return rows.map((row) => ({
        userId: row.user_id,
        kind: row.kind,
        channel: row.channel,
        isEnabled: row.is_enabled === 1,
      }));
    },
    async savePreferenceChoices(userId, choices) {
      // One row per kind and channel (the last choice wins): PostgreSQL refuses to upsert a row twice in one go.
      const latest = new Map(choices.map((choice) => [`${choice.kind}/${choice.channel}`, choice]));
      if (latest.size === 0) return;
      await db
        .insertInto('notification_preferences')
        .values(
          [...latest.values()].map((choice) => ({
            user_id: userId,
            kind: choice.kind,
            channel: choice.channel,
            is_enabled: choice.isEnabled ? 1 : 0,
          })),
        )
        .onConflict((conflict) =>
          conflict
            .columns(['user_id', 'kind', 'channel'])
            .doUpdateSet((eb) => ({ is_enabled: eb.ref('excluded.is_enabled') })),
        )
        .execute();
    },
  } satisfies NotificationRepository;
}
