/**
 * Shift detection over a scan's indicator series (DESIGN §4): per series a seasonal baseline estimated from
 * history, a likelihood-ratio GLR (or CUSUM) in the bad direction, and a threshold calibrated by simulation
 * to the workspace's false-alarm target, corrected for the number of scopes watched. Pure: the same series,
 * as-of date, settings and seed give the same result.
 */
import { CALENDAR_YEAR, type IsoDate } from '../calendar.ts';
import { toScopeKey } from '../scope.ts';
import type { WorkspaceSettings } from '../settings.ts';
import { computeThreshold } from './calibrate.ts';
import { toCalibrationCacheKey, toCalibrationKey } from './calibration-key.ts';
import { computeFeaturesFor, monitorSeries, type SeriesDetection } from './detect-series.ts';
import type { DetectionMethod } from './monitor.ts';
import type { IndicatorSeries } from './series.ts';

/**
 * How the number of scopes watched enters the threshold.
 * `none` (default): every scope and indicator gets the target ARL0 on its own, as the setting is worded ("one
 * false alarm per indicator and scope every falseAlarmWeeks"); the result reports the expected false alarms a
 * year over everything watched, so the UI can say what that means for the whole workspace.
 * `family`: the per-series ARL0 is the target × the number of scopes watched for the indicator, so all scopes
 * together raise about one false alarm per target period (a Bonferroni bound on rates: rare alarms in m scopes
 * add up to m times the rate of one). It is costly: with estimated baselines ln ARL0 grows only ~0.5 per unit of
 * threshold, so 100 scopes raise the threshold from ~4.5 to ~15 and delays about threefold.
 */
export type ScopeCorrection = 'family' | 'none';

export interface DetectShiftsInput {
  series: readonly IndicatorSeries[];
  asOf: IsoDate;
  settings: Pick<WorkspaceSettings, 'falseAlarmWeeks' | 'watchedIndicators' | 'fiscalYearStartMonth'>;
  seed: number;
  /** Thresholds from the calibration cache by cache key; missing ones are simulated and returned. */
  thresholds?: Readonly<Record<string, number>>;
  method?: DetectionMethod;
  scopeCorrection?: ScopeCorrection;
  /** First monitored week for every series (e.g. a backtest); default: about the last year, on the refit grid. */
  monitorFrom?: IsoDate;
  /** Simulated series per calibration (default 600); fewer is faster and less precise. */
  calibration?: { runs?: number };
}

export interface DetectShiftsResult {
  asOf: IsoDate;
  results: SeriesDetection[];
  /** Every threshold used, by calibration cache key: store the new ones. */
  thresholds: Record<string, number>;
  /** Expected false alarms per year over all monitored series at the thresholds used. */
  expectedFalseAlarmsPerYear: number;
}

/** An empty watch list means the catalogue's leading indicators; a list entry also matches `entry:*` keys. */
export function isWatched(
  series: Pick<IndicatorSeries, 'key' | 'isLeading'>,
  watched: readonly string[],
): boolean {
  if (watched.length === 0) return series.isLeading;
  return watched.some((entry) => series.key === entry || series.key.startsWith(`${entry}:`));
}

function countScopesPerIndicator(series: readonly IndicatorSeries[]): Map<string, number> {
  const scopes = new Map<string, Set<string>>();
  for (const item of series) {
    const set = scopes.get(item.key) ?? new Set<string>();
    set.add(toScopeKey(item.scope));
    scopes.set(item.key, set);
  }
  return new Map([...scopes].map(([key, set]) => [key, set.size]));
}

/**
 * Detects shifts in every watched series. Returns per series the alarms (week, change start, change size and
 * a severity hint), whether the latest alarm is still active, and the weekly observation against the baseline
 * band; plus the thresholds used so the caller can cache the ones that were simulated.
 */
export function detectShifts(input: DetectShiftsInput): DetectShiftsResult {
  const method = input.method ?? 'glr';
  const watched = input.series.filter((series) => isWatched(series, input.settings.watchedIndicators));
  const scopesPerIndicator = countScopesPerIndicator(watched);
  const thresholds: Record<string, number> = {};
  const calendar = { ...CALENDAR_YEAR, fiscalYearStartMonth: input.settings.fiscalYearStartMonth };
  const features = computeFeaturesFor(watched, calendar);
  const results = watched.map((series) => {
    const scopes = input.scopeCorrection === 'family' ? (scopesPerIndicator.get(series.key) ?? 1) : 1;
    return monitorSeries({
      series,
      asOf: input.asOf,
      method,
      features,
      monitorFrom: input.monitorFrom,
      targetArl0: input.settings.falseAlarmWeeks * scopes,
      resolveThreshold: (profile) => {
        const key = toCalibrationKey({ ...profile, seed: input.seed, runs: input.calibration?.runs });
        const cacheKey = toCalibrationCacheKey(key);
        thresholds[cacheKey] ??= input.thresholds?.[cacheKey] ?? computeThreshold(key).threshold;
        return { threshold: thresholds[cacheKey], cacheKey };
      },
    });
  });
  const expectedFalseAlarmsPerYear = results.reduce(
    (sum, result) => sum + (result.status === 'monitored' ? 52 / result.targetArl0 : 0),
    0,
  );
  return { asOf: input.asOf, results, thresholds, expectedFalseAlarmsPerYear };
}
