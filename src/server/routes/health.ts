import { checkReadiness } from '../../app/check-readiness.ts';
import { healthSchema, readinessSchema } from '../../contract/health.ts';
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
  definePublicRoute({
    method: 'GET',
    url: '/api/ready',
    summary: 'Readiness: database reachable and migrations current (503 otherwise)',
    tags: ['operations'],
    async handler({ ctx, reply }) {
      const readiness = readinessSchema.parse(await checkReadiness(ctx));
      return reply.code(readiness.status === 'ready' ? 200 : 503).send(readiness);
    },
  }),
];
