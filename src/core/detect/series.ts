/**
 * Weekly indicator series: one value per ISO week (Monday start), dense from the first to the last complete
 * week, so that a week without events is a zero and not a gap.
 */
import { addDays, type IsoDate, isoWeekday, startOfIsoWeek, toEpochDay } from '../calendar.ts';
import type { Scope } from '../types.ts';
import type { IndicatorDefinition } from './catalogue.ts';

/**
 * `count`: value = events, n = 1. `binomial`: value = successes, n = trials.
 * `log_gaussian`: value = mean of the natural logs of the week's n positive values (n = 0: no values).
 */
export interface WeekValue {
  weekStart: IsoDate;
  value: number;
  n: number;
}

export interface IndicatorSeries extends IndicatorDefinition {
  scope: Scope;
  weeks: WeekValue[];
}

/** The Monday of the last ISO week that has fully ended by the end of `asOf`. */
export function findLastCompleteWeek(asOf: IsoDate): IsoDate {
  const monday = startOfIsoWeek(asOf);
  return isoWeekday(asOf) === 7 ? monday : addDays(monday, -7);
}

/** Mondays from the week holding `from` to `lastWeek` inclusive. */
export function listWeekStarts(from: IsoDate, lastWeek: IsoDate): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let week = startOfIsoWeek(from); week <= lastWeek; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** Week number since the epoch's first Monday (1970-01-05): consecutive weeks differ by one. */
export function toWeekNumber(date: IsoDate): number {
  return Math.floor((toEpochDay(date) - 4) / 7);
}

/**
 * The weeks sorted and dense from the first to `lastWeek`: a missing week is no events (count 0, or n = 0),
 * weeks after `lastWeek` are dropped. Series built by `computeIndicatorSeries` are dense already; this guards
 * series from elsewhere, since the detector reads week i + 1 as the week after week i.
 */
export function densifyWeeks(weeks: readonly WeekValue[], lastWeek: IsoDate): WeekValue[] {
  const kept = weeks.filter((week) => week.weekStart <= lastWeek);
  if (kept.length === 0) return [];
  const byStart = new Map(kept.map((week) => [startOfIsoWeek(week.weekStart), week]));
  const first = [...byStart.keys()].sort()[0]!;
  const last = [...byStart.keys()].sort().at(-1)!;
  return listWeekStarts(first, last).map((weekStart) => {
    const week = byStart.get(weekStart);
    return week ? { ...week, weekStart } : { weekStart, value: 0, n: 0 };
  });
}

/**
 * Accumulates events into a dense week grid; events outside the grid (before its first week or after its last)
 * are ignored, which is how the builders respect the as-of date.
 */
export function createWeekGrid(weekStarts: readonly IsoDate[]) {
  const first = weekStarts.length > 0 ? toWeekNumber(weekStarts[0]!) : 0;
  const values = new Float64Array(weekStarts.length);
  const counts = new Float64Array(weekStarts.length);
  const indexOf = (date: IsoDate): number => {
    const index = toWeekNumber(date) - first;
    return index >= 0 && index < weekStarts.length ? index : -1;
  };
  return {
    add(date: IsoDate, value: number, n = 1): void {
      const index = indexOf(date);
      if (index < 0) return;
      values[index]! += value;
      counts[index]! += n;
    },
    /** Sums per week: value = summed values, n = summed n. */
    toSums(): WeekValue[] {
      return weekStarts.map((weekStart, i) => ({ weekStart, value: values[i]!, n: counts[i]! }));
    },
    /** Means per week (value / n), for log values; weeks with n = 0 get value 0. */
    toMeans(): WeekValue[] {
      return weekStarts.map((weekStart, i) => ({
        weekStart,
        value: counts[i]! > 0 ? values[i]! / counts[i]! : 0,
        n: counts[i]!,
      }));
    },
  };
}
