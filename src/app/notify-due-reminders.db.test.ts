import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { insertTestUser } from '../../test/support/notification-fixtures.ts';
import type { Storage } from '../storage/port.ts';
import { createStorage } from '../storage/storage.ts';
import { notifyDueReminders, type ReminderSource } from './notify-due-reminders.ts';

describeEachEngine('reminders', (get) => {
  let storage: Storage;
  let workspaceId: number;
  let sets: ReminderSource[];

  beforeAll(async () => {
    storage = createStorage(get().database);
    workspaceId = (await storage.workspaces.create({ name: 'Reminders', slug: 'reminders' })).id;
    const pending = await insertTestUser(storage, { workspaceId, locale: 'en' });
    const late = await insertTestUser(storage, { workspaceId });
    sets = [
      {
        id: 7,
        title: 'Price perception Q4',
        deadlineOn: '2026-12-04',
        sentOn: '2026-11-25',
        pendingUserIds: [pending.id],
        link: '/questions/7',
      },
      {
        id: 8,
        title: 'Wettbewerb',
        deadlineOn: '2026-12-10',
        sentOn: '2026-11-25',
        pendingUserIds: [late.id],
        link: '/questions/8',
      },
    ];
  });

  it('reminds pending reps two days ahead and on the day, once per stage however often it runs', async () => {
    expect(
      await notifyDueReminders({ storage, workspaceId, questionSets: sets, today: '2026-12-01' }),
    ).toEqual({ due: 0, inApp: 0, queued: 0 });
    expect(
      await notifyDueReminders({ storage, workspaceId, questionSets: sets, today: '2026-12-02' }),
    ).toEqual({ due: 1, inApp: 1, queued: 1 });
    expect(
      await notifyDueReminders({ storage, workspaceId, questionSets: sets, today: '2026-12-02' }),
    ).toEqual({ due: 1, inApp: 0, queued: 0 });
    expect(
      await notifyDueReminders({ storage, workspaceId, questionSets: sets, today: '2026-12-03' }),
    ).toEqual({ due: 1, inApp: 0, queued: 0 });
    expect(
      await notifyDueReminders({ storage, workspaceId, questionSets: sets, today: '2026-12-04' }),
    ).toEqual({ due: 1, inApp: 1, queued: 1 });
    const [set] = sets;
    const inbox = await storage.notifications.listForUser(workspaceId, set!.pendingUserIds[0]!, {
      limit: 10,
    });
    expect(inbox.map((n) => n.body)).toEqual([
      'Your answers are due today (4 Dec 2026).',
      'Your answers are due in 2 days (4 Dec 2026).',
    ]);
  });
});
