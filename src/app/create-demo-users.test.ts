import { beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { describeEachEngine } from '../../test/support/databases.ts';
import { ROLES } from '../core/types.ts';
import { createDemoUsers, DEMO_PASSWORD } from './create-demo-users.ts';
import { logIn } from './log-in.ts';

describeEachEngine('demo users', (get) => {
  let testApp: TestApp;
  let workspaceId: number;

  beforeAll(async () => {
    testApp = await createTestApp(get());
    workspaceId = (await testApp.ctx.storage.workspaces.create({ name: 'Demo', slug: 'demo' })).id;
    await testApp.ctx.storage.dimensions.ensure(workspaceId, 'owner', 'Jonas Keller');
  });

  it('creates one user per role whose printed login works, the rep linked to a sales owner', async () => {
    const logins = await createDemoUsers(testApp.ctx, workspaceId);
    expect(logins.map((login) => login.role).sort()).toEqual([...ROLES].sort());
    for (const login of logins) {
      const { user } = await logIn({
        storage: testApp.ctx.storage,
        config: testApp.ctx.config,
        email: login.email,
        password: login.password,
        ip: '127.0.0.1',
        userAgent: null,
        previousSessionId: null,
      });
      expect(user.role).toBe(login.role);
    }
    const rep = logins.find((login) => login.role === 'sales_rep');
    expect(rep?.name).toBe('Jonas Keller');
    const owner = (await testApp.ctx.storage.dimensions.list(workspaceId)).owners[0];
    const repUser = await testApp.ctx.storage.users.findByEmail(rep?.email ?? '');
    expect(owner?.userId).toBe(repUser?.id);
  });

  it('is idempotent: a second run creates nobody and still returns the logins', async () => {
    const before = (await testApp.ctx.storage.users.list(workspaceId)).length;
    const logins = await createDemoUsers(testApp.ctx, workspaceId);
    expect(logins.every((login) => login.password === DEMO_PASSWORD)).toBe(true);
    expect((await testApp.ctx.storage.users.list(workspaceId)).length).toBe(before);
  });
});
