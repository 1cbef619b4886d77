/**
 * Where a day sits in its fiscal quarter. B2B closes bunch toward quarter end (the "hockey stick"), so a deal
 * open in week 11 of a quarter behaves unlike one open in week 2; win curves are conditioned on this phase.
 */
import { addDays, type FiscalCalendar, fromEpochDay, listPeriods, toEpochDay } from '../calendar.ts';

/** Weeks 0–12 of a quarter; the odd 92nd day joins week 12. */
export const QUARTER_WEEKS = 13;
export const QUARTER_MONTHS = 3;

export interface QuarterPhaseLookup {
  /** Week of the fiscal quarter, 0–12. */
  findWeek(day: number): number;
  /** Epoch day of the last day of the fiscal quarter containing `day`. */
  findQuarterEnd(day: number): number;
}

export function toQuarterMonth(week: number): number {
  return Math.min(QUARTER_MONTHS - 1, Math.floor((week * QUARTER_MONTHS) / QUARTER_WEEKS));
}

/** A lookup over epoch days in [fromDay, toDay] (quarter starts precomputed; outside it still answers). */
export function createQuarterPhaseLookup(
  calendar: FiscalCalendar,
  range: { fromDay: number; toDay: number },
): QuarterPhaseLookup {
  const from = addDays(fromEpochDay(range.fromDay), -100);
  const to = addDays(fromEpochDay(range.toDay), 100);
  const starts = listPeriods('quarter', from, to, calendar).map((period) => toEpochDay(period.start));
  // Index of the last quarter start on or before `day` (0 before the range).
  const findQuarter = (day: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid]! <= day) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return {
    findWeek(day) {
      if (starts.length === 0 || day < starts[0]!) return 0;
      return Math.min(QUARTER_WEEKS - 1, Math.floor((day - starts[findQuarter(day)]!) / 7));
    },
    findQuarterEnd(day) {
      const next = starts[findQuarter(day) + 1];
      return next === undefined ? day + 91 : next - 1;
    },
  };
}
