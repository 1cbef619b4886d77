import { sql } from 'kysely';
import type { Readiness } from '../contract/health.ts';
import { getMigrationStatus } from '../storage/migrate.ts';
import { LATEST_MIGRATION } from '../storage/migrations/index.ts';
import type { AppContext } from './context.ts';

/**
 * Ready to take traffic: the database answers and its migrations are the ones this version expects. A load
 * balancer routes to an instance only while this holds (an instance started before a migration by a newer
 * version, or cut off from PostgreSQL, drops out).
 */
export async function checkReadiness(ctx: AppContext): Promise<Readiness> {
  try {
    await sql`select 1`.execute(ctx.database.db);
  } catch (error) {
    return {
      status: 'not_ready',
      checks: {
        database: { isOk: false, message: `database unreachable: ${(error as Error).message}` },
        migrations: { isOk: false, level: null, latest: LATEST_MIGRATION },
      },
    };
  }
  const migration = await getMigrationStatus(ctx.database);
  return {
    status: migration.isCurrent ? 'ready' : 'not_ready',
    checks: {
      database: { isOk: true },
      migrations: { isOk: migration.isCurrent, level: migration.level, latest: migration.latest },
    },
  };
}
