import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionCaller, createTokenCaller, ensureWorkspace } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { notify } from '../../app/notify.ts';
import { errorBodySchema } from '../../contract/errors.ts';
import {
  notificationListSchema,
  notificationPreferencesSchema,
  notificationSchema,
} from '../../contract/notifications.ts';

describeEachEngine('notifications API', (get) => {
  let t: TestApp;
  const headers = new Map<string, Record<string, string>>();
  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers.get(who) ?? {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(get());
    const workspaceId = await ensureWorkspace(t);
    const rep = await createSessionCaller(t, 'sales_rep');
    headers.set('rep', rep.headers);
    headers.set('other', (await createSessionCaller(t, 'sales_rep')).headers);
    headers.set('token', (await createTokenCaller(t, 'admin')).headers);
    for (const n of [1, 2, 3]) {
      await notify(t.ctx.storage, {
        workspaceId,
        kind: 'questions_received',
        params: { questionSet: `Fragen ${n}`, from: 'Mara', deadlineOn: '2026-12-04', questionCount: 3 },
        recipients: [rep.user.id],
        link: `/questions/${n}`,
        dedupeKey: `questions_received:question-set:${n}:user:${rep.user.id}`,
        now: new Date(`2026-11-2${n}T08:00:00Z`),
      });
    }
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('lists my notifications newest first with the unread count, page by page; nobody else’s', async () => {
    const response = await call('rep', 'GET', '/api/notifications?limit=2');
    expect(response.statusCode).toBe(200);
    const page = notificationListSchema.parse(response.json());
    expect(page.unreadCount).toBe(3);
    expect(page.items.map((n) => n.title)).toEqual([
      'Fragen von Marketing: Fragen 3',
      'Fragen von Marketing: Fragen 2',
    ]);
    const next = notificationListSchema.parse(
      (await call('rep', 'GET', `/api/notifications?limit=2&beforeId=${page.items[1]?.id}`)).json(),
    );
    expect(next.items.map((n) => n.link)).toEqual(['/questions/1']);
    const other = notificationListSchema.parse((await call('other', 'GET', '/api/notifications')).json());
    expect(other).toEqual({ items: [], unreadCount: 0 });
  });

  it('marks one read (only my own) and then all', async () => {
    const [newest] = notificationListSchema.parse(
      (await call('rep', 'GET', '/api/notifications')).json(),
    ).items;
    expect((await call('other', 'POST', `/api/notifications/${newest?.id}/read`)).statusCode).toBe(404);
    const read = await call('rep', 'POST', `/api/notifications/${newest?.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(notificationSchema.parse(read.json()).readAt).not.toBeNull();
    const unread = notificationListSchema.parse(
      (await call('rep', 'GET', '/api/notifications?unreadOnly=true')).json(),
    );
    expect(unread.items).toHaveLength(2);
    expect(unread.unreadCount).toBe(2);
    expect((await call('rep', 'POST', '/api/notifications/read-all')).json()).toEqual({ updated: 2 });
    expect(
      notificationListSchema.parse((await call('rep', 'GET', '/api/notifications')).json()).unreadCount,
    ).toBe(0);
  });

  it('shows defaults, stores my choices, and keeps what I left out', async () => {
    const initial = notificationPreferencesSchema.parse(
      (await call('rep', 'GET', '/api/notification-preferences')).json(),
    );
    expect(initial.isEmailConfigured).toBe(false);
    expect(initial.preferences.find((p) => p.kind === 'answers_complete')).toEqual({
      kind: 'answers_complete',
      inApp: true,
      email: false,
    });
    const updated = await call('rep', 'PUT', '/api/notification-preferences', {
      preferences: [{ kind: 'reminder', email: false }],
    });
    expect(updated.statusCode).toBe(200);
    const reminder = notificationPreferencesSchema
      .parse(updated.json())
      .preferences.find((p) => p.kind === 'reminder');
    expect(reminder).toEqual({ kind: 'reminder', inApp: true, email: false });
    const other = notificationPreferencesSchema.parse(
      (await call('other', 'GET', '/api/notification-preferences')).json(),
    );
    expect(other.preferences.find((p) => p.kind === 'reminder')?.email).toBe(true);
  });

  it('names the bad field of a bad preference', async () => {
    const response = await call('rep', 'PUT', '/api/notification-preferences', {
      preferences: [{ kind: 'weather', email: true }],
    });
    expect(response.statusCode).toBe(400);
    expect(errorBodySchema.parse(response.json()).error.details[0]?.field).toMatch(
      /^body\.preferences\.0\.kind/,
    );
  });

  it('shows an API token an empty inbox and the defaults, and lets it change nothing', async () => {
    expect((await call('token', 'GET', '/api/notifications')).json()).toEqual({ items: [], unreadCount: 0 });
    const preferences = notificationPreferencesSchema.parse(
      (await call('token', 'GET', '/api/notification-preferences')).json(),
    );
    expect(preferences.preferences.find((p) => p.kind === 'reminder')).toEqual({
      kind: 'reminder',
      inApp: true,
      email: true,
    });
    const writes = [
      await call('token', 'POST', '/api/notifications/read-all'),
      await call('token', 'PUT', '/api/notification-preferences', { preferences: [] }),
    ];
    for (const response of writes) {
      expect(response.statusCode).toBe(403);
      expect(errorBodySchema.parse(response.json()).error.code).toBe('FORBIDDEN');
    }
  });

  it('asks anonymous callers to log in', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});
