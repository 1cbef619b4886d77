import { beforeAll, describe, expect, it } from 'vitest';
import { createSessionCaller, ensureWorkspace, logInViaApi } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { addUser } from '../../app/add-user.ts';
import { userSchema } from '../../contract/accounts.ts';
import { createdInviteSchema } from '../../contract/users.ts';

const PASSWORD = 'Kaffee mit Hafermilch';

describeEachEngine('user administration', (get) => {
  let testApp: TestApp;
  let workspaceId: number;
  let admin: { user: { id: number }; headers: Record<string, string> };

  const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    testApp = await createTestApp(get(), { PUBLIC_URL: 'https://tandem.firma.de' });
    workspaceId = await ensureWorkspace(testApp);
    admin = await createSessionCaller(testApp, 'admin', { workspaceId });
  });

  describe('invitations', () => {
    let link: string;

    it('creates a one-time link (secret in the fragment) and lists the invitation as pending', async () => {
      const response = await inject('POST', '/api/users/invites', {
        email: 'Neu@Firma.de',
        role: 'marketing',
      });
      expect(response.statusCode).toBe(201);
      const created = createdInviteSchema.parse(response.json());
      expect(created.link).toMatch(/^https:\/\/tandem\.firma\.de\/invite#[\w-]{40,}$/);
      expect(created).toMatchObject({
        isEmailed: false,
        invite: { email: 'neu@firma.de', role: 'marketing' },
      });
      link = created.link;
      const pending = await inject('GET', '/api/users/invites');
      expect(pending.json().invites.map((i: { email: string }) => i.email)).toContain('neu@firma.de');
    });

    it('names the bad field when the e-mail is not one', async () => {
      const response = await inject('POST', '/api/users/invites', { email: 'kein-mail', role: 'viewer' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.map((d: { field: string }) => d.field)).toEqual(['body.email']);
    });

    it('lets the invited person check the link, set a good password and log in, once', async () => {
      const secret = link.split('#')[1] ?? '';
      const check = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/invite/check',
        payload: { secret },
      });
      expect(check.json()).toMatchObject({ email: 'neu@firma.de', role: 'marketing', workspace: 'Test' });
      const accept = (password: string) =>
        testApp.app.inject({
          method: 'POST',
          url: '/api/auth/invite/accept',
          payload: { secret, name: 'Nina Neu', password, locale: 'en' },
        });
      const weak = await accept('neu@firma.de');
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.details).toEqual([
        { field: 'body.password', message: 'must not be or contain your e-mail address' },
      ]);
      const accepted = await accept(PASSWORD);
      expect(accepted.statusCode).toBe(201);
      expect(accepted.json().profile).toMatchObject({ name: 'Nina Neu', role: 'marketing', locale: 'en' });
      expect(accepted.cookies.map((c) => c.name).sort()).toEqual(['tandem_csrf', 'tandem_session']);
      expect((await accept(PASSWORD)).statusCode).toBe(404);
      expect(
        (await logInViaApi(testApp, { email: 'neu@firma.de', password: PASSWORD })).response.statusCode,
      ).toBe(200);
    });

    it('refuses to invite an e-mail that has an account, and withdraws a pending invitation', async () => {
      const taken = await inject('POST', '/api/users/invites', { email: 'neu@firma.de', role: 'viewer' });
      expect(taken.statusCode).toBe(409);
      const created = createdInviteSchema.parse(
        (await inject('POST', '/api/users/invites', { email: 'weg@firma.de', role: 'viewer' })).json(),
      );
      expect((await inject('DELETE', `/api/users/invites/${created.invite.id}`)).statusCode).toBe(204);
      const secret = created.link.split('#')[1] ?? '';
      const check = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/invite/check',
        payload: { secret },
      });
      expect(check.statusCode).toBe(404);
    });
  });

  describe('roles and deactivation', () => {
    it("changes a user's role, effective on their next request", async () => {
      const rep = await createSessionCaller(testApp, 'sales_rep', { workspaceId });
      const listUsers = () => testApp.app.inject({ method: 'GET', url: '/api/users', headers: rep.headers });
      expect((await listUsers()).statusCode).toBe(403);
      const response = await inject('PUT', `/api/users/${rep.user.id}/role`, { role: 'admin' });
      expect(userSchema.parse(response.json()).role).toBe('admin');
      expect((await listUsers()).statusCode).toBe(200);
      await inject('PUT', `/api/users/${rep.user.id}/role`, { role: 'sales_rep' });
      expect((await listUsers()).statusCode).toBe(403);
    });

    it('deactivating a user ends their sessions and their logins; reactivating lets them back in', async () => {
      const { user } = await addUser({
        storage: testApp.ctx.storage,
        actor: { workspaceId, userId: null },
        email: 'geht@firma.de',
        role: 'viewer',
        password: PASSWORD,
      });
      const { headers } = await logInViaApi(testApp, { email: 'geht@firma.de', password: PASSWORD });
      const response = await inject('POST', `/api/users/${user.id}/deactivate`);
      expect(userSchema.parse(response.json()).isActive).toBe(false);
      expect((await testApp.app.inject({ method: 'GET', url: '/api/profile', headers })).statusCode).toBe(
        401,
      );
      expect(
        (await logInViaApi(testApp, { email: 'geht@firma.de', password: PASSWORD })).response.statusCode,
      ).toBe(401);
      await inject('POST', `/api/users/${user.id}/reactivate`);
      expect(
        (await logInViaApi(testApp, { email: 'geht@firma.de', password: PASSWORD })).response.statusCode,
      ).toBe(200);
    });

    it('keeps the last active admin: no self-deactivation, no demotion of the only admin', async () => {
      const self = await inject('POST', `/api/users/${admin.user.id}/deactivate`);
      expect(self.statusCode).toBe(409);
      const demote = await inject('PUT', `/api/users/${admin.user.id}/role`, { role: 'viewer' });
      expect(demote.statusCode).toBe(409);
      expect(demote.json().error.message).toMatch(/last active admin/);
    });

    it("answers 404 for another workspace's user exactly as for an id that does not exist", async () => {
      const other = await testApp.ctx.storage.workspaces.create({ name: 'Other', slug: 'other' });
      const stranger = await createSessionCaller(testApp, 'viewer', { workspaceId: other.id });
      const foreign = await inject('PUT', `/api/users/${stranger.user.id}/role`, { role: 'admin' });
      const missing = await inject('PUT', '/api/users/99999999/role', { role: 'admin' });
      expect(foreign.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(foreign.json().error.message).toBe(`User ${stranger.user.id} not found`);
      const listed = await inject('GET', '/api/users');
      expect(listed.json().users.map((u: { id: number }) => u.id)).not.toContain(stranger.user.id);
      const unchanged = await testApp.ctx.storage.users.find(other.id, stranger.user.id);
      expect(unchanged?.role).toBe('viewer');
    });
  });
});
