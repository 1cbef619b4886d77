import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionCaller, createTokenCaller, ensureWorkspace } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { errorBodySchema } from '../../contract/errors.ts';
import { settingsViewSchema } from '../../contract/settings.ts';
import type { Role } from '../../core/types.ts';

describeEachEngine('settings API', (get) => {
  let t: TestApp;
  let workspaceId: number;
  const headers = new Map<string, Record<string, string>>();
  const call = (who: string, method: 'GET' | 'PATCH', payload?: object) =>
    t.app.inject({
      method,
      url: '/api/settings',
      headers: headers.get(who) ?? {},
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    t = await createTestApp(get());
    workspaceId = await ensureWorkspace(t);
    for (const role of ['admin', 'sales_manager', 'sales_rep', 'marketing', 'viewer'] satisfies Role[]) {
      headers.set(role, (await createSessionCaller(t, role)).headers);
    }
    headers.set('token', (await createTokenCaller(t, 'admin')).headers);
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('shows the defaults of a new workspace with what the next scan watches', async () => {
    const view = settingsViewSchema.parse((await call('sales_manager', 'GET')).json());
    expect(view.settings).toMatchObject({
      fiscalYearStartMonth: 1,
      falseAlarmWeeks: 104,
      watchedIndicators: [],
    });
    expect(view.sensitivityChoicesWeeks).toEqual([52, 104, 260]);
    expect(view.canEdit).toBe(true);
    const watched = view.indicators.filter((i) => i.isWatched).map((i) => i.key);
    expect(watched).toContain('win_rate');
    expect(watched).not.toContain('new_opportunity_value');
  });

  it('saves a change, keeps the fields not given, and records who changed what', async () => {
    const response = await call('sales_manager', 'PATCH', {
      fiscalYearStartMonth: 4,
      falseAlarmWeeks: 260,
      watchedIndicators: ['win_rate', 'new_leads'],
    });
    expect(response.statusCode).toBe(200);
    const view = settingsViewSchema.parse(response.json());
    expect(view.settings).toMatchObject({
      fiscalYearStartMonth: 4,
      falseAlarmWeeks: 260,
      minDealsPerQuarter: 8,
      watchedIndicators: ['new_leads', 'win_rate'],
    });
    expect((await t.ctx.storage.workspaces.get(workspaceId)).settings.falseAlarmWeeks).toBe(260);
    const [entry] = await t.ctx.storage.audit.list(workspaceId, { entity: 'workspace_settings' });
    expect(entry).toMatchObject({ action: 'update', entityId: String(workspaceId) });
    expect(entry?.summary).toMatchObject({
      before: { fiscalYearStartMonth: 1, falseAlarmWeeks: 104 },
      after: { fiscalYearStartMonth: 4, falseAlarmWeeks: 260 },
    });
    expect(entry?.summary.after).not.toHaveProperty('minDealsPerQuarter');
  });

  it('refuses bad values naming each field, and changes nothing', async () => {
    const before = (await t.ctx.storage.workspaces.get(workspaceId)).settings;
    const response = await call('admin', 'PATCH', {
      fiscalYearStartMonth: 13,
      falseAlarmWeeks: 5,
      minDealsPerQuarter: -1,
      watchedIndicators: ['win_rate', 'horoscope'],
    });
    expect(response.statusCode).toBe(400);
    const fields = errorBodySchema.parse(response.json()).error.details.map((d) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.fiscalYearStartMonth',
        'body.falseAlarmWeeks',
        'body.minDealsPerQuarter',
        expect.stringContaining('body.watchedIndicators'),
      ]),
    );
    const empty = await call('admin', 'PATCH', { watchedIndicators: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].message).toMatch(/at least one indicator/);
    expect((await t.ctx.storage.workspaces.get(workspaceId)).settings).toEqual(before);
  });

  it('stores the default watch list as empty, so the workspace follows the catalogue defaults', async () => {
    const defaults = settingsViewSchema
      .parse((await call('admin', 'GET')).json())
      .indicators.filter((i) => i.isDefault)
      .map((i) => i.key);
    const view = settingsViewSchema.parse(
      (await call('admin', 'PATCH', { watchedIndicators: defaults })).json(),
    );
    expect(view.settings.watchedIndicators).toEqual([]);
  });

  it('lets only admins and sales managers read and change the settings', async () => {
    for (const role of ['sales_rep', 'marketing', 'viewer']) {
      expect((await call(role, 'GET')).statusCode).toBe(403);
      expect((await call(role, 'PATCH', { minDealsPerQuarter: 3 })).statusCode).toBe(403);
    }
    expect((await call('token', 'PATCH', { minDealsPerQuarter: 3 })).statusCode).toBe(200);
  });
});
