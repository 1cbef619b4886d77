import type { Engine } from '../dialect.ts';
import { references } from '../dialect.ts';
import { type Db, type EngineMigration, table } from './table.ts';

async function createCollaboration(db: Db, engine: Engine): Promise<void> {
  await table(db, engine, 'support_requests')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('evidence_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('requested_by', 'bigint', references('users', 'set null'))
    .addColumn('marketing_owner_id', 'bigint', references('users', 'set null'))
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('requested'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('support_requests_ws_status')
    .on('support_requests')
    .columns(['workspace_id', 'status'])
    .execute();

  await db.schema
    .createTable('support_request_alerts')
    .addColumn('request_id', 'bigint', (c) =>
      c.notNull().references('support_requests.id').onDelete('cascade'),
    )
    .addColumn('alert_id', 'bigint', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('support_request_alerts_pk', ['request_id', 'alert_id'])
    .execute();

  await table(db, engine, 'comments')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'bigint', (c) => c.notNull())
    .addColumn('author_id', 'bigint', references('users', 'set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mentions_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('comments_entity')
    .on('comments')
    .columns(['workspace_id', 'entity', 'entity_id'])
    .execute();

  await table(db, engine, 'questions')
    .addColumn('catalogue_key', 'text')
    .addColumn('barrier', 'text')
    .addColumn('aida_stage', 'text')
    .addColumn('answer_type', 'text', (c) => c.notNull())
    .addColumn('text_de', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    .addColumn('options_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'bigint', references('users', 'set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('questions_ws_catalogue_key', ['workspace_id', 'catalogue_key'])
    .execute();

  await table(db, engine, 'question_sets')
    .addColumn('request_id', 'bigint', (c) =>
      c.notNull().references('support_requests.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('deadline_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('created_by', 'bigint', references('users', 'set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();

  await table(db, engine, 'question_set_items', false)
    .addColumn('question_set_id', 'bigint', (c) =>
      c.notNull().references('question_sets.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'bigint', (c) => c.notNull().references('questions.id').onDelete('restrict'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('question_set_items_unique', ['question_set_id', 'question_id'])
    .execute();

  await table(db, engine, 'question_set_recipients', false)
    .addColumn('question_set_id', 'bigint', (c) =>
      c.notNull().references('question_sets.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('submitted_at', 'text')
    .addColumn('reminded_at', 'text')
    .addUniqueConstraint('question_set_recipients_unique', ['question_set_id', 'user_id'])
    .execute();

  await table(db, engine, 'answers')
    .addColumn('question_set_id', 'bigint', (c) =>
      c.notNull().references('question_sets.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'bigint', (c) => c.notNull().references('questions.id').onDelete('restrict'))
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('value_json', 'text', (c) => c.notNull().defaultTo('null'))
    .addColumn('text', 'text')
    .addColumn('competitor', 'text')
    .addColumn('coded_barrier', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('answers_unique', ['question_set_id', 'question_id', 'user_id'])
    .execute();

  await table(db, engine, 'answer_deals', false)
    .addColumn('answer_id', 'bigint', (c) => c.notNull().references('answers.id').onDelete('cascade'))
    .addColumn('deal_id', 'bigint', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addUniqueConstraint('answer_deals_unique', ['answer_id', 'deal_id'])
    .execute();

  /** Confirmed barrier labels for free text (lost reasons, answers): training data for the coder. */
  await table(db, engine, 'text_labels')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'bigint')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('barrier', 'text', (c) => c.notNull())
    .addColumn('labelled_by', 'bigint', references('users', 'set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await table(db, engine, 'diagnoses')
    .addColumn('request_id', 'bigint', (c) =>
      c.notNull().unique().references('support_requests.id').onDelete('cascade'),
    )
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('aida_stage', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();
}

export const collaborationMigration: EngineMigration = (engine) => ({
  async up(db: Db): Promise<void> {
    await createCollaboration(db, engine);
  },
});
