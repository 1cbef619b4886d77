/**
 * Prometheus at GET /metrics and the request-latency histogram behind it. The endpoint shows counts and
 * timings only (no names, no amounts). With METRICS_TOKEN set it needs `Authorization: Bearer <token>`; without
 * it, only callers on this machine (loopback) may read it, so a Tandem on a public address does not publish
 * its metrics by accident.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.ts';
import { getMetrics } from '../metrics.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function assertMayRead(request: FastifyRequest, token: string | undefined): void {
  if (token === undefined) {
    if (LOOPBACK.has(request.socket.remoteAddress ?? '')) return;
    throw new AppError('FORBIDDEN', '/metrics answers only on this machine unless METRICS_TOKEN is set');
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1] || !isSameSecret(match[1], token)) {
    throw new AppError('UNAUTHENTICATED', 'Send METRICS_TOKEN as a Bearer token to read /metrics');
  }
}

export function registerMetrics(app: FastifyInstance, token: string | undefined): void {
  const { registry, httpDuration } = getMetrics();
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern (`/api/users/:id`), never the raw URL; unmatched URLs share one label.
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    assertMayRead(request, token);
    reply.header('cache-control', 'no-store').type(registry.contentType);
    return registry.metrics();
  });
}
