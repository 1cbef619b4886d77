/** Serves the built SPA from dist/web; any non-API GET that is not a file gets index.html (client-side routing). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors.ts';
import { notFoundError } from './errors.ts';

export const WEB_DIST_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export async function registerSpa(app: FastifyInstance): Promise<void> {
  const hasBuild = existsSync(`${WEB_DIST_DIR}/index.html`);
  if (hasBuild) {
    await app.register(fastifyStatic, { root: WEB_DIST_DIR, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && path !== '/api';
    if (!isPage) throw notFoundError(request.method, request.url);
    if (!hasBuild)
      throw new AppError(
        'NOT_FOUND',
        'The web app is not built yet: run `npm run build` (npm start does it)',
      );
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
