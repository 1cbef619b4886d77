/**
 * What a calibrated threshold depends on, bucketed so that similar series share one simulation: the family and
 * direction, the method, the weekly volume, the dispersion, the history length and the target ARL0. The key
 * is the cache key of table `calibration_cache`; `DETECTOR_VERSION` changes whenever the pipeline does, so an
 * old threshold is never reused for new code.
 */
import { MIN_LOG_VARIANCE } from './baseline.ts';
import type { BadDirection, IndicatorFamily } from './catalogue.ts';
import type { DetectionMethod } from './monitor.ts';

export const DETECTOR_VERSION = 'detect-2';

export interface CalibrationKey {
  version: string;
  family: IndicatorFamily;
  method: DetectionMethod;
  badDirection: BadDirection;
  /** count: mean events per week; binomial: mean trials per week; log_gaussian: mean values per week. */
  volume: number;
  /** binomial: the success probability; 0 otherwise. */
  probability: number;
  /** As in BaselineFit: α for counts, φ for binomial, σ² for log_gaussian. */
  dispersion: number;
  historyWeeks: number;
  targetArl0: number;
  seed: number;
  /** Simulated series behind the threshold: its precision (600 gives ARL0 within about ±5 %). */
  runs: number;
}

export const DEFAULT_CALIBRATION_RUNS = 600;

/** History lengths calibrated for; a series uses the longest one it has (weeks), up to the fit's window. */
export const HISTORY_BUCKETS = [13, 26, 39, 52, 78, 104, 156];
export const MIN_HISTORY_WEEKS = HISTORY_BUCKETS[0]!;
/**
 * Variance-to-mean ratios for counts (1 + αμ) and φ for rates: what matters for the statistic is how much
 * noisier than Poisson or binomial a week is, at the series' own volume.
 */
const VARIANCE_RATIO_BUCKETS = [1, 1.25, 1.5, 2, 3, 5, 8, 13, 20, 40, 100, 300, 1000];

/** Nearest on a √2-spaced grid: volumes and variances within ±19 % share a threshold. */
function bucketGeometric(value: number, floor: number): number {
  const clamped = Math.max(value, floor);
  return 2 ** (Math.round(2 * Math.log2(clamped)) / 2);
}

function bucketVarianceRatio(ratio: number): number {
  let best = VARIANCE_RATIO_BUCKETS[0]!;
  for (const bucket of VARIANCE_RATIO_BUCKETS) {
    if (Math.abs(Math.log(ratio / bucket)) < Math.abs(Math.log(ratio / best))) best = bucket;
  }
  return best;
}

function bucketDispersion(profile: SeriesProfile, volume: number): number {
  if (profile.family === 'log_gaussian') return bucketGeometric(profile.dispersion, MIN_LOG_VARIANCE);
  if (profile.family === 'binomial') return bucketVarianceRatio(Math.max(1, profile.dispersion));
  const ratio = bucketVarianceRatio(1 + Math.max(0, profile.dispersion) * profile.volume);
  return (ratio - 1) / volume;
}

export function bucketHistoryWeeks(weeks: number): number {
  return HISTORY_BUCKETS.filter((bucket) => bucket <= weeks).at(-1) ?? 0;
}

/** ARL0 targets beyond two years are rounded to two significant digits to keep the cache small. */
export function bucketArl0(target: number): number {
  if (target <= 208) return Math.round(target);
  const magnitude = 10 ** (Math.floor(Math.log10(target)) - 1);
  return Math.round(target / magnitude) * magnitude;
}

export interface SeriesProfile {
  family: IndicatorFamily;
  method: DetectionMethod;
  badDirection: BadDirection;
  volume: number;
  probability: number;
  dispersion: number;
  historyWeeks: number;
  targetArl0: number;
  seed: number;
}

/** Buckets a series' profile into the key its threshold is calibrated (and cached) under. */
export function toCalibrationKey(profile: SeriesProfile & { runs?: number }): CalibrationKey {
  const volume = bucketGeometric(profile.volume, 0.25);
  return {
    version: DETECTOR_VERSION,
    family: profile.family,
    method: profile.method,
    badDirection: profile.badDirection,
    volume,
    probability:
      profile.family === 'binomial'
        ? Math.min(0.95, Math.max(0.05, Math.round(profile.probability * 20) / 20))
        : 0,
    dispersion: bucketDispersion(profile, volume),
    historyWeeks: bucketHistoryWeeks(profile.historyWeeks),
    targetArl0: bucketArl0(profile.targetArl0),
    seed: profile.seed,
    runs: profile.runs ?? DEFAULT_CALIBRATION_RUNS,
  };
}

export function toCalibrationCacheKey(key: CalibrationKey): string {
  return [
    key.version,
    key.family,
    key.method,
    key.badDirection,
    `v=${Number(key.volume.toPrecision(6))}`,
    `p=${key.probability}`,
    `d=${Number(key.dispersion.toPrecision(6))}`,
    `h=${key.historyWeeks}`,
    `arl0=${key.targetArl0}`,
    `seed=${key.seed}`,
    `runs=${key.runs}`,
  ].join('|');
}
