/**
 * Two instances on one database (as in a multi-instance deployment): on PostgreSQL safe requests reuse a session
 * read for up to SESSION_REUSE_MS (src/app/session-reuse.ts). A log-out must end the session at once on the
 * instance that did it and for every write anywhere, and on the other instances within SESSION_REUSE_MS.
 */
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { createSessionCaller } from '../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { describeEachEngine } from '../../test/support/databases.ts';
import { SESSION_REUSE_MS } from '../app/session-reuse.ts';

describeEachEngine('a session ended on one instance', (get) => {
  let here: TestApp;
  let elsewhere: TestApp;

  const status = async (
    instance: TestApp,
    headers: Record<string, string>,
    request: { method: 'GET' | 'PATCH'; url: string; payload?: object } = {
      method: 'GET',
      url: '/api/profile',
    },
  ) => (await instance.app.inject({ ...request, headers })).statusCode;

  beforeAll(async () => {
    here = await createTestApp(get());
    elsewhere = await createTestApp(get());
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is refused at once where it ended, for writes everywhere, and for reads elsewhere within the reuse time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { headers } = await createSessionCaller(here, 'sales_rep');
    expect(await status(here, headers)).toBe(200);
    expect(await status(elsewhere, headers)).toBe(200);

    const out = await here.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(204);

    expect(await status(here, headers)).toBe(401);
    const write = { method: 'PATCH' as const, url: '/api/profile', payload: { name: 'Nach dem Abmelden' } };
    expect(await status(elsewhere, headers, write)).toBe(401);
    vi.setSystemTime(Date.now() + SESSION_REUSE_MS);
    expect(await status(elsewhere, headers)).toBe(401);
  });

  it('takes a role change made on this instance into account at the next request', async () => {
    const admin = await createSessionCaller(here, 'admin');
    const { user, headers } = await createSessionCaller(here, 'sales_rep');
    expect(await status(here, headers, { method: 'GET', url: '/api/users' })).toBe(403);
    const change = await here.app.inject({
      method: 'PUT',
      url: `/api/users/${user.id}/role`,
      headers: admin.headers,
      payload: { role: 'admin' },
    });
    expect(change.statusCode).toBe(200);
    expect(await status(here, headers, { method: 'GET', url: '/api/users' })).toBe(200);
  });
});
