/**
 * The production pipeline for one series, from weekly values to log-likelihood-ratio increments: each
 * monitored week is compared with a baseline fitted on history that ends at least `lagWeeks` earlier, refitted
 * on a fixed grid of weeks (every `refitWeeks`, aligned on the epoch) so that every scan, and every simulated
 * history in calibration, computes the same path for the same week.
 */
import { type BaselineFit, estimateBaseline, predictBaseline } from './baseline.ts';
import type { WeekFeatures } from './baseline-design.ts';
import type { BadDirection, IndicatorFamily } from './catalogue.ts';
import { computeLinearLlr, type WeekModel } from './likelihood.ts';

export type DetectionMethod = 'glr' | 'cusum';

export interface MonitorSettings {
  /** A shift enters the baseline only this many weeks after it started: the window to catch it. */
  lagWeeks: number;
  refitWeeks: number;
  maxHistoryWeeks: number;
}

/**
 * Most of the delay lost to the oracle is the baseline's level error where it is extrapolated (the trend's
 * leverage), so a fresher fit on more weeks pays: a lag of a quarter (not half a year) and up to three years of
 * history cut the mean delay ratio to the oracle from 1.63 to 1.54 in `npm run bench -- detect` at the same
 * ARL0; shifts too small to catch within a quarter (−10 %) were not caught less often (docs/DETECTION.md).
 */
export const MONITOR_DEFAULTS: MonitorSettings = { lagWeeks: 13, refitWeeks: 13, maxHistoryWeeks: 156 };

/**
 * Shift sizes watched, as ratios of the baseline for a decline. The GLR maximises over this grid (a
 * multi-chart CUSUM, which is the GLR statistic over a finite set of shift sizes); the CUSUM uses one size.
 * A rise is watched with the reciprocal ratios.
 */
export const GLR_DECLINE_RATIOS = [0.9, 0.8, 0.7];
export const CUSUM_DECLINE_RATIO = 0.8;

export function listChartRatios(method: DetectionMethod, direction: BadDirection): number[] {
  const declines = method === 'glr' ? GLR_DECLINE_RATIOS : [CUSUM_DECLINE_RATIO];
  return direction === 'down' ? declines : declines.map((ratio) => 1 / ratio);
}

export interface MonitorInput {
  family: IndicatorFamily;
  badDirection: BadDirection;
  method: DetectionMethod;
  features: WeekFeatures;
  y: ArrayLike<number>;
  n: ArrayLike<number>;
  /** First week index that may serve as history (usually 0). */
  historyFrom: number;
  /** First monitored week index; everything before it is history only. */
  monitorFrom: number;
  settings?: MonitorSettings;
}

export interface MonitorPlan {
  ratios: number[];
  /** One model per monitored week (index monitorFrom + k). */
  models: WeekModel[];
  /** Chart-major: increments[c * weeks + k] for chart c and monitored week k. */
  increments: Float64Array;
  weeks: number;
}

type ResolvedInput = MonitorInput & { settings: MonitorSettings };

/** The first week index after the history of the fit that serves week `index`. */
function findAnchor(input: ResolvedInput, index: number): number {
  const { settings } = input;
  const weekNumbers = input.features.weekNumbers;
  const lagged = weekNumbers[index]! - settings.lagWeeks;
  const aligned = Math.floor(lagged / settings.refitWeeks) * settings.refitWeeks;
  return Math.max(input.monitorFrom, aligned - weekNumbers[0]!);
}

function fitAt(input: ResolvedInput, anchor: number): BaselineFit {
  const { settings } = input;
  return estimateBaseline({
    family: input.family,
    features: input.features,
    y: input.y,
    n: input.n,
    from: Math.max(input.historyFrom, anchor - settings.maxHistoryWeeks),
    to: anchor,
  });
}

/** Baselines per monitored week, then the log-likelihood ratio of every chart for every monitored week. */
export function planMonitor(monitorInput: MonitorInput): MonitorPlan {
  const input: ResolvedInput = { ...monitorInput, settings: monitorInput.settings ?? MONITOR_DEFAULTS };
  const ratios = listChartRatios(input.method, input.badDirection);
  const weeks = Math.max(0, input.y.length - input.monitorFrom);
  const fits = new Map<number, BaselineFit>();
  const models: WeekModel[] = [];
  const increments = new Float64Array(ratios.length * weeks);
  for (let k = 0; k < weeks; k++) {
    const index = input.monitorFrom + k;
    const anchor = findAnchor(input, index);
    let fit = fits.get(anchor);
    if (!fit) {
      fit = fitAt(input, anchor);
      fits.set(anchor, fit);
    }
    const model: WeekModel = {
      family: input.family,
      expected: predictBaseline(fit, index),
      n: input.family === 'count' ? 1 : input.n[index]!,
      dispersion: fit.dispersion,
    };
    models.push(model);
    ratios.forEach((ratio, c) => {
      const llr = computeLinearLlr(model, ratio);
      increments[c * weeks + k] = llr.slope * input.y[index]! + llr.intercept;
    });
  }
  return { ratios, models, increments, weeks };
}
