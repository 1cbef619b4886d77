/** Serves the built SPA from dist/web; any non-API GET that is not a file gets index.html (client-side routing). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../core/errors.ts';
import { notFoundError } from './errors.ts';

export const WEB_DIST_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

function sendApp(reply: FastifyReply, hasBuild: boolean) {
  if (!hasBuild)
    throw new AppError('NOT_FOUND', 'The web app is not built yet: run `npm run build` (npm start does it)');
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}

export async function registerSpa(app: FastifyInstance): Promise<void> {
  const hasBuild = existsSync(`${WEB_DIST_DIR}/index.html`);
  if (hasBuild) {
    // Wildcard: files are looked up per request, so a rebuilt app is served without a restart.
    await app.register(fastifyStatic, { root: WEB_DIST_DIR, index: false, maxAge: '1h' });
  }
  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendApp(reply, hasBuild));
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api') throw notFoundError(request.method, request.url);
    // A missing asset (a path with a file extension) is a 404, not the app: a stale tab must not get HTML as JS.
    if (request.method !== 'GET' || /\.[a-z0-9]+$/i.test(path))
      throw new AppError('NOT_FOUND', `Not found: ${path}`);
    return sendApp(reply, hasBuild);
  });
}
