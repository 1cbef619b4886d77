/** Shift detection for one series: history profile, calibrated threshold, statistic, alarms and chart band. */
import type { FiscalCalendar, IsoDate } from '../calendar.ts';
import { toScopeKey } from '../scope.ts';
import type { Scope } from '../types.ts';
import { estimateBaseline } from './baseline.ts';
import { computeWeekFeatures, type WeekFeatures } from './baseline-design.ts';
import type { SeriesProfile } from './calibration-key.ts';
import { MIN_HISTORY_WEEKS } from './calibration-key.ts';
import type { IndicatorDefinition } from './catalogue.ts';
import { type DetectionMethod, MONITOR_DEFAULTS, planMonitor } from './monitor.ts';
import {
  densifyWeeks,
  findLastCompleteWeek,
  type IndicatorSeries,
  listWeekStarts,
  toWeekNumber,
} from './series.ts';
import {
  type AlarmReportInput,
  reportAlarm,
  type ShiftAlarm,
  type ShiftEpisode,
  summariseLatestEpisode,
  toWeekPoint,
  type WeekPoint,
} from './shift-report.ts';
import { traceStatistic } from './statistic.ts';
import { computePathMax, estimateThresholdFloor } from './threshold-floor.ts';

/** An alarm stays active for a quarter: the period it threatens is still open. */
export const ACTIVE_WEEKS = 13;
/** Default monitored span: about the last year (then aligned on the refit grid). */
export const MONITOR_WEEKS = 52;
/** Below this weekly volume (events, trials or values) a series says too little to watch on its own. */
const MIN_VOLUME = 0.25;

export type DetectionStatus = 'monitored' | 'insufficient_history' | 'insufficient_volume';

export interface SeriesDetection extends IndicatorDefinition {
  scope: Scope;
  scopeKey: string;
  status: DetectionStatus;
  /** The per-series ARL0 the threshold is calibrated for (after the scope correction), in weeks. */
  targetArl0: number;
  threshold: number | null;
  calibrationKey: string | null;
  /** The latest episode of alarms, what an alert is made of; null when the series never alarmed. */
  alarm: ShiftEpisode | null;
  /** The episode's latest alarm lies within the last ACTIVE_WEEKS weeks. */
  isActive: boolean;
  /** Every alarm in the monitored weeks (the statistic restarts after each), for the chart. */
  alarms: ShiftAlarm[];
  weeks: WeekPoint[];
}

export interface FeatureGrid {
  weekStarts: IsoDate[];
  features: WeekFeatures;
}

/** Seasonal features for the union of the series' weeks, computed once per scan. */
export function computeFeaturesFor(
  series: readonly IndicatorSeries[],
  calendar: FiscalCalendar,
): FeatureGrid {
  const firsts = series.map((item) => item.weeks[0]?.weekStart).filter((week) => week !== undefined);
  const lasts = series.map((item) => item.weeks.at(-1)?.weekStart).filter((week) => week !== undefined);
  if (firsts.length === 0) return { weekStarts: [], features: computeWeekFeatures([], calendar) };
  const weekStarts = listWeekStarts(firsts.sort()[0]!, lasts.sort().at(-1)!);
  return { weekStarts, features: computeWeekFeatures(weekStarts, calendar) };
}

/** The grid's features for a run of consecutive weeks (a subarray view, no copy). */
function sliceFeatures(grid: FeatureGrid, weekStarts: readonly IsoDate[]): WeekFeatures {
  const length = weekStarts.length;
  const start = toWeekNumber(weekStarts[0] ?? grid.weekStarts[0]!) - toWeekNumber(grid.weekStarts[0]!);
  const { features } = grid;
  return {
    weekNumbers: features.weekNumbers.subarray(start, start + length),
    annual: features.annual.subarray(start * 4, (start + length) * 4),
    isQuarterStart: features.isQuarterStart.subarray(start, start + length),
    isQuarterEnd: features.isQuarterEnd.subarray(start, start + length),
  };
}

export interface MonitorSeriesInput {
  series: IndicatorSeries;
  asOf: IsoDate;
  method: DetectionMethod;
  features: FeatureGrid;
  monitorFrom?: IsoDate;
  targetArl0: number;
  resolveThreshold: (profile: Omit<SeriesProfile, 'seed'>) => { threshold: number; cacheKey: string };
}

/** Default first monitored week: a year back, aligned down on the refit grid so consecutive scans agree. */
function findMonitorFrom(weekNumbers: Int32Array, requested: IsoDate | undefined): number {
  const first = weekNumbers[0] ?? 0;
  const last = weekNumbers.at(-1) ?? 0;
  const refit = MONITOR_DEFAULTS.refitWeeks;
  const target = requested ? toWeekNumber(requested) : Math.floor((last - MONITOR_WEEKS + 1) / refit) * refit;
  return Math.max(target, first + MIN_HISTORY_WEEKS) - first;
}

interface HistoryInput {
  series: IndicatorSeries;
  method: DetectionMethod;
  targetArl0: number;
  features: WeekFeatures;
  y: Float64Array;
  n: Float64Array;
  monitorFrom: number;
}

/** What the threshold depends on, measured on the history before the first monitored week. */
function profileHistory(input: HistoryInput): Omit<SeriesProfile, 'seed'> {
  const { series, y, n, monitorFrom } = input;
  const from = Math.max(0, monitorFrom - MONITOR_DEFAULTS.maxHistoryWeeks);
  const fit = estimateBaseline({
    family: series.family,
    features: input.features,
    y,
    n,
    from,
    to: monitorFrom,
  });
  let sumY = 0;
  let sumN = 0;
  for (let i = from; i < monitorFrom; i++) {
    sumY += y[i]!;
    sumN += n[i]!;
  }
  const weeks = monitorFrom - from;
  return {
    family: series.family,
    method: input.method,
    badDirection: series.badDirection,
    volume: series.family === 'count' ? sumY / weeks : sumN / weeks,
    probability: sumN > 0 ? sumY / sumN : 0,
    dispersion: fit.dispersion,
    historyWeeks: weeks,
    targetArl0: input.targetArl0,
  };
}

/** Runs the production pipeline on one series (weeks after `asOf` are ignored). */
export function monitorSeries(input: MonitorSeriesInput): SeriesDetection {
  const { series } = input;
  const weeks = densifyWeeks(series.weeks, findLastCompleteWeek(input.asOf));
  const y = Float64Array.from(weeks, (week) => week.value);
  const n = Float64Array.from(weeks, (week) => (series.family === 'count' ? 1 : week.n));
  const { scope, weeks: _all, ...definition } = series;
  const base: SeriesDetection = {
    ...definition,
    scope,
    scopeKey: toScopeKey(scope),
    status: 'insufficient_history',
    targetArl0: input.targetArl0,
    threshold: null,
    calibrationKey: null,
    alarm: null,
    isActive: false,
    alarms: [],
    weeks: [],
  };
  if (weeks.length <= MIN_HISTORY_WEEKS) return base;
  const weekStarts = weeks.map((week) => week.weekStart);
  const features = sliceFeatures(input.features, weekStarts);
  const monitorFrom = findMonitorFrom(features.weekNumbers, input.monitorFrom);
  if (monitorFrom >= weeks.length) return base;
  const { method, targetArl0 } = input;
  const profile = profileHistory({ series, method, targetArl0, features, y, n, monitorFrom });
  if (!(profile.volume >= MIN_VOLUME)) return { ...base, status: 'insufficient_volume' };
  const { family, badDirection } = series;
  const plan = planMonitor({ family, badDirection, method, features, y, n, historyFrom: 0, monitorFrom });
  const report = { plan, y, offset: monitorFrom, weekStarts, direction: badDirection };
  // A series whose statistic never reaches a safe lower bound of its threshold cannot alarm at the calibrated
  // one: it needs no (costly) calibration.
  const floor = estimateThresholdFloor(plan, targetArl0);
  if (computePathMax(plan) < floor) return { ...base, ...reportDetection(report, floor) };
  const { threshold, cacheKey } = input.resolveThreshold(profile);
  return { ...base, ...reportDetection(report, threshold), calibrationKey: cacheKey };
}

/** Statistic, alarms, the latest episode and the weekly chart points of a planned series at `threshold`. */
function reportDetection(report: AlarmReportInput, threshold: number) {
  const { plan, y, offset, weekStarts } = report;
  const trace = traceStatistic(plan, threshold);
  const latest = trace.alarms.at(-1);
  return {
    status: 'monitored' as const,
    threshold,
    alarm: summariseLatestEpisode(report, trace.alarms),
    isActive: latest !== undefined && latest.index >= plan.weeks - ACTIVE_WEEKS,
    alarms: trace.alarms.map((alarm) => reportAlarm(report, alarm)),
    weeks: plan.models.map((model, k) => ({
      weekStart: weekStarts[offset + k]!,
      ...toWeekPoint(model, y[offset + k]!),
      statistic: trace.path[k]!,
    })),
  };
}
