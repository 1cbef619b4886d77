/** Weeks of a period for charts: Mondays from the week holding the period start to the one holding its end. */
import { addDays, type IsoDate, startOfIsoWeek } from '../calendar.ts';

export function listPeriodWeeks(start: IsoDate, end: IsoDate): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let week = startOfIsoWeek(start); week <= end; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}
