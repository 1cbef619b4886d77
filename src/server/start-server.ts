import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { buildApp } from './app.ts';
import { createAuthenticator } from './authenticate.ts';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Listens on the configured host and port; closes gracefully (drains requests) on close(). */
export async function startServer(ctx: AppContext): Promise<RunningServer> {
  const app = await buildApp({ ctx, authenticate: createAuthenticator(ctx), logLevel: ctx.config.logLevel });
  await app.listen({ port: ctx.config.port, host: ctx.config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : ctx.config.port;
  return {
    app,
    url: `http://localhost:${port}`,
    close: async () => {
      await app.close();
    },
  };
}
