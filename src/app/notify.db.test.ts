import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { insertTestUser, type TestPerson } from '../../test/support/notification-fixtures.ts';
import type { Storage } from '../storage/port.ts';
import { createStorage } from '../storage/storage.ts';
import { notify } from './notify.ts';

const reminderParams = { questionSet: 'Preise Q4', deadlineOn: '2026-12-04', daysLeft: 2 };

describeEachEngine('notify', (get) => {
  let storage: Storage;
  let workspaceId: number;
  let german: TestPerson;
  let english: TestPerson;

  beforeAll(async () => {
    storage = createStorage(get().database);
    workspaceId = (await storage.workspaces.create({ name: 'Notify GmbH', slug: 'notify' })).id;
    german = await insertTestUser(storage, { workspaceId, locale: 'de' });
    english = await insertTestUser(storage, { workspaceId, locale: 'en' });
  });

  async function outboxFor(recipient: string) {
    const all = await storage.outbox.list(workspaceId, { limit: 500 });
    return all.filter((message) => message.recipient === recipient);
  }

  it('writes an in-app notification and an e-mail per person, each in their own language', async () => {
    const result = await notify(storage, {
      workspaceId,
      kind: 'reminder',
      params: reminderParams,
      recipients: [german.id, english.id],
      link: '/questions/5',
      dedupeKey: 'reminder:question-set:5:d2',
    });
    expect(result).toEqual({ inApp: 2, queued: 2 });
    const [inbox] = await storage.notifications.listForUser(workspaceId, german.id, { limit: 10 });
    expect(inbox).toMatchObject({
      kind: 'reminder',
      title: 'Erinnerung: Preise Q4',
      link: '/questions/5',
      readAt: null,
    });
    const [mail] = await outboxFor(english.email);
    expect(mail).toMatchObject({ channel: 'email', status: 'pending', attempts: 0 });
    expect(mail?.payload).toMatchObject({ locale: 'en', title: 'Reminder: Preise Q4', link: '/questions/5' });
  });

  it('queues the same event only once, however often it is recorded', async () => {
    const again = await notify(storage, {
      workspaceId,
      kind: 'reminder',
      params: reminderParams,
      recipients: [german.id, english.id],
      link: '/questions/5',
      dedupeKey: 'reminder:question-set:5:d2',
    });
    expect(again).toEqual({ inApp: 0, queued: 0 });
    expect(await storage.notifications.countUnread(workspaceId, german.id)).toBe(1);
    expect(await outboxFor(german.email)).toHaveLength(1);
  });

  it('follows each person’s choices, and the defaults where they chose nothing', async () => {
    const person = await insertTestUser(storage, { workspaceId });
    await storage.notifications.savePreferenceChoices(person.id, [
      { kind: 'alert_new', channel: 'in_app', isEnabled: false },
      { kind: 'answers_complete', channel: 'email', isEnabled: true },
    ]);
    const alert = await notify(storage, {
      workspaceId,
      kind: 'alert_new',
      params: { scope: 'Sensorik', headline: '−180.000 €' },
      recipients: [person.id, german.id],
      link: '/alerts/1',
      dedupeKey: 'alert_new:alert:1',
    });
    expect(alert).toEqual({ inApp: 1, queued: 2 });
    const answers = await notify(storage, {
      workspaceId,
      kind: 'answers_complete',
      params: { questionSet: 'Preise Q4', answerCount: 3 },
      recipients: [person.id, german.id],
      link: '/requests/1',
      dedupeKey: 'answers_complete:question-set:5',
    });
    expect(answers).toEqual({ inApp: 2, queued: 1 });
    expect((await outboxFor(person.email)).map((m) => m.payload.kind).sort()).toEqual([
      'alert_new',
      'answers_complete',
    ]);
    expect(
      (await storage.notifications.listForUser(workspaceId, person.id, { limit: 10 })).map((n) => n.kind),
    ).toEqual(['answers_complete']);
  });

  it('skips deactivated people and people of another workspace', async () => {
    const other = (await storage.workspaces.create({ name: 'Other', slug: 'other-notify' })).id;
    const outsider = await insertTestUser(storage, { workspaceId: other });
    const gone = await insertTestUser(storage, { workspaceId, isActive: false });
    const result = await notify(storage, {
      workspaceId,
      kind: 'request_assigned',
      params: { request: 'Sensorik', requestedBy: 'Jan', dueOn: null },
      recipients: [outsider.id, gone.id, 999_999],
      link: null,
      dedupeKey: 'request_assigned:request:1',
    });
    expect(result).toEqual({ inApp: 0, queued: 0 });
  });

  it('queues one message per active webhook that wants the kind, in the webhook’s language', async () => {
    const all = await storage.webhooks.create({
      workspaceId,
      name: 'Vertrieb',
      url: 'http://127.0.0.1:9/a',
      format: 'slack',
      events: [],
      locale: 'de',
    });
    const alertsOnly = await storage.webhooks.create({
      workspaceId,
      name: 'Alerts',
      url: 'http://127.0.0.1:9/b',
      format: 'teams',
      events: ['alert_new'],
      locale: 'en',
    });
    const off = await storage.webhooks.create({
      workspaceId,
      name: 'Off',
      url: 'http://127.0.0.1:9/c',
      format: 'json',
      events: [],
      locale: 'en',
    });
    await get().database.db.updateTable('webhooks').set({ is_active: 0 }).where('id', '=', off.id).execute();
    await notify(storage, {
      workspaceId,
      kind: 'diagnosis_ready',
      params: { request: 'Sensorik', verdict: 'campaign' },
      recipients: [],
      link: '/requests/1/diagnosis',
      dedupeKey: 'diagnosis_ready:request:1',
    });
    await notify(storage, {
      workspaceId,
      kind: 'alert_new',
      params: { scope: 'Sensorik', headline: '−180.000 €' },
      recipients: [],
      link: '/alerts/2',
      dedupeKey: 'alert_new:alert:2',
    });
    expect((await outboxFor(`webhook:${all.id}`)).map((m) => m.payload.title).sort()).toEqual([
      'Diagnose fertig: Sensorik',
      'Neue Warnung: Sensorik',
    ]);
    expect((await outboxFor(`webhook:${alertsOnly.id}`)).map((m) => m.payload.title)).toEqual([
      'New alert: Sensorik',
    ]);
    expect(await outboxFor(`webhook:${off.id}`)).toEqual([]);
    for (const webhook of [all, alertsOnly, off]) await storage.webhooks.delete(workspaceId, webhook.id);
  });

  it('writes nothing when the caller’s transaction fails after notifying', async () => {
    const before = await storage.outbox.countByStatus(workspaceId);
    const unreadBefore = await storage.notifications.countUnread(workspaceId, german.id);
    await expect(
      storage.transaction(async (tx) => {
        await notify(tx, {
          workspaceId,
          kind: 'questions_received',
          params: { questionSet: 'Q', from: 'Mara', deadlineOn: '2026-12-04', questionCount: 4 },
          recipients: [german.id],
          link: '/questions/9',
          dedupeKey: 'questions_received:question-set:9',
        });
        throw new Error('the question set could not be saved');
      }),
    ).rejects.toThrow('could not be saved');
    expect(await storage.outbox.countByStatus(workspaceId)).toEqual(before);
    expect(await storage.notifications.countUnread(workspaceId, german.id)).toBe(unreadBefore);
  });

  describe('refuses', () => {
    it.each(['https://evil.example/x', '//evil.example', 'javascript:alert(1)'])(
      'the link %s',
      async (link) => {
        await expect(
          notify(storage, {
            workspaceId,
            kind: 'reminder',
            params: reminderParams,
            recipients: [german.id],
            link,
            dedupeKey: 'x',
          }),
        ).rejects.toMatchObject({ code: 'VALIDATION' });
      },
    );
  });
});
