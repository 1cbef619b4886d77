import { healthSchema } from '../../contract/health.ts';
import { getMigrationStatus } from '../../storage/migrate.ts';
import { definePublicRoute } from '../route.ts';

export const healthRoutes = [
  definePublicRoute({
    method: 'GET',
    url: '/api/health',
    summary: 'Liveness, version, database engine and migration level',
    tags: ['operations'],
    response: healthSchema,
    async handler({ ctx }) {
      const migration = await getMigrationStatus(ctx.database);
      return { status: 'ok' as const, version: ctx.version, engine: ctx.database.engine, migration };
    },
  }),
];
