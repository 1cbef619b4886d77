import type { Engine } from '../dialect.ts';
import { references } from '../dialect.ts';
import { type Db, type EngineMigration, table } from './table.ts';

async function createEngineTables(db: Db, engine: Engine): Promise<void> {
  await table(db, engine, 'scan_runs')
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('stats_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();

  await table(db, engine, 'alerts')
    .addColumn('kind', 'text', (c) => c.notNull())
    /** One alert per scope and cause; a later scan updates the row instead of adding one. */
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('first_detected_on', 'text', (c) => c.notNull())
    .addColumn('change_start_on', 'text')
    .addColumn('change_pct', 'double precision')
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('aida_stage', 'text')
    .addColumn('forecast_json', 'text')
    .addColumn('drivers_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('explanation_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('status_reason', 'text')
    .addColumn('status_changed_by', 'bigint', references('users', 'set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('alerts_ws_dedupe', ['workspace_id', 'dedupe_key'])
    .execute();
  await db.schema.createIndex('alerts_ws_status').on('alerts').columns(['workspace_id', 'status']).execute();

  await table(db, engine, 'forecast_snapshots')
    .addColumn('scan_run_id', 'bigint', (c) => c.notNull().references('scan_runs.id').onDelete('cascade'))
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('booked', 'double precision', (c) => c.notNull())
    .addColumn('p10', 'double precision', (c) => c.notNull())
    .addColumn('p50', 'double precision', (c) => c.notNull())
    .addColumn('p90', 'double precision', (c) => c.notNull())
    .addColumn('p_miss', 'double precision', (c) => c.notNull())
    .addColumn('detail_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex('forecast_snapshots_ws_asof')
    .on('forecast_snapshots')
    .columns(['workspace_id', 'as_of'])
    .execute();

  /** Simulation-calibrated thresholds and similar results that are costly to compute and safe to lose. */
  await table(db, engine, 'calibration_cache')
    .addColumn('cache_key', 'text', (c) => c.notNull())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('calibration_cache_ws_key', ['workspace_id', 'cache_key'])
    .execute();
}

export const earlyWarningMigration: EngineMigration = (engine) => ({
  async up(db: Db): Promise<void> {
    await createEngineTables(db, engine);
  },
});
