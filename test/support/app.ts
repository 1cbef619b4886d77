/** The real Fastify app in-process (`app.inject`) over a real test database: no mocked storage. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../src/app/context.ts';
import { VERSION } from '../../src/app/open-context.ts';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/server/app.ts';
import { createAuthenticator } from '../../src/server/authenticate.ts';
import { createStorage } from '../../src/storage/storage.ts';
import type { TestDatabase } from './databases.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
}

export async function createTestApp(
  testDatabase: TestDatabase,
  env: NodeJS.ProcessEnv = {},
): Promise<TestApp> {
  const config = loadConfig({ TANDEM_SCHEDULER: 'false', ...env });
  const ctx: AppContext = {
    storage: createStorage(testDatabase.database),
    database: testDatabase.database,
    config,
    version: VERSION,
  };
  const app = await buildApp({ ctx, authenticate: createAuthenticator(ctx) });
  await app.ready();
  return { app, ctx };
}
