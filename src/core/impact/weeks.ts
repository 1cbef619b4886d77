/**
 * The week grid of an evaluation: which Mondays form the pre-period and which the effect period, and weekly
 * series laid onto that grid. Only complete weeks (Monday + 6 ≤ asOf) are used, so a running campaign can be
 * evaluated without a half week diluting the effect.
 */
import { addDays, type IsoDate, startOfIsoWeek } from '../calendar.ts';
import type { ImpactWindow, KpiKind, WeeklyObservation } from './types.ts';

/** Two years where the data go back that far: more pre weeks mean a steadier level to compare against. */
export const DEFAULT_PRE_WEEKS = 104;

export interface WeekGrid {
  pre: IsoDate[];
  effect: IsoDate[];
  /** Effect weeks the window will have once it is over (for "3 of 23 weeks observed"). */
  plannedEffectWeeks: number;
}

/** Mondays of the weeks that hold `from` … `to`, in order. */
export function listWeekStarts(from: IsoDate, to: IsoDate): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let week = startOfIsoWeek(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** The weeks a series covers: from its first to its last listed week (missing weeks in between count as 0). */
export interface WeekCoverage {
  first: IsoDate;
  last: IsoDate;
}

export function computeCoverage(series: readonly WeeklyObservation[]): WeekCoverage | null {
  if (series.length === 0) return null;
  const weeks = series.map((observation) => startOfIsoWeek(observation.weekStart)).sort();
  return { first: weeks[0] as IsoDate, last: weeks[weeks.length - 1] as IsoDate };
}

export interface WeekGridInput {
  window: ImpactWindow;
  asOf: IsoDate;
  /** The target series' coverage: weeks before or after it are no data, not zero. */
  coverage: WeekCoverage | null;
}

/** The pre-period and the effect weeks of a campaign window, cut at `asOf` and to the data's coverage. */
export function computeWeekGrid({ window, asOf, coverage }: WeekGridInput): WeekGrid {
  const firstWeek = startOfIsoWeek(window.startOn);
  const preWeeks = window.preWeeks ?? DEFAULT_PRE_WEEKS;
  const pre = listWeekStarts(addDays(firstWeek, -7 * preWeeks), addDays(firstWeek, -1));
  const effectStart = window.measureFrom === 'end' ? addDays(startOfIsoWeek(window.endOn), 7) : firstWeek;
  const lastDay = addDays(window.endOn, 7 * window.postWeeks);
  const planned = listWeekStarts(effectStart, lastDay);
  const isComplete = (week: IsoDate) =>
    addDays(week, 6) <= asOf && coverage !== null && week >= coverage.first && week <= coverage.last;
  return {
    pre: pre.filter(isComplete),
    effect: planned.filter(isComplete),
    plannedEffectWeeks: planned.length,
  };
}

export interface AlignedSeries {
  values: Float64Array;
  bases: Float64Array;
}

/** Lays a series onto the grid; a missing week is no events (count) or 0 of 0 (ratio). */
export function alignSeries(
  series: readonly WeeklyObservation[],
  weeks: readonly IsoDate[],
  kind: KpiKind,
): AlignedSeries {
  const byWeek = new Map<IsoDate, WeeklyObservation>();
  for (const observation of series) byWeek.set(startOfIsoWeek(observation.weekStart), observation);
  const values = new Float64Array(weeks.length);
  const bases = new Float64Array(weeks.length);
  weeks.forEach((week, index) => {
    const observation = byWeek.get(week);
    values[index] = observation?.value ?? 0;
    bases[index] = kind === 'count' ? 1 : (observation?.base ?? 0);
  });
  return { values, bases };
}

/** Sums aligned series week by week (the pooled control). */
export function poolSeries(series: readonly AlignedSeries[], length: number): AlignedSeries {
  const values = new Float64Array(length);
  const bases = new Float64Array(length);
  for (const { values: v, bases: b } of series) {
    for (let i = 0; i < length; i++) {
      values[i] = (values[i] ?? 0) + (v[i] ?? 0);
      bases[i] = (bases[i] ?? 0) + (b[i] ?? 0);
    }
  }
  return { values, bases };
}

export interface CountByWeekInput {
  /** Event dates (lead created, opportunity created …). */
  dates: readonly IsoDate[];
  from: IsoDate;
  to: IsoDate;
}

/** Weekly event counts from `from`'s week to `to`'s week, with empty weeks as 0. */
export function countByWeek({ dates, from, to }: CountByWeekInput): WeeklyObservation[] {
  const weeks = listWeekStarts(from, to);
  const counts = new Map<IsoDate, number>(weeks.map((week) => [week, 0]));
  for (const date of dates) {
    const week = startOfIsoWeek(date);
    const count = counts.get(week);
    if (count !== undefined) counts.set(week, count + 1);
  }
  return weeks.map((weekStart) => ({ weekStart, value: counts.get(weekStart) ?? 0 }));
}
