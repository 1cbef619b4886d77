/**
 * Thresholds calibrated by simulation: in-control series are simulated at the series' volume, dispersion and
 * history length, and the baseline is *estimated* from each simulated history exactly as in production
 * (`planMonitor`), so estimation error is priced into the threshold. The threshold is the one whose alarm rate
 * (with restart after each alarm) gives the target in-control average run length ARL0.
 */
import { addDays, CALENDAR_YEAR } from '../calendar.ts';
import { createRandom, deriveSeed } from '../random.ts';
import { computeWeekFeatures } from './baseline-design.ts';
import type { CalibrationKey } from './calibration-key.ts';
import { toCalibrationCacheKey } from './calibration-key.ts';
import { planMonitor } from './monitor.ts';
import { simulateSeries } from './simulate.ts';
import { countAlarms, type IncrementPaths } from './statistic.ts';

/** Monitored weeks per simulated series: two years, so refits of the baseline are included. */
const MONITOR_WEEKS = 104;

export interface CalibrationResult {
  threshold: number;
  /** ARL0 estimated from the simulation at the chosen threshold (interpolated). */
  arl0: number;
  alarms: number;
  exposureWeeks: number;
  /** True when the target lay beyond the simulated alarms and ln ARL0 was extrapolated linearly in h. */
  isExtrapolated: boolean;
}

/** Fewer alarms than this at a threshold make its ARL0 estimate too rough to interpolate on. */
const MIN_ALARMS = 30;
// Geometric steps of 5 % from 0.02 to about 48: ln ARL0 is roughly linear in h, so linear interpolation of
// ln ARL0 between neighbours is accurate to a few %.
const THRESHOLDS = Array.from({ length: 160 }, (_, i) => 0.02 * 1.05 ** i);
/** Any fixed Monday will do: the calendar only places the simulated weeks in quarters and years. */
const SIMULATION_START = '2018-01-01';

interface ArlPoint {
  threshold: number;
  logArl: number;
  alarms: number;
}

function simulateIncrements(key: CalibrationKey): IncrementPaths[] {
  const weeks = key.historyWeeks + MONITOR_WEEKS;
  const weekStarts = Array.from({ length: weeks }, (_, i) => addDays(SIMULATION_START, 7 * i));
  const features = computeWeekFeatures(weekStarts, CALENDAR_YEAR);
  const random = createRandom(deriveSeed(key.seed, toCalibrationCacheKey(key)));
  // Mean-log level 0 for log-Gaussian values: the baseline's intercept is free, so the level does not matter.
  const level = key.family === 'binomial' ? key.probability : key.family === 'count' ? key.volume : 0;
  const truth = {
    family: key.family,
    expected: new Float64Array(weeks).fill(level),
    dispersion: key.dispersion,
    meanTrials: key.volume,
  };
  return Array.from({ length: key.runs }, () => {
    const series = simulateSeries(truth, random);
    return planMonitor({
      family: key.family,
      badDirection: key.badDirection,
      method: key.method,
      features,
      y: series.y,
      n: series.n,
      historyFrom: 0,
      monitorFrom: key.historyWeeks,
    });
  });
}

function findThreshold(
  points: ArlPoint[],
  target: number,
): Pick<CalibrationResult, 'threshold' | 'isExtrapolated'> {
  const logTarget = Math.log(target);
  const reliable = points.filter((point) => point.alarms >= MIN_ALARMS);
  const above = reliable.findIndex((point) => point.logArl >= logTarget);
  if (above > 0) {
    const low = reliable[above - 1]!;
    const high = reliable[above]!;
    const share = (logTarget - low.logArl) / (high.logArl - low.logArl || 1);
    return { threshold: low.threshold + share * (high.threshold - low.threshold), isExtrapolated: false };
  }
  if (above === 0) return { threshold: reliable[0]!.threshold, isExtrapolated: false };
  // ln ARL0 grows linearly in h for large h (Siegmund: ARL0 ≈ (e^h − h − 1)/I): fit the top of the curve.
  const top = reliable.filter((point) => point.threshold >= (reliable.at(-1)?.threshold ?? 0) - 3);
  if (top.length < 2) return { threshold: Math.log(target), isExtrapolated: true };
  const meanH = top.reduce((sum, point) => sum + point.threshold, 0) / top.length;
  const meanL = top.reduce((sum, point) => sum + point.logArl, 0) / top.length;
  let sxy = 0;
  let sxx = 0;
  for (const point of top) {
    sxy += (point.threshold - meanH) * (point.logArl - meanL);
    sxx += (point.threshold - meanH) ** 2;
  }
  const slope = Math.max(sxy / (sxx || 1), 0.1);
  return { threshold: meanH + (logTarget - meanL) / slope, isExtrapolated: true };
}

/**
 * The threshold whose alarm rate over simulated in-control increment paths (restart after each alarm) gives
 * ARL0 = `targetArl0`: ARL0(h) = monitored weeks / alarms, interpolated on ln ARL0 over a grid of h.
 */
export function calibrateIncrements(runs: readonly IncrementPaths[], targetArl0: number): CalibrationResult {
  const exposureWeeks = runs.reduce((sum, run) => sum + run.weeks, 0);
  const countAll = (threshold: number) => runs.reduce((sum, run) => sum + countAlarms(run, threshold), 0);
  const points: ArlPoint[] = [];
  for (const threshold of THRESHOLDS) {
    const alarms = countAll(threshold);
    points.push({ threshold, alarms, logArl: Math.log(exposureWeeks / Math.max(alarms, 0.5)) });
    // Beyond the last alarm every higher threshold has none: nothing more to learn.
    if (alarms === 0) break;
  }
  const { threshold, isExtrapolated } = findThreshold(points, targetArl0);
  const alarms = countAll(threshold);
  return { threshold, arl0: exposureWeeks / Math.max(alarms, 1), alarms, exposureWeeks, isExtrapolated };
}

/**
 * The threshold for one calibration key: deterministic for the key (its seed and run count included), so it
 * can be cached under `toCalibrationCacheKey(key)`. Costs `key.runs` simulated series of history + 104 weeks
 * (about a second per 600 runs on one core).
 */
export function computeThreshold(key: CalibrationKey): CalibrationResult {
  return calibrateIncrements(simulateIncrements(key), key.targetArl0);
}
