/**
 * The two cookies of a session. `tandem_session` holds the session id: HttpOnly (scripts cannot read it),
 * SameSite=Lax (not sent on cross-site POSTs), Secure over HTTPS. `tandem_csrf` holds the session's CSRF token
 * and is readable on purpose: the web client copies it into the `x-csrf-token` header (double submit).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StartedSession } from '../app/start-session.ts';

export const SESSION_COOKIE = 'tandem_session';
export const CSRF_COOKIE = 'tandem_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** HTTPS directly or, with TRUST_PROXY, as the proxy reports it in X-Forwarded-Proto. */
function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export function readSessionId(request: FastifyRequest): string | null {
  const value = request.cookies[SESSION_COOKIE];
  return value ? value : null;
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: StartedSession,
): void {
  const maxAge = Math.max(0, Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000));
  const common = { path: '/', sameSite: 'lax' as const, secure: isSecure(request), maxAge };
  reply.setCookie(SESSION_COOKIE, session.sessionId, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  const common = { path: '/', sameSite: 'lax' as const, secure: isSecure(request) };
  reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...common, httpOnly: false });
}
