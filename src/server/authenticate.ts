/**
 * Resolves the caller of an /api request: `Authorization: Bearer <API token>`, else the session cookie.
 * A bad or revoked token, or an expired session, resolves to nobody (the route then answers 401). Cookie
 * writes pass the CSRF checks here, before any route runs (routes carry their permission in their config).
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { resolveApiToken, resolveSession } from '../app/resolve-caller.ts';
import { createSessionReuse, type SessionReuse } from '../app/session-reuse.ts';
import { assertCsrfToken, assertSameOrigin, isStateChanging } from './csrf.ts';
import type { Principal } from './principal.ts';
import { readSessionId } from './session-cookies.ts';

function readBearer(request: FastifyRequest): string | null | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

async function authenticateToken(ctx: AppContext, request: FastifyRequest, secret: string) {
  const token = await resolveApiToken({ storage: ctx.storage, secret });
  if (!token) return null;
  const principal: Principal = {
    kind: 'token',
    workspaceId: token.workspaceId,
    role: token.role,
    userId: token.createdBy,
    tokenId: token.id,
    name: token.name,
    locale: 'en',
    ip: request.ip,
  };
  return principal;
}

async function authenticateSession(ctx: AppContext, request: FastifyRequest, reuse: SessionReuse | null) {
  const isWrite = isStateChanging(request);
  if (isWrite) assertSameOrigin(request, ctx.config.publicUrl);
  const sessionId = readSessionId(request);
  if (!sessionId) return null;
  const caller = await resolveSession({
    storage: ctx.storage,
    config: ctx.config,
    sessionId,
    ...(reuse && !isWrite ? { reuse } : {}),
  });
  if (!caller) return null;
  // Public routes (login, logout) do not act with the session's authority, so they need no token; the Origin
  // check above still applies to them.
  const isPublicRoute = request.routeOptions.config.permission === 'public';
  if (isWrite && !isPublicRoute) assertCsrfToken(request, caller.session.csrfToken);
  const { user } = caller;
  const principal: Principal = {
    kind: 'user',
    workspaceId: user.workspaceId,
    role: user.role,
    userId: user.id,
    tokenId: null,
    name: user.name,
    locale: user.locale,
    ip: request.ip,
  };
  return principal;
}

export interface Authenticator {
  /** The caller of a request, or null for nobody. */
  identify(request: FastifyRequest): Promise<Principal | null>;
  /** A state-changing request has ended: whatever it changed (sessions, users, roles) counts from now on. */
  afterWrite(): void;
}

/**
 * On PostgreSQL, safe requests reuse a session read for up to a second (src/app/session-reuse.ts); on SQLite the
 * read is an in-process call of microseconds, and every request reads afresh.
 */
export function createAuthenticator(ctx: AppContext): Authenticator {
  const reuse = ctx.storage.engine === 'postgres' ? createSessionReuse() : null;
  return {
    async identify(request) {
      const bearer = readBearer(request);
      if (bearer !== undefined) return bearer ? authenticateToken(ctx, request, bearer) : null;
      return authenticateSession(ctx, request, reuse);
    },
    afterWrite() {
      reuse?.forgetAll();
    },
  };
}
