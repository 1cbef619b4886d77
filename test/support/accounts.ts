/**
 * Callers for API tests: a user of a role with a live session (cookie + CSRF header), or an API token. They
 * are created through the same storage and session code the app uses, without argon2 (no password needed),
 * so a test can make dozens of them cheaply. Spread `headers` into `app.inject({ headers })`.
 */
import { createApiToken } from '../../src/app/create-api-token.ts';
import { startSession } from '../../src/app/start-session.ts';
import type { Role } from '../../src/core/types.ts';
import type { User } from '../../src/storage/port.ts';
import type { TestApp } from './app.ts';

let counter = 0;

/** The default workspace, created ("Test") when the database has none. */
export async function ensureWorkspace({ ctx }: TestApp): Promise<number> {
  const existing = await ctx.storage.workspaces.findDefault();
  return existing?.id ?? (await ctx.storage.workspaces.create({ name: 'Test', slug: 'test' })).id;
}

export function sessionHeaders(session: { sessionId: string; csrfToken: string }): Record<string, string> {
  return {
    cookie: `tandem_session=${session.sessionId}; tandem_csrf=${session.csrfToken}`,
    'x-csrf-token': session.csrfToken,
  };
}

/** A new user of `role` (in the default workspace unless given) with a fresh session. */
export async function createSessionCaller(
  testApp: TestApp,
  role: Role,
  options: { workspaceId?: number; email?: string } = {},
): Promise<{ user: User; headers: Record<string, string> }> {
  const { ctx } = testApp;
  const workspaceId = options.workspaceId ?? (await ensureWorkspace(testApp));
  counter += 1;
  const user = await ctx.storage.users.create({
    workspaceId,
    email: options.email ?? `${role}-${counter}-${process.pid}@test.tandem`,
    name: `${role} ${counter}`,
    role,
    passwordHash: null,
  });
  const session = await startSession({
    storage: ctx.storage,
    config: ctx.config,
    userId: user.id,
    ip: '127.0.0.1',
    userAgent: 'vitest',
  });
  return { user, headers: sessionHeaders(session) };
}

/** A new API token of `role`: `Authorization: Bearer …`. */
export async function createTokenCaller(
  testApp: TestApp,
  role: Role,
  options: { workspaceId?: number } = {},
): Promise<{ tokenId: number; headers: Record<string, string> }> {
  const workspaceId = options.workspaceId ?? (await ensureWorkspace(testApp));
  const { token, secret } = await createApiToken({
    storage: testApp.ctx.storage,
    actor: { workspaceId, userId: null },
    name: `${role} integration`,
    role,
  });
  return { tokenId: token.id, headers: { authorization: `Bearer ${secret}` } };
}

/** Headers of a fresh session of `role` in the default workspace: the short form for feature tests. */
export async function authHeaders(testApp: TestApp, role: Role = 'admin'): Promise<Record<string, string>> {
  return (await createSessionCaller(testApp, role)).headers;
}

/** Cookies a response sets, by name (`undefined` value when cleared). */
export function cookiesOf(response: {
  cookies: { name: string; value: string }[];
}): Record<string, string | undefined> {
  return Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie.value || undefined]));
}

/** Logs in through POST /api/auth/login; `headers` carry the new session for the next requests. */
export async function logInViaApi(
  testApp: TestApp,
  login: { email: string; password: string; remoteAddress?: string; headers?: Record<string, string> },
) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: login.email, password: login.password },
    headers: login.headers ?? {},
    ...(login.remoteAddress ? { remoteAddress: login.remoteAddress } : {}),
  });
  const cookies = cookiesOf(response);
  const sessionId = cookies.tandem_session;
  const csrfToken = cookies.tandem_csrf;
  const headers = sessionId && csrfToken ? sessionHeaders({ sessionId, csrfToken }) : {};
  return { response, headers, sessionId };
}
