/**
 * Log-likelihood ratios of "the week's level is ρ × baseline" against "it is at baseline", per family. Every
 * ratio is linear in the week's observation, l = slope·y + intercept, which makes the Kullback–Leibler
 * information (for the oracle delay) an expectation of y.
 */
import type { IndicatorFamily } from './catalogue.ts';

export interface WeekModel {
  family: IndicatorFamily;
  /** count: mean μ; binomial: probability p; log_gaussian: mean log m. */
  expected: number;
  /** binomial: trials; log_gaussian: number of values; count: 1. */
  n: number;
  /** As in BaselineFit: α for counts, φ for binomial, σ² for log_gaussian. */
  dispersion: number;
}

export interface LinearLlr {
  slope: number;
  intercept: number;
}

/** Post-change binomial probability; capped below 1 so a rising share keeps a finite likelihood. */
function shiftedProbability(p: number, ratio: number): number {
  return Math.min(ratio * p, 0.999);
}

/** l(y) = log f_ρ(y) − log f_1(y) for one week, as slope and intercept in y. */
export function computeLinearLlr(model: WeekModel, ratio: number): LinearLlr {
  const { expected, n, dispersion } = model;
  if (model.family === 'count') {
    if (dispersion <= 0) return { slope: Math.log(ratio), intercept: -expected * (ratio - 1) };
    // Negative binomial with size r = 1/α, mean μ → ρμ at fixed r.
    const r = 1 / dispersion;
    const tail = Math.log((r + expected) / (r + ratio * expected));
    return { slope: Math.log(ratio) + tail, intercept: r * tail };
  }
  if (n <= 0) return { slope: 0, intercept: 0 };
  if (model.family === 'binomial') {
    const shifted = shiftedProbability(expected, ratio);
    const failures = Math.log((1 - shifted) / (1 - expected));
    return {
      slope: (Math.log(shifted / expected) - failures) / dispersion,
      intercept: (n * failures) / dispersion,
    };
  }
  // Mean of n log values, each with variance σ²: the week's mean has variance σ²/n.
  const delta = Math.log(ratio);
  const precision = n / dispersion;
  return { slope: precision * delta, intercept: -precision * (expected * delta + (delta * delta) / 2) };
}

/** Expected observation y of the week before (ratio 1) or after (ratio ρ) the change. */
export function computeExpectedObservation(model: WeekModel, ratio: number): number {
  if (model.family === 'count') return ratio * model.expected;
  if (model.family === 'binomial') return model.n * shiftedProbability(model.expected, ratio);
  return model.expected + Math.log(ratio);
}

/**
 * Kullback–Leibler information per week between the post-change model (ratio ρ) and the baseline:
 * `post` = E_ρ[l] (drives the detection delay), `pre` = −E_1[l] (drives the false-alarm rate).
 */
export function computeInformation(model: WeekModel, ratio: number): { pre: number; post: number } {
  const llr = computeLinearLlr(model, ratio);
  const atBaseline = llr.slope * computeExpectedObservation(model, 1) + llr.intercept;
  const afterChange = llr.slope * computeExpectedObservation(model, ratio) + llr.intercept;
  return { pre: -atBaseline, post: afterChange };
}

/** Standard deviation of the week's observation (count, successes, or mean log) under the baseline. */
export function computeObservationSd(model: WeekModel): number {
  if (model.family === 'count') return Math.sqrt(model.expected * (1 + model.dispersion * model.expected));
  if (model.n <= 0) return Number.NaN;
  if (model.family === 'binomial') {
    return Math.sqrt(model.dispersion * model.n * model.expected * (1 - model.expected));
  }
  return Math.sqrt(model.dispersion / model.n);
}
