import { beforeAll, describe, expect, it } from 'vitest';
import { ensureWorkspace, logInViaApi } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { addUser } from '../../app/add-user.ts';
import { hashSecret } from '../../app/secrets.ts';

const PASSWORD = 'Kaffee mit Hafermilch';
const MINUTE = 60_000;

describeEachEngine('session lifetime, password change and lockout', (get) => {
  let testApp: TestApp;
  let workspaceId: number;

  async function addAccount(email: string) {
    const actor = { workspaceId, userId: null };
    await addUser({ storage: testApp.ctx.storage, actor, email, role: 'sales_rep', password: PASSWORD });
  }

  async function moveSession(sessionId: string, changes: { last_seen_at?: string; expires_at?: string }) {
    await get()
      .database.db.updateTable('sessions')
      .set(changes)
      .where('id_hash', '=', hashSecret(sessionId))
      .execute();
  }

  const profileStatus = async (headers: Record<string, string>) =>
    (await testApp.app.inject({ method: 'GET', url: '/api/profile', headers })).statusCode;

  beforeAll(async () => {
    testApp = await createTestApp(get(), {
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '8',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_MAX_FAILURES_PER_IP: '5',
      LOGIN_LOCKOUT_MINUTES: '15',
    });
    workspaceId = await ensureWorkspace(testApp);
    for (const name of ['idle', 'absolute', 'change', 'locked', 'other', 'ip1', 'ip2', 'ip3'])
      await addAccount(`${name}@firma.de`);
  });

  describe('timeouts', () => {
    it('ends a session idle for longer than SESSION_IDLE_MINUTES, and keeps an active one alive', async () => {
      const { sessionId, headers } = await logInViaApi(testApp, {
        email: 'idle@firma.de',
        password: PASSWORD,
      });
      if (!sessionId) throw new Error('no session');
      const now = Date.now();
      await moveSession(sessionId, { last_seen_at: new Date(now - 29 * MINUTE).toISOString() });
      expect(await profileStatus(headers)).toBe(200);
      // That request counted as activity: the idle clock starts again.
      const touched = await testApp.ctx.storage.sessions.find(hashSecret(sessionId));
      expect(Date.parse(touched?.lastSeenAt ?? '')).toBeGreaterThanOrEqual(now - MINUTE);
      await moveSession(sessionId, { last_seen_at: new Date(now - 31 * MINUTE).toISOString() });
      expect(await profileStatus(headers)).toBe(401);
    });

    it('ends a session at its absolute end however active it is', async () => {
      const { sessionId, headers } = await logInViaApi(testApp, {
        email: 'absolute@firma.de',
        password: PASSWORD,
      });
      if (!sessionId) throw new Error('no session');
      const row = await testApp.ctx.storage.sessions.find(hashSecret(sessionId));
      const hours = (Date.parse(row?.expiresAt ?? '') - Date.parse(row?.createdAt ?? '')) / (60 * MINUTE);
      expect(hours).toBe(8);
      await moveSession(sessionId, {
        last_seen_at: new Date().toISOString(),
        expires_at: new Date(Date.now() - 1000).toISOString(),
      });
      expect(await profileStatus(headers)).toBe(401);
      expect(await testApp.ctx.storage.sessions.find(hashSecret(sessionId))).toBeNull();
    });
  });

  it('a password change ends the other sessions, rotates this one, and only the new password works', async () => {
    const phone = await logInViaApi(testApp, { email: 'change@firma.de', password: PASSWORD });
    const laptop = await logInViaApi(testApp, { email: 'change@firma.de', password: PASSWORD });
    const weak = await testApp.app.inject({
      method: 'POST',
      url: '/api/profile/password',
      headers: laptop.headers,
      payload: { currentPassword: PASSWORD, newPassword: 'kurz' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0]).toMatchObject({ field: 'body.newPassword' });
    const newPassword = 'Tee mit Zitrone und Honig';
    const changed = await testApp.app.inject({
      method: 'POST',
      url: '/api/profile/password',
      headers: laptop.headers,
      payload: { currentPassword: PASSWORD, newPassword },
    });
    expect(changed.statusCode).toBe(204);
    const rotated = changed.cookies.find((c) => c.name === 'tandem_session')?.value;
    expect(rotated).toBeTruthy();
    expect(rotated).not.toBe(laptop.sessionId);
    expect(await profileStatus(phone.headers)).toBe(401);
    expect(await profileStatus(laptop.headers)).toBe(401);
    const csrf = changed.cookies.find((c) => c.name === 'tandem_csrf')?.value ?? '';
    expect(await profileStatus({ cookie: `tandem_session=${rotated}; tandem_csrf=${csrf}` })).toBe(200);
    const old = await logInViaApi(testApp, { email: 'change@firma.de', password: PASSWORD });
    const fresh = await logInViaApi(testApp, { email: 'change@firma.de', password: newPassword });
    expect([old.response.statusCode, fresh.response.statusCode]).toEqual([401, 200]);
  });

  describe('lockout', () => {
    it('locks an account after LOGIN_MAX_FAILURES failures, even for the right password, from any address', async () => {
      for (const address of ['10.0.1.1', '10.0.1.2', '10.0.1.3']) {
        const { response } = await logInViaApi(testApp, {
          email: 'locked@firma.de',
          password: 'falsches Passwort',
          remoteAddress: address,
        });
        expect(response.statusCode).toBe(401);
      }
      const right = await logInViaApi(testApp, {
        email: 'locked@firma.de',
        password: PASSWORD,
        remoteAddress: '10.0.1.4',
      });
      expect(right.response.statusCode).toBe(429);
      expect(right.response.json().error.message).toMatch(/wait 15 minutes/);
      const other = await logInViaApi(testApp, {
        email: 'other@firma.de',
        password: PASSWORD,
        remoteAddress: '10.0.1.4',
      });
      expect(other.response.statusCode).toBe(200);
    });

    it('locks an address after LOGIN_MAX_FAILURES_PER_IP failures across accounts, not other addresses', async () => {
      const address = '10.0.2.1';
      const emails = [
        'ip1@firma.de',
        'ip2@firma.de',
        'nobody1@firma.de',
        'nobody2@firma.de',
        'nobody3@firma.de',
      ];
      for (const email of emails) {
        const { response } = await logInViaApi(testApp, {
          email,
          password: 'falsches Passwort',
          remoteAddress: address,
        });
        expect(response.statusCode).toBe(401);
      }
      const sameAddress = await logInViaApi(testApp, {
        email: 'ip3@firma.de',
        password: PASSWORD,
        remoteAddress: address,
      });
      expect(sameAddress.response.statusCode).toBe(429);
      const elsewhere = await logInViaApi(testApp, {
        email: 'ip3@firma.de',
        password: PASSWORD,
        remoteAddress: '10.0.2.2',
      });
      expect(elsewhere.response.statusCode).toBe(200);
    });

    it('opens again once the failures have left the window', async () => {
      const since = new Date(Date.now() - 16 * MINUTE).toISOString();
      await get()
        .database.db.updateTable('login_attempts')
        .set({ at: since })
        .where('attempt_key', '=', 'account:locked@firma.de')
        .execute();
      const { response } = await logInViaApi(testApp, {
        email: 'locked@firma.de',
        password: PASSWORD,
        remoteAddress: '10.0.1.9',
      });
      expect(response.statusCode).toBe(200);
    });
  });
});
