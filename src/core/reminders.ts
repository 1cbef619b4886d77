/**
 * Which reminders are due for question sets with a deadline. Pure and idempotent: the scheduler may ask as often
 * as it likes; each reminder carries a dedupe key, so queueing it a second time is a no-op.
 */
import { addDays, daysBetween, type IsoDate } from './calendar.ts';

/**
 * Days before the deadline a reminder goes out: two days ahead, and on the deadline's morning (0). The scheduler
 * runs in the morning, so "on the day" lands before the rep's working day.
 */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [2, 0];

export interface ReminderQuestionSet {
  id: number;
  deadlineOn: IsoDate;
  /** The day the set went out; no reminder for a stage on or before it (the rep has just been asked). */
  sentOn: IsoDate;
  /** Recipients who have not submitted yet; those who have get no reminder. */
  pendingUserIds: readonly number[];
}

/** A reminder stage reached by a set, for the recipients still to answer. */
export interface DueReminder {
  questionSetId: number;
  userIds: number[];
  deadlineOn: IsoDate;
  daysLeft: number;
  /** The reminder stage (days before the deadline) this reminder stands for. */
  stageDays: number;
  /**
   * `reminder:question-set:<id>:d<stage>`: the same for a stage however often the scheduler runs; `notify` makes
   * it per person, so a rep reminded once at a stage is not reminded again.
   */
  dedupeKey: string;
}

/**
 * The stage a set is at today: the closest-to-deadline stage whose day has come. A stage the scheduler missed
 * (server down that morning) goes out on the next run while it is still the current stage; an older stage is
 * skipped once a newer one applies, so a rep never gets two reminders in one morning.
 */
function findCurrentStage(
  today: IsoDate,
  set: ReminderQuestionSet,
  stages: readonly number[],
): number | null {
  const daysLeft = daysBetween(today, set.deadlineOn);
  if (daysLeft < 0) return null;
  const reached = stages.filter((stage) => daysLeft <= stage);
  if (reached.length === 0) return null;
  const stage = Math.min(...reached);
  const stageDay = addDays(set.deadlineOn, -stage);
  return stageDay > set.sentOn ? stage : null;
}

/** Reminders due `today`: per set at most one, naming its pending recipients. */
export function listDueReminders({
  questionSets,
  today,
  stages = DEFAULT_REMINDER_DAYS,
}: {
  questionSets: readonly ReminderQuestionSet[];
  today: IsoDate;
  stages?: readonly number[];
}): DueReminder[] {
  const due: DueReminder[] = [];
  for (const set of questionSets) {
    const stage = findCurrentStage(today, set, stages);
    const userIds = [...new Set(set.pendingUserIds)];
    if (stage === null || userIds.length === 0) continue;
    due.push({
      questionSetId: set.id,
      userIds,
      deadlineOn: set.deadlineOn,
      daysLeft: daysBetween(today, set.deadlineOn),
      stageDays: stage,
      dedupeKey: `reminder:question-set:${set.id}:d${stage}`,
    });
  }
  return due;
}
