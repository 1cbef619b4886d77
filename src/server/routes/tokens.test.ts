import { beforeAll, expect, it } from 'vitest';
import { createSessionCaller, ensureWorkspace } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { hashSecret } from '../../app/secrets.ts';
import { apiTokenListSchema, createdApiTokenSchema } from '../../contract/tokens.ts';

describeEachEngine('API tokens', (get) => {
  let testApp: TestApp;
  let admin: Record<string, string>;

  beforeAll(async () => {
    testApp = await createTestApp(get());
    await ensureWorkspace(testApp);
    admin = (await createSessionCaller(testApp, 'admin')).headers;
  });

  async function createToken(role: string) {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: admin,
      payload: { name: 'CRM-Export', role },
    });
    expect(response.statusCode).toBe(201);
    return createdApiTokenSchema.parse(response.json());
  }

  it('stores only a hash of the secret, acts with its role, and records when it was last used', async () => {
    const { token, secret } = await createToken('viewer');
    expect(secret).toMatch(/^tdm_[\w-]{43}$/);
    const stored = await get()
      .database.db.selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashSecret(secret));
    expect(stored.token_hash).not.toContain(secret);
    const bearer = { authorization: `Bearer ${secret}` };
    const me = await testApp.app.inject({ method: 'GET', url: '/api/profile', headers: bearer });
    expect(me.json()).toMatchObject({ kind: 'token', role: 'viewer', name: 'CRM-Export', tokenId: token.id });
    const denied = await testApp.app.inject({ method: 'GET', url: '/api/users', headers: bearer });
    expect(denied.statusCode).toBe(403);
    const list = apiTokenListSchema.parse(
      (await testApp.app.inject({ method: 'GET', url: '/api/tokens', headers: admin })).json(),
    );
    const listed = list.tokens.find((t) => t.id === token.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it('cannot change a profile or password: that needs a person', async () => {
    const { secret } = await createToken('admin');
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/profile',
      headers: { authorization: `Bearer ${secret}` },
      payload: { locale: 'en' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/needs a logged-in user/);
  });

  it('is refused with 401 from the moment it is revoked', async () => {
    const { token, secret } = await createToken('marketing');
    const bearer = { authorization: `Bearer ${secret}` };
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/profile', headers: bearer })).statusCode,
    ).toBe(200);
    const revoked = await testApp.app.inject({
      method: 'POST',
      url: `/api/tokens/${token.id}/revoke`,
      headers: admin,
    });
    expect(revoked.json().revokedAt).not.toBeNull();
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/profile', headers: bearer })).statusCode,
    ).toBe(401);
    const garbage = { authorization: 'Bearer tdm_not-a-token' };
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/profile', headers: garbage })).statusCode,
    ).toBe(401);
  });

  it("answers 404 for another workspace's token", async () => {
    const other = await testApp.ctx.storage.workspaces.create({ name: 'Other', slug: 'other-tokens' });
    const foreignAdmin = (await createSessionCaller(testApp, 'admin', { workspaceId: other.id })).headers;
    const { token } = await createToken('viewer');
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/api/tokens/${token.id}/revoke`,
      headers: foreignAdmin,
    });
    expect(response.statusCode).toBe(404);
    const own = await testApp.ctx.storage.apiTokens.find(await ensureWorkspace(testApp), token.id);
    expect(own?.revokedAt).toBeNull();
    expect((await testApp.ctx.storage.apiTokens.list(other.id)).map((t) => t.id)).not.toContain(token.id);
    const list = await testApp.app.inject({ method: 'GET', url: '/api/tokens', headers: foreignAdmin });
    expect(list.json().tokens).toEqual([]);
  });
});
