/**
 * The calendar shape of a German B2B business: summer and Christmas dips in new business, work on weekdays,
 * slight growth, and won deals pulled into the last days of a quarter. Days are epoch days (see core/calendar).
 */
import type { Random } from '../core/random.ts';
import { toCivil } from './days.ts';

/** Relative activity per calendar month (January first); the year averages 1. */
const MONTH_FACTORS = [0.97, 1.06, 1.1, 1.03, 1.01, 1.0, 0.85, 0.7, 1.06, 1.08, 1.06, 0.95];

/** Between Christmas and Epiphany almost nobody starts a project. */
const CHRISTMAS_FACTOR = 0.3;

/** Weekday activity, Monday first; scaled so a week still sums to about 7. */
const WEEKDAY_FACTORS = [1.38, 1.36, 1.36, 1.34, 1.26, 0.2, 0.1];

/** Yearly growth of new business. */
export const YEARLY_GROWTH = 0.06;

/** Business volume on `day` relative to `originDay`. */
export function computeGrowth(day: number, originDay: number): number {
  return (1 + YEARLY_GROWTH) ** ((day - originDay) / 365.25);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function isChristmasBreak(month: number, dayOfMonth: number): boolean {
  return (month === 12 && dayOfMonth >= 22) || (month === 1 && dayOfMonth <= 3);
}

/**
 * Multiplier on the daily rate of new leads and opportunities: month × Christmas × weekday × growth since
 * `originDay`. Precomputed per day because every scope reads it.
 */
export function computeActivityTable(firstDay: number, lastDay: number, originDay: number): Float64Array {
  const table = new Float64Array(lastDay - firstDay + 1);
  for (let day = firstDay; day <= lastDay; day++) {
    const { month, dayOfMonth } = toCivil(day);
    const season = MONTH_FACTORS[month - 1]! * (isChristmasBreak(month, dayOfMonth) ? CHRISTMAS_FACTOR : 1);
    table[day - firstDay] = season * WEEKDAY_FACTORS[weekdayOfDay(day) - 1]! * computeGrowth(day, originDay);
  }
  return table;
}

/** Moves a weekend day to the next Monday. */
export function toNextBusinessDay(day: number): number {
  const weekday = weekdayOfDay(day);
  return weekday === 6 ? day + 2 : weekday === 7 ? day + 1 : day;
}

/** Moves a weekend day back to the Friday before. */
export function toPreviousBusinessDay(day: number): number {
  const weekday = weekdayOfDay(day);
  return weekday === 6 ? day - 1 : weekday === 7 ? day - 2 : day;
}

/**
 * Share of won deals in negotiation at a quarter end, that would naturally close in the next six weeks, which
 * sales pushes over the line before the quarter ends.
 */
const QUARTER_END_PULL = 0.5;
const QUARTER_END_PULL_DAYS = 42;
/** Year-end budgets must be spent ("Dezemberfieber"): December pulls harder. */
const YEAR_END_PULL = 0.65;
/** The pulled deals land in the last this many days of the quarter. */
const QUARTER_END_DAYS = 12;

/**
 * A won deal's close day: pulled into the last days of the previous quarter when it would naturally close early
 * in a quarter and was already in negotiation (from `earliestDay`); and never in the Christmas break (closed
 * before it, as year-end business, or after).
 */
export function pullToQuarterEnd(random: Random, closeDay: number, earliestDay: number): number {
  const { month, dayOfMonth } = toCivil(closeDay);
  const monthInQuarter = (month - 1) % 3;
  const startOfMonth = closeDay - dayOfMonth + 1;
  const quarterEnd =
    monthInQuarter === 0 ? startOfMonth - 1 : toCivilMonthStart(startOfMonth, monthInQuarter) - 1;
  const isYearEnd = toCivil(quarterEnd).month === 12;
  // The year's last working day is 22 December.
  const lastWorkingDay = isYearEnd ? quarterEnd - 9 : quarterEnd;
  const pull = isYearEnd ? YEAR_END_PULL : QUARTER_END_PULL;
  const earliestBusinessDay = toNextBusinessDay(earliestDay);
  const canPull = closeDay - quarterEnd <= QUARTER_END_PULL_DAYS && earliestBusinessDay <= lastWorkingDay;
  if (canPull && random.next() < pull) {
    const pulled = toPreviousBusinessDay(lastWorkingDay - Math.floor(random.next() * QUARTER_END_DAYS));
    return Math.max(pulled, earliestBusinessDay);
  }
  if (month === 12 && dayOfMonth >= 23) {
    const beforeBreak = toPreviousBusinessDay(closeDay - (dayOfMonth - 22));
    if (beforeBreak >= earliestDay) return beforeBreak;
  }
  return skipChristmasBreak(closeDay);
}

/** The first day of the month `monthsBack` months before the month starting on `monthStartDay`. */
function toCivilMonthStart(monthStartDay: number, monthsBack: number): number {
  let day = monthStartDay;
  for (let i = 0; i < monthsBack; i++) day -= toCivil(day - 1).dayOfMonth;
  return day;
}

/** Nobody closes between Christmas and Epiphany: such a close moves to the first working days of January. */
export function skipChristmasBreak(day: number): number {
  const { month, dayOfMonth } = toCivil(day);
  if (month === 12 && dayOfMonth >= 23) return toNextBusinessDay(day + (32 - dayOfMonth) + 6);
  if (month === 1 && dayOfMonth <= 6) return toNextBusinessDay(day + (7 - dayOfMonth));
  return day;
}

/** Last day of the month that holds `day`; reps like month ends as expected close dates. */
export function endOfMonthDay(day: number): number {
  const { year, month } = toCivil(day);
  return Math.floor(Date.UTC(year, month, 0) / 86_400_000);
}
