import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar.ts';
import { listDueReminders, type ReminderQuestionSet } from './reminders.ts';

const set: ReminderQuestionSet = {
  id: 7,
  deadlineOn: '2026-12-04',
  sentOn: '2026-11-25',
  pendingUserIds: [11, 12],
};

function remindersOn(today: string, questionSet = set) {
  return listDueReminders({ questionSets: [questionSet], today }).flatMap((r) =>
    r.userIds.map((userId) => `${userId}:d${r.stageDays}`),
  );
}

describe('reminders', () => {
  it.each([
    { today: '2026-11-30', expected: [] },
    { today: '2026-12-02', expected: ['11:d2', '12:d2'] },
    { today: '2026-12-03', expected: ['11:d2', '12:d2'] },
    { today: '2026-12-04', expected: ['11:d0', '12:d0'] },
    { today: '2026-12-05', expected: [] },
  ])('on $today: $expected', ({ today, expected }) => {
    expect(remindersOn(today)).toEqual(expected);
  });

  it('gives the same dedupe key for a stage however often the scheduler asks', () => {
    const [first] = listDueReminders({ questionSets: [set], today: '2026-12-02' });
    const [again] = listDueReminders({ questionSets: [set], today: '2026-12-03' });
    expect(first?.dedupeKey).toBe('reminder:question-set:7:d2');
    expect(again?.dedupeKey).toBe(first?.dedupeKey);
    expect(again?.daysLeft).toBe(1);
  });

  it('does not remind right after sending, and reminds nobody who has answered', () => {
    expect(remindersOn('2026-12-03', { ...set, sentOn: '2026-12-02' })).toEqual([]);
    expect(remindersOn('2026-12-04', { ...set, sentOn: '2026-12-02' })).toEqual(['11:d0', '12:d0']);
    expect(remindersOn('2026-12-04', { ...set, sentOn: '2026-12-04' })).toEqual([]);
    expect(remindersOn('2026-12-04', { ...set, pendingUserIds: [] })).toEqual([]);
  });

  it('over a whole run of days, sends each rep at most one reminder per stage, never after the deadline (property)', () => {
    const questionSet = fc.record({
      id: fc.integer({ min: 1, max: 50 }),
      deadlineOn: fc.integer({ min: 0, max: 60 }).map((d) => addDays('2026-11-01', d)),
      sentBefore: fc.integer({ min: 0, max: 20 }),
      pendingUserIds: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(questionSet, ({ sentBefore, ...rest }) => {
        const qs = { ...rest, sentOn: addDays(rest.deadlineOn, -sentBefore) };
        const keys: string[] = [];
        for (let day = -25; day <= 3; day++) {
          const today = addDays(qs.deadlineOn, day);
          const due = listDueReminders({ questionSets: [qs], today });
          if (day > 0 || today <= qs.sentOn) expect(due).toEqual([]);
          expect(due.length).toBeLessThanOrEqual(1);
          for (const reminder of due) {
            expect(new Set(reminder.userIds)).toEqual(new Set(qs.pendingUserIds));
            keys.push(...reminder.userIds.map((userId) => `${reminder.dedupeKey}:${userId}`));
          }
        }
        // Per rep at most one reminder per stage: the keys (made per person by notify) repeat, never multiply.
        expect(new Set(keys).size).toBeLessThanOrEqual(new Set(qs.pendingUserIds).size * 2);
      }),
    );
  });
});
