/**
 * Two instances on one database (as in a multi-instance deployment). On PostgreSQL an instance reuses its reads
 * of a session (and the cockpit its read of the workspace) for up to a second (src/app/session-reuse.ts,
 * get-bookings-overview.ts). What a write changes must count at once on the instance that made it and for every
 * write anywhere, and for reads on the other instances within SESSION_REUSE_MS.
 */
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { createSessionCaller } from '../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { describeEachEngine } from '../../test/support/databases.ts';
import { SESSION_REUSE_MS } from '../app/session-reuse.ts';

type Request = { method: 'GET' | 'PATCH' | 'PUT'; url: string; payload?: object };
const PROFILE: Request = { method: 'GET', url: '/api/profile' };

describeEachEngine('reads reused per instance', (get, engine) => {
  let here: TestApp;
  let elsewhere: TestApp;

  const send = (instance: TestApp, headers: Record<string, string>, request: Request = PROFILE) =>
    instance.app.inject({ ...request, headers });
  const status = async (instance: TestApp, headers: Record<string, string>, request: Request = PROFILE) =>
    (await send(instance, headers, request)).statusCode;
  const logOut = async (headers: Record<string, string>) =>
    expect((await here.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(
      204,
    );

  beforeAll(async () => {
    here = await createTestApp(get());
    elsewhere = await createTestApp(get());
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends a logged-out session at once where it ended, and elsewhere within SESSION_REUSE_MS', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { headers } = await createSessionCaller(here, 'sales_rep');
    expect(await status(here, headers)).toBe(200);
    expect(await status(elsewhere, headers)).toBe(200);
    await logOut(headers);
    expect(await status(here, headers)).toBe(401);
    // The documented window: PostgreSQL instances may answer a read from the last second's session read.
    expect(await status(elsewhere, headers)).toBe(engine === 'postgres' ? 200 : 401);
    vi.setSystemTime(Date.now() + SESSION_REUSE_MS);
    expect(await status(elsewhere, headers)).toBe(401);
  });

  it('refuses a write with a logged-out session on every instance at once', async () => {
    const { headers } = await createSessionCaller(here, 'sales_rep');
    expect(await status(elsewhere, headers)).toBe(200);
    await logOut(headers);
    const rename: Request = { method: 'PATCH', url: '/api/profile', payload: { name: 'Nach dem Abmelden' } };
    expect(await status(elsewhere, headers, rename)).toBe(401);
  });

  it('takes a role change made on this instance into account at the next request', async () => {
    const admin = await createSessionCaller(here, 'admin');
    const { user, headers } = await createSessionCaller(here, 'sales_rep');
    const users: Request = { method: 'GET', url: '/api/users' };
    expect(await status(here, headers, users)).toBe(403);
    const change = { method: 'PUT' as const, url: `/api/users/${user.id}/role`, payload: { role: 'admin' } };
    expect(await status(here, admin.headers, change)).toBe(200);
    expect(await status(here, headers, users)).toBe(200);
  });

  it('shows new settings in the cockpit at once on the instance that saved them', async () => {
    const { headers } = await createSessionCaller(here, 'admin');
    const cockpit: Request = { method: 'GET', url: '/api/cockpit/bookings?asOf=2026-11-20' };
    const quarterStart = async () => (await send(here, headers, cockpit)).json().current.start;
    expect(await quarterStart()).toBe('2026-10-01');
    const fiscalYear = {
      method: 'PATCH' as const,
      url: '/api/settings',
      payload: { fiscalYearStartMonth: 2 },
    };
    expect(await status(here, headers, fiscalYear)).toBe(200);
    expect(await quarterStart()).toBe('2026-11-01');
  });
});
