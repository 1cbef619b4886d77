/**
 * Turns a monitored series' statistic into what an alert and a chart need: alarms with change start and size,
 * a severity hint, and per week the observation against the baseline's expected value and 80 % band.
 */
import type { BadDirection } from './catalogue.ts';
import { computeLinearLlr, computeObservationSd, type WeekModel } from './likelihood.ts';
import type { MonitorPlan } from './monitor.ts';
import type { StatisticAlarm } from './statistic.ts';

export type SeverityHint = 'low' | 'medium' | 'high';

/** Estimated change size (|%|) from which an alarm is a medium or a high concern. */
const SEVERITY_STEPS: ReadonlyArray<{ minPct: number; severity: SeverityHint }> = [
  { minPct: 25, severity: 'high' },
  { minPct: 12, severity: 'medium' },
];
/** The 80 % band: the baseline's central interval for one week (normal approximation). */
const BAND_Z = 1.2816;

export interface WeekPoint {
  weekStart: string;
  /** In the indicator's unit: a count, a rate (0–1), or a geometric mean; null when the week has no data. */
  observed: number | null;
  expected: number;
  lower: number | null;
  upper: number | null;
  /** The detection statistic (max over charts), on the log-likelihood-ratio scale. */
  statistic: number;
}

export interface ShiftAlarm {
  week: string;
  changeStart: string;
  /** Estimated change of the level against the baseline since changeStart, in % (−20 = a fifth lower). */
  changePct: number;
  severity: SeverityHint;
}

/** Severity hint from the estimated size of the change; the alert layer may raise it with the forecast. */
/**
 * The latest episode of a shift: after an alarm the statistic restarts, and a persisting shift alarms again
 * within weeks, so alarms closer than this belong to one episode (one alert that gathers evidence).
 */
export const EPISODE_GAP_WEEKS = 13;

export interface ShiftEpisode {
  /** First alarm of the episode: when the shift was first detected. */
  week: string;
  /** Latest alarm of the episode. */
  lastWeek: string;
  changeStart: string;
  /** Change since changeStart up to the latest alarm, against the baseline, in %. */
  changePct: number;
  severity: SeverityHint;
}

export function rateSeverity(changePct: number): SeverityHint {
  return SEVERITY_STEPS.find((step) => Math.abs(changePct) >= step.minPct)?.severity ?? 'low';
}

interface Segment {
  plan: MonitorPlan;
  y: ArrayLike<number>;
  /** Index of the first monitored week in `y`. */
  offset: number;
  from: number;
  to: number;
}

function sumLlr(segment: Segment, ratio: number): number {
  let total = 0;
  for (let k = segment.from; k <= segment.to; k++) {
    const llr = computeLinearLlr(segment.plan.models[k]!, ratio);
    total += llr.slope * segment.y[segment.offset + k]! + llr.intercept;
  }
  return total;
}

/** Maximum-likelihood ratio over the segment on the bad side (golden-section search on log ρ). */
export function estimateChangeRatio(segment: Segment, direction: BadDirection): number {
  let low = direction === 'down' ? Math.log(0.05) : 0;
  let high = direction === 'down' ? 0 : Math.log(20);
  const golden = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 60; step++) {
    const a = high - golden * (high - low);
    const b = low + golden * (high - low);
    if (sumLlr(segment, Math.exp(a)) > sumLlr(segment, Math.exp(b))) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}

export interface AlarmReportInput {
  plan: MonitorPlan;
  y: ArrayLike<number>;
  offset: number;
  weekStarts: readonly string[];
  direction: BadDirection;
}

/** An alarm as an alert needs it: week, change start, estimated change in % and severity hint. */
export function reportAlarm(input: AlarmReportInput, alarm: StatisticAlarm): ShiftAlarm {
  const segment = {
    plan: input.plan,
    y: input.y,
    offset: input.offset,
    from: alarm.startIndex,
    to: alarm.index,
  };
  const changePct = Math.round((estimateChangeRatio(segment, input.direction) - 1) * 1000) / 10;
  return {
    week: input.weekStarts[input.offset + alarm.index]!,
    changeStart: input.weekStarts[input.offset + alarm.startIndex]!,
    changePct,
    severity: rateSeverity(changePct),
  };
}

/** The latest episode of alarms with its change start and the change size over the whole episode, or null. */
export function summariseLatestEpisode(
  input: AlarmReportInput,
  alarms: readonly StatisticAlarm[],
): ShiftEpisode | null {
  const last = alarms.at(-1);
  if (!last) return null;
  let first = alarms.length - 1;
  while (first > 0 && alarms[first]!.index - alarms[first - 1]!.index <= EPISODE_GAP_WEEKS) first--;
  const opening = alarms[first]!;
  const segment = {
    plan: input.plan,
    y: input.y,
    offset: input.offset,
    from: opening.startIndex,
    to: last.index,
  };
  const changePct = Math.round((estimateChangeRatio(segment, input.direction) - 1) * 1000) / 10;
  const weekOf = (index: number) => input.weekStarts[input.offset + index]!;
  return {
    week: weekOf(opening.index),
    lastWeek: weekOf(last.index),
    changeStart: weekOf(opening.startIndex),
    changePct,
    severity: rateSeverity(changePct),
  };
}

/** The observation and the band in the indicator's own unit. */
export function toWeekPoint(model: WeekModel, y: number) {
  const sd = computeObservationSd(model);
  const { expected, n, family } = model;
  if (family === 'count') {
    return {
      observed: y,
      expected,
      lower: Math.max(0, expected - BAND_Z * sd),
      upper: expected + BAND_Z * sd,
    };
  }
  if (family === 'binomial') {
    const rateSd = n > 0 ? sd / n : Number.NaN;
    return {
      observed: n > 0 ? y / n : null,
      expected,
      lower: n > 0 ? Math.max(0, expected - BAND_Z * rateSd) : null,
      upper: n > 0 ? Math.min(1, expected + BAND_Z * rateSd) : null,
    };
  }
  return {
    observed: n > 0 ? Math.exp(y) : null,
    expected: Math.exp(expected),
    lower: n > 0 ? Math.exp(expected - BAND_Z * sd) : null,
    upper: n > 0 ? Math.exp(expected + BAND_Z * sd) : null,
  };
}
