import { sql } from 'kysely';
import type { Engine } from '../dialect.ts';
import { references } from '../dialect.ts';
import { type Db, type EngineMigration, table, withScopeColumns } from './table.ts';

async function createDimensions(db: Db, engine: Engine): Promise<void> {
  for (const name of ['products', 'segments', 'regions', 'teams']) {
    await table(db, engine, name)
      .addColumn('name', 'text', (c) => c.notNull())
      .addUniqueConstraint(`${name}_ws_name`, ['workspace_id', 'name'])
      .execute();
  }
  await table(db, engine, 'owners')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('team_id', 'bigint', references('teams', 'set null'))
    .addColumn('user_id', 'bigint', references('users', 'set null'))
    .addUniqueConstraint('owners_ws_name', ['workspace_id', 'name'])
    .execute();

  await table(db, engine, 'stages')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('default_probability', 'double precision', (c) => c.notNull())
    .addUniqueConstraint('stages_ws_name', ['workspace_id', 'name'])
    .execute();
}

async function createPipeline(db: Db, engine: Engine): Promise<void> {
  await withScopeColumns(table(db, engine, 'deals'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('account', 'text')
    .addColumn('owner_id', 'bigint', references('owners', 'set null'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('open', 'won', 'lost')`))
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('expected_close_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('lost_reason', 'text')
    .addColumn('lost_barrier', 'text')
    .addColumn('lost_barrier_source', 'text')
    .addColumn('competitor', 'text')
    .addColumn('is_renewal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lead_source', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('deals_ws_external', ['workspace_id', 'external_id'])
    .execute();
  // Deliberately few indexes: scans read a workspace's whole pipeline, and every index slows the bulk imports
  // of up to a million rows. The owner index serves a rep's own pipeline.
  await db.schema.createIndex('deals_ws_owner').on('deals').columns(['workspace_id', 'owner_id']).execute();

  await table(db, engine, 'stage_changes')
    .addColumn('deal_id', 'bigint', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('changed_on', 'text', (c) => c.notNull())
    .addUniqueConstraint('stage_changes_deal_stage_on', ['deal_id', 'stage', 'changed_on'])
    .execute();

  await withScopeColumns(table(db, engine, 'leads'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('converted_on', 'text')
    .addColumn('deal_id', 'bigint', references('deals', 'set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('leads_ws_external', ['workspace_id', 'external_id'])
    .execute();
  await db.schema
    .createIndex('leads_ws_created')
    .on('leads')
    .columns(['workspace_id', 'created_on'])
    .execute();

  await withScopeColumns(table(db, engine, 'metric_observations'))
    .addColumn('metric_key', 'text', (c) => c.notNull())
    .addColumn('observed_on', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addUniqueConstraint('metric_obs_unique', ['workspace_id', 'metric_key', 'scope_key', 'observed_on'])
    .execute();

  await withScopeColumns(table(db, engine, 'targets'))
    .addColumn('team_id', 'bigint', references('teams', 'cascade'))
    .addColumn('owner_id', 'bigint', references('owners', 'cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_start_on', 'text', (c) => c.notNull())
    .addColumn('period_end_on', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) =>
      c.notNull().check(sql`measure in ('bookings', 'deals_won', 'renewals')`),
    )
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('targets_unique', ['workspace_id', 'period', 'measure', 'scope_key'])
    .execute();
}

async function createImports(db: Db, engine: Engine): Promise<void> {
  await table(db, engine, 'imports')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('preset', 'text')
    .addColumn('as_of', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_by', 'bigint', references('users', 'set null'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inserted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('format_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('errors_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  await table(db, engine, 'import_mappings')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mapping_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('import_mappings_ws_name', ['workspace_id', 'name'])
    .execute();
}

export const pipelineMigration: EngineMigration = (engine) => ({
  async up(db: Db): Promise<void> {
    await createDimensions(db, engine);
    await createPipeline(db, engine);
    await createImports(db, engine);
  },
});
