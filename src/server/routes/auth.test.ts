import { beforeAll, describe, expect, it } from 'vitest';
import { createTokenCaller, ensureWorkspace, logInViaApi } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { addUser } from '../../app/add-user.ts';
import { LOGIN_FAILED_MESSAGE } from '../../app/log-in.ts';
import { errorBodySchema } from '../../contract/errors.ts';

const PASSWORD = 'Kaffee mit Hafermilch';

describeEachEngine('login, sessions and CSRF', (get) => {
  let testApp: TestApp;
  let workspaceId: number;

  async function addAccount(email: string, role: 'admin' | 'marketing' = 'marketing') {
    const actor = { workspaceId, userId: null };
    return (await addUser({ storage: testApp.ctx.storage, actor, email, role, password: PASSWORD })).user;
  }

  beforeAll(async () => {
    testApp = await createTestApp(get());
    workspaceId = await ensureWorkspace(testApp);
    await addAccount('mara@firma.de');
  });

  it('logs in with the right password and sets HttpOnly, SameSite cookies for the session and CSRF token', async () => {
    const { response, headers } = await logInViaApi(testApp, {
      email: ' Mara@Firma.de ',
      password: PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().profile).toMatchObject({
      kind: 'user',
      email: 'mara@firma.de',
      role: 'marketing',
    });
    const session = response.cookies.find((c) => c.name === 'tandem_session');
    const csrf = response.cookies.find((c) => c.name === 'tandem_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session?.secure).toBeFalsy();
    expect(csrf?.httpOnly).toBeFalsy();
    const me = await testApp.app.inject({ method: 'GET', url: '/api/profile', headers });
    expect(me.json()).toMatchObject({ email: 'mara@firma.de', sessionCount: expect.any(Number) });
  });

  it('marks the cookies Secure behind a TLS proxy when TRUST_PROXY is on', async () => {
    const behindProxy = await createTestApp(get(), { TRUST_PROXY: 'true' });
    const { response } = await logInViaApi(behindProxy, {
      email: 'mara@firma.de',
      password: PASSWORD,
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.cookies.every((cookie) => cookie.secure)).toBe(true);
    await behindProxy.app.close();
  });

  it('answers a wrong password and an unknown e-mail alike, with 401', async () => {
    const wrong = await logInViaApi(testApp, { email: 'mara@firma.de', password: 'falsches Passwort' });
    const unknown = await logInViaApi(testApp, { email: 'nobody@firma.de', password: PASSWORD });
    for (const { response } of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(errorBodySchema.parse(response.json()).error.message).toBe(LOGIN_FAILED_MESSAGE);
      expect(response.cookies.find((c) => c.name === 'tandem_session')).toBeUndefined();
    }
  });

  it('gives a new session id at login and ends the one presented (no session fixation)', async () => {
    const first = await logInViaApi(testApp, { email: 'mara@firma.de', password: PASSWORD });
    const planted = 'planted-by-an-attacker-0123456789';
    const second = await logInViaApi(testApp, {
      email: 'mara@firma.de',
      password: PASSWORD,
      headers: { cookie: `tandem_session=${first.sessionId}` },
    });
    const third = await logInViaApi(testApp, {
      email: 'mara@firma.de',
      password: PASSWORD,
      headers: { cookie: `tandem_session=${planted}` },
    });
    expect(second.sessionId).toBeDefined();
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(third.sessionId).not.toBe(planted);
    const old = await testApp.app.inject({ method: 'GET', url: '/api/profile', headers: first.headers });
    expect(old.statusCode).toBe(401);
    const fixed = await testApp.app.inject({
      method: 'GET',
      url: '/api/profile',
      headers: { cookie: `tandem_session=${planted}` },
    });
    expect(fixed.statusCode).toBe(401);
  });

  describe('CSRF', () => {
    let headers: Record<string, string>;
    const write = (extra: Record<string, string>) =>
      testApp.app.inject({ method: 'PATCH', url: '/api/profile', payload: { locale: 'en' }, headers: extra });

    beforeAll(async () => {
      headers = (await logInViaApi(testApp, { email: 'mara@firma.de', password: PASSWORD })).headers;
    });

    it('accepts a same-origin write with the CSRF header', async () => {
      const response = await write({ ...headers, origin: 'http://localhost' });
      expect(response.statusCode).toBe(200);
    });

    it('refuses a write with the session cookie but without or with a wrong CSRF header', async () => {
      const { 'x-csrf-token': _token, ...cookieOnly } = headers;
      for (const attempt of [cookieOnly, { ...cookieOnly, 'x-csrf-token': 'guessed' }]) {
        const response = await write(attempt);
        expect(response.statusCode).toBe(403);
        expect(response.json().error.message).toMatch(/x-csrf-token/);
      }
    });

    it('refuses a cross-site write even with the right token, and a cross-site login', async () => {
      const foreign = await write({ ...headers, origin: 'https://evil.example' });
      const byReferer = await write({ ...headers, referer: 'https://evil.example/page' });
      const flagged = await write({ ...headers, 'sec-fetch-site': 'cross-site' });
      const login = await logInViaApi(testApp, {
        email: 'mara@firma.de',
        password: PASSWORD,
        headers: { origin: 'https://evil.example' },
      });
      for (const response of [foreign, byReferer, flagged, login.response]) {
        expect(response.statusCode).toBe(403);
        expect(response.json().error.message).toMatch(/Cross-site request refused/);
      }
    });

    it('needs no CSRF header with a bearer token', async () => {
      await addAccount('admin@firma.de', 'admin');
      const { headers: bearer } = await createTokenCaller(testApp, 'admin', { workspaceId });
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/tokens',
        payload: { name: 'CRM sync', role: 'viewer' },
        headers: bearer,
      });
      expect(response.statusCode).toBe(201);
    });
  });

  it('logs out: the session ends and the cookies are cleared', async () => {
    const { headers } = await logInViaApi(testApp, { email: 'mara@firma.de', password: PASSWORD });
    const out = await testApp.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.filter((c) => c.value === '').map((c) => c.name);
    expect(cleared.sort()).toEqual(['tandem_csrf', 'tandem_session']);
    const after = await testApp.app.inject({ method: 'GET', url: '/api/profile', headers });
    expect(after.statusCode).toBe(401);
  });

  it('logs out everywhere: every session of the user ends', async () => {
    const phone = await logInViaApi(testApp, { email: 'mara@firma.de', password: PASSWORD });
    const laptop = await logInViaApi(testApp, { email: 'mara@firma.de', password: PASSWORD });
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/profile/logout-everywhere',
      headers: laptop.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().endedSessions).toBeGreaterThanOrEqual(2);
    for (const headers of [phone.headers, laptop.headers]) {
      const after = await testApp.app.inject({ method: 'GET', url: '/api/profile', headers });
      expect(after.statusCode).toBe(401);
    }
  });
});
