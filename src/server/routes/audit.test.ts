import { beforeAll, expect, it } from 'vitest';
import { createSessionCaller, ensureWorkspace, logInViaApi } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { addUser } from '../../app/add-user.ts';
import { auditPageSchema } from '../../contract/audit.ts';

const PASSWORD = 'Kaffee mit Hafermilch';

describeEachEngine('audit log', (get) => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof createSessionCaller>>;
  let secret: string;

  const readAudit = async (query = '') => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/audit${query}`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    return auditPageSchema.parse(response.json());
  };

  beforeAll(async () => {
    testApp = await createTestApp(get());
    const workspaceId = await ensureWorkspace(testApp);
    admin = await createSessionCaller(testApp, 'admin');
    const storage = testApp.ctx.storage;
    const actor = { workspaceId, userId: null };
    const { user } = await addUser({
      storage,
      actor,
      email: 'rolf@firma.de',
      role: 'viewer',
      password: PASSWORD,
    });
    await logInViaApi(testApp, { email: 'rolf@firma.de', password: PASSWORD });
    await logInViaApi(testApp, { email: 'rolf@firma.de', password: 'falsches Passwort' });
    const inject = (method: 'POST' | 'PUT', url: string, payload: object) =>
      testApp.app.inject({ method, url, headers: { ...admin.headers, 'user-agent': 'vitest' }, payload });
    await inject('PUT', `/api/users/${user.id}/role`, { role: 'marketing' });
    const created = await inject('POST', '/api/tokens', { name: 'BI', role: 'viewer' });
    secret = created.json().secret;
    await inject('POST', '/api/users/invites', { email: 'neu@firma.de', role: 'viewer' });
  });

  it('records who did what to which entity, with the change, newest first', async () => {
    const { entries } = await readAudit();
    expect(entries.map((e) => `${e.action} ${e.entity}`)).toEqual([
      'create invite',
      'create api_token',
      'change_role user',
      'log_in_failed user',
      'log_in user',
      'create user',
    ]);
    const roleChange = entries.find((e) => e.action === 'change_role');
    expect(roleChange).toMatchObject({
      userId: admin.user.id,
      actor: { userName: admin.user.name },
      summary: { before: { role: 'viewer' }, after: { role: 'marketing' } },
    });
    expect(roleChange?.ip).toBe('127.0.0.1');
  });

  it('never keeps a secret', async () => {
    const { entries } = await readAudit();
    const text = JSON.stringify(entries);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('$argon2');
  });

  it('filters by entity, action, user and date, and pages with beforeId', async () => {
    expect((await readAudit('?entity=user')).entries.every((e) => e.entity === 'user')).toBe(true);
    expect((await readAudit('?action=change_role')).entries).toHaveLength(1);
    const byAdmin = await readAudit(`?userId=${admin.user.id}`);
    expect(byAdmin.entries.map((e) => e.action)).toEqual(['create', 'create', 'change_role']);
    expect((await readAudit('?since=2999-01-01')).entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await readAudit(`?until=${today}`)).entries).toHaveLength(6);
    const first = await readAudit('?limit=4');
    expect(first.entries).toHaveLength(4);
    const second = await readAudit(`?limit=4&beforeId=${first.nextBeforeId}`);
    expect(second.entries.map((e) => e.action)).toEqual(['log_in', 'create']);
    expect(second.nextBeforeId).toBeNull();
  });

  it('names a bad filter', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/audit?since=gestern',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('query.since');
  });
});
