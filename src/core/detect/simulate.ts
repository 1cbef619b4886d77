/**
 * Synthetic weekly observations for a given truth, for calibration (flat truth) and for the benchmark
 * (seasonal truth with shifts). The observation model is the family's: negative binomial or Poisson counts,
 * (beta-)binomial successes over Poisson-varying trials, and the mean of Poisson-varying numbers of log-normal
 * values.
 */
import {
  type Random,
  sampleBeta,
  sampleBinomial,
  sampleNegativeBinomial,
  sampleNormal,
  samplePoisson,
} from '../random.ts';
import type { IndicatorFamily } from './catalogue.ts';

export interface SimulationTruth {
  family: IndicatorFamily;
  /** Per week: count mean, success probability, or mean log value. */
  expected: ArrayLike<number>;
  /** As in BaselineFit: α for counts, φ for binomial, σ² of one log value. */
  dispersion: number;
  /** Mean trials (binomial) or values (log_gaussian) per week; ignored for counts. */
  meanTrials: number;
}

export interface SimulatedSeries {
  y: Float64Array;
  n: Float64Array;
}

/** A beta-binomial with the same mean whose variance is φ times the binomial's at the mean trial count. */
function sampleSuccesses(
  random: Random,
  week: { truth: SimulationTruth; trials: number; p: number },
): number {
  const { truth, trials, p } = week;
  if (truth.dispersion <= 1.01 || truth.meanTrials <= 1) return sampleBinomial(random, trials, p);
  const concentration = Math.max(0.5, (truth.meanTrials - 1) / (truth.dispersion - 1) - 1);
  return sampleBinomial(random, trials, sampleBeta(random, p * concentration, (1 - p) * concentration));
}

/** One synthetic series drawn from `truth` with the family's observation model. */
export function simulateSeries(truth: SimulationTruth, random: Random): SimulatedSeries {
  const weeks = truth.expected.length;
  const y = new Float64Array(weeks);
  const n = new Float64Array(weeks);
  for (let i = 0; i < weeks; i++) {
    const expected = truth.expected[i]!;
    if (truth.family === 'count') {
      n[i] = 1;
      y[i] =
        truth.dispersion > 0
          ? sampleNegativeBinomial(random, expected, 1 / truth.dispersion)
          : samplePoisson(random, expected);
    } else if (truth.family === 'binomial') {
      n[i] = samplePoisson(random, truth.meanTrials);
      y[i] = sampleSuccesses(random, { truth, trials: n[i]!, p: Math.min(1, Math.max(0, expected)) });
    } else {
      n[i] = samplePoisson(random, truth.meanTrials);
      y[i] = n[i]! > 0 ? sampleNormal(random, expected, Math.sqrt(truth.dispersion / n[i]!)) : 0;
    }
  }
  return { y, n };
}
