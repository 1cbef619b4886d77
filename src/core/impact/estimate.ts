/**
 * Difference-in-differences on the log scale with a moving-block bootstrap over weeks.
 *
 * The level of a scope over a set of weeks is Σvalue / Σbase (a ratio estimator), so counts, rates and averages
 * share one estimator. The log effect is
 *   log(level_T,effect / level_T,pre) − log(level_C,effect / level_C,pre)
 * and exp(effect) − 1 is the relative lift: whatever moved the controls (season, market shocks, growth)
 * is assumed to have moved the target by the same factor (parallel trends on the log scale).
 * Against a baseline series the effect is log(Σ actual / Σ expected) over the effect weeks.
 *
 * Resampling keeps the target and the controls of a week together, so shocks they share cancel in every
 * replicate, and resamples blocks of consecutive weeks (Künsch 1989) so short autocorrelation stays in.
 */
import type { Random } from '../random.ts';
import type { Interval } from './types.ts';
import type { AlignedSeries } from './weeks.ts';

/** Added to every numerator sum so an empty window gives a finite log (Haldane–Anscombe style). */
const CONTINUITY = 0.5;

export interface PeriodSeries {
  pre: AlignedSeries;
  effect: AlignedSeries;
}

function logLevel(series: AlignedSeries, indices: Int32Array | null): number {
  let value = CONTINUITY;
  let base = 0;
  const count = indices ? indices.length : series.values.length;
  for (let k = 0; k < count; k++) {
    const i = indices ? (indices[k] ?? 0) : k;
    value += series.values[i] ?? 0;
    base += series.bases[i] ?? 0;
  }
  return base > 0 ? Math.log(value / base) : Number.NaN;
}

export interface Resample {
  pre: Int32Array | null;
  effect: Int32Array | null;
}

/** Log DiD of target against pooled controls; `null` index arrays = the observed weeks. */
export function computeLogDid(target: PeriodSeries, control: PeriodSeries, resample: Resample): number {
  const targetChange = logLevel(target.effect, resample.effect) - logLevel(target.pre, resample.pre);
  const controlChange = logLevel(control.effect, resample.effect) - logLevel(control.pre, resample.pre);
  return targetChange - controlChange;
}

/** Log ratio of the target's effect-period level to the expected (baseline) level. */
export function computeLogVsBaseline(
  target: AlignedSeries,
  baseline: AlignedSeries,
  indices: Int32Array | null,
): number {
  return logLevel(target, indices) - logLevel(baseline, indices);
}

/** Fills `out` with week indices drawn as blocks of `blockWeeks` consecutive weeks (moving-block bootstrap). */
export function drawBlockIndices(random: Random, weeks: number, blockWeeks: number, out: Int32Array): void {
  const block = Math.max(1, Math.min(blockWeeks, weeks));
  const starts = weeks - block + 1;
  for (let filled = 0; filled < out.length; ) {
    const start = Math.floor(random.next() * starts);
    for (let j = 0; j < block && filled < out.length; j++) out[filled++] = start + j;
  }
}

/** Linear-interpolated quantile of an ascending array. */
export function quantileSorted(sorted: Float64Array, probability: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = probability * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (position - low) * (b - a);
}

export interface BootstrapSummary {
  estimate: number;
  /** Percentile interval of the log effect. */
  intervalLog: Interval;
  standardErrorLog: number;
  /** Replicates with a defined effect (a ratio KPI can have empty resamples). */
  replicates: number;
}

/**
 * Bootstrap summary of a statistic. The replicate spread is widened by √(n / (n − b)) for n effect weeks in
 * blocks of b: a moving-block bootstrap of a short window underestimates the variance of a mean by about that
 * factor (Lahiri 2003, ch. 3), which matters at 8–13 weeks.
 */
export function summariseReplicates(
  estimate: number,
  replicates: Float64Array,
  widening: number,
): BootstrapSummary {
  const finite = Float64Array.from(replicates.filter((value) => Number.isFinite(value))).sort();
  let sum = 0;
  for (const value of finite) sum += value;
  const mean = sum / finite.length;
  let squares = 0;
  for (const value of finite) squares += (value - mean) ** 2;
  const sd = Math.sqrt(squares / Math.max(1, finite.length - 1)) * widening;
  // Percentiles taken around the estimate with the widened spread: centre-shifted percentile interval.
  const low = estimate + (quantileSorted(finite, 0.025) - mean) * widening;
  const high = estimate + (quantileSorted(finite, 0.975) - mean) * widening;
  return { estimate, intervalLog: { low, high }, standardErrorLog: sd, replicates: finite.length };
}
