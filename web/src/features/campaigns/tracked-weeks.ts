/**
 * Which weeks the KPI table shows: the campaign with a few weeks either side, not the latest weeks — for a
 * campaign that ended a year ago the latest weeks say nothing about it.
 */
import { addDays } from '../../../../src/core/calendar.ts';

/** Weeks before the start: the level the campaign started from. */
const LEAD_IN_WEEKS = 6;
/** Weeks after the end: whether the effect lasted. */
const FOLLOW_UP_WEEKS = 8;
/** Without a start date (not launched), the latest weeks. */
const LATEST_WEEKS = 30;

export interface TrackedWeek {
  weekStart: string;
}

/** The weeks around the campaign, each marked whether it lies within the campaign's start and end. */
export function pickTrackedWeeks<Week extends TrackedWeek>(
  weeks: Week[],
  campaign: { startOn: string | null; endOn: string | null },
): { week: Week; isInCampaign: boolean }[] {
  const { startOn, endOn } = campaign;
  if (startOn === null) return weeks.slice(-LATEST_WEEKS).map((week) => ({ week, isInCampaign: false }));
  const from = addDays(startOn, -7 * LEAD_IN_WEEKS);
  const until = endOn === null ? null : addDays(endOn, 7 * FOLLOW_UP_WEEKS);
  // A week belongs to the campaign when any of its days does: the start week often begins before the start day.
  const firstCampaignWeek = addDays(startOn, -6);
  return weeks
    .filter((week) => week.weekStart >= from && (until === null || week.weekStart <= until))
    .map((week) => ({
      week,
      isInCampaign: week.weekStart >= firstCampaignWeek && (endOn === null || week.weekStart <= endOn),
    }));
}
