import type { Engine } from '../dialect.ts';
import { references } from '../dialect.ts';
import { type Db, type EngineMigration, table } from './table.ts';

async function createCampaigns(db: Db, engine: Engine): Promise<void> {
  await table(db, engine, 'campaigns')
    .addColumn('request_id', 'bigint', references('support_requests', 'set null'))
    .addColumn('diagnosis_id', 'bigint', references('diagnoses', 'set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('objective_stage', 'text')
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('barriers_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('brief_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('owner_id', 'bigint', references('users', 'set null'))
    .addColumn('approved_by', 'bigint', references('users', 'set null'))
    .addColumn('approved_at', 'text')
    .addColumn('start_on', 'text')
    .addColumn('end_on', 'text')
    .addColumn('budget_cents', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await table(db, engine, 'brief_versions', false)
    .addColumn('campaign_id', 'bigint', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('author_id', 'bigint', references('users', 'set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('brief_versions_unique', ['campaign_id', 'version'])
    .execute();

  await table(db, engine, 'campaign_evaluations')
    .addColumn('campaign_id', 'bigint', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('evaluated_on', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await table(db, engine, 'learnings')
    .addColumn('campaign_id', 'bigint', references('campaigns', 'set null'))
    .addColumn('barrier', 'text')
    .addColumn('aida_stage', 'text')
    .addColumn('channels_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('effect_pct', 'double precision')
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

async function createNotifications(db: Db, engine: Engine): Promise<void> {
  await table(db, engine, 'notifications')
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('link', 'text')
    .addColumn('read_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notifications_user')
    .on('notifications')
    .columns(['user_id', 'read_at'])
    .execute();

  /** Transactional outbox: written with the event, delivered later with retries; dedupe_key makes delivery once. */
  await table(db, engine, 'outbox')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('is_enabled', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'kind', 'channel'])
    .execute();

  await table(db, engine, 'webhooks')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('events_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export const campaignsAndNotificationsMigration: EngineMigration = (engine) => ({
  async up(db: Db): Promise<void> {
    await createCampaigns(db, engine);
    await createNotifications(db, engine);
  },
});
