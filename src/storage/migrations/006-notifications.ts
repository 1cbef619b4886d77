import type { Db, EngineMigration } from './table.ts';

/**
 * What delivering notifications needed beyond migration 005:
 * - `notifications.dedupe_key`: the inbox gets the outbox's once-only guarantee, so an event recorded twice (a
 *   retried request, a scheduler that runs again) shows once. Null on older rows; both engines allow many nulls
 *   under a unique index.
 * - `webhooks.locale`: the language a channel's messages are written in (a person has one; a channel needs one).
 */
export const notificationsMigration: EngineMigration = () => ({
  async up(db: Db): Promise<void> {
    await db.schema.alterTable('notifications').addColumn('dedupe_key', 'text').execute();
    await db.schema
      .createIndex('notifications_dedupe_key')
      .on('notifications')
      .column('dedupe_key')
      .unique()
      .execute();
    await db.schema
      .alterTable('webhooks')
      .addColumn('locale', 'text', (column) => column.notNull().defaultTo('de'))
      .execute();
  },
});
