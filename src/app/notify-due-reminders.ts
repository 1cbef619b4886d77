/**
 * Reminders for question sets: what the scheduler calls each morning (or more often: it is idempotent). The
 * question-set feature loads its open sets; this decides who is due and records the reminders.
 */
import type { IsoDate } from '../core/calendar.ts';
import { listDueReminders, type ReminderQuestionSet } from '../core/reminders.ts';
import type { Storage } from '../storage/port.ts';
import { notify } from './notify.ts';

export interface ReminderSource extends ReminderQuestionSet {
  title: string;
  /** Where the rep answers, e.g. `/questions/7`. */
  link: string;
}

export interface ReminderRun {
  /** Sets at a reminder stage today. */
  due: number;
  /** In-app notifications and outbox messages written now (0 when this stage was already recorded). */
  inApp: number;
  queued: number;
}

export async function notifyDueReminders({
  storage,
  workspaceId,
  questionSets,
  today,
  now,
}: {
  storage: Storage;
  workspaceId: number;
  questionSets: readonly ReminderSource[];
  today: IsoDate;
  now?: Date;
}): Promise<ReminderRun> {
  const bySetId = new Map(questionSets.map((set) => [set.id, set]));
  const due = listDueReminders({ questionSets, today });
  const run: ReminderRun = { due: due.length, inApp: 0, queued: 0 };
  for (const reminder of due) {
    const set = bySetId.get(reminder.questionSetId);
    if (!set) continue;
    const result = await notify(storage, {
      workspaceId,
      kind: 'reminder',
      params: { questionSet: set.title, deadlineOn: reminder.deadlineOn, daysLeft: reminder.daysLeft },
      recipients: reminder.userIds,
      link: set.link,
      dedupeKey: reminder.dedupeKey,
      ...(now ? { now } : {}),
    });
    run.inApp += result.inApp;
    run.queued += result.queued;
  }
  return run;
}
