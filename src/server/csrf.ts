/**
 * Cross-site request forgery defences for cookie-authenticated writes: (1) the Origin (or Referer) of a write
 * must be this server, and the browser must not flag it cross-site; (2) the `x-csrf-token` header must equal
 * the session's CSRF token, which only pages of this origin can read from the `tandem_csrf` cookie.
 * Requests with a bearer token need neither: a browser never attaches one on its own.
 */
import type { FastifyRequest } from 'fastify';
import { isSameSecret } from '../app/secrets.ts';
import { AppError } from '../core/errors.ts';
import { CSRF_HEADER } from './session-cookies.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isStateChanging(request: FastifyRequest): boolean {
  return !SAFE_METHODS.has(request.method);
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Refuses a write that a browser says comes from another site. Without Origin and Referer (curl), allows it. */
export function assertSameOrigin(request: FastifyRequest, publicUrl: string): void {
  const own = new Set([originOf(`${request.protocol}://${request.host}`), originOf(publicUrl)]);
  const origin = request.headers.origin;
  const referer = request.headers.referer;
  const claimed = origin ? originOf(origin) : referer ? originOf(referer) : undefined;
  const isCrossSite = request.headers['sec-fetch-site'] === 'cross-site';
  if (isCrossSite || (claimed !== undefined && (claimed === null || !own.has(claimed)))) {
    throw new AppError(
      'FORBIDDEN',
      `Cross-site request refused: ${origin ?? referer ?? 'another site'} may not write to this Tandem`,
    );
  }
}

/** Refuses a cookie-authenticated write whose x-csrf-token header does not match the session's token. */
export function assertCsrfToken(request: FastifyRequest, expected: string): void {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent === 'string' && isSameSecret(sent, expected)) return;
  throw new AppError(
    'FORBIDDEN',
    `Missing or wrong ${CSRF_HEADER} header: reload the page and try again (API clients: send the tandem_csrf cookie's value)`,
  );
}
