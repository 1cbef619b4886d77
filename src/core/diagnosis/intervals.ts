/**
 * Interval estimates for the diagnosis: Wilson score intervals for shares of coded lost reasons, Newcombe's
 * hybrid score interval for the change of a share (baseline → now, siblings → here), and Hesterberg's expanded
 * bootstrap percentile interval for weighted means over a handful of reps. All at 95 %.
 */

export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson (1927) score interval for successes out of trials; null without trials. */
export function computeWilsonInterval(successes: number, trials: number): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = Z_95 * Z_95;
  const center = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (Z_95 / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

export interface Difference extends Interval {
  /** Share of the first group minus share of the second, −1…1. */
  difference: number;
  /** The interval excludes zero: a change beyond what chance explains at 95 %. */
  isSignificant: boolean;
}

export interface Count {
  count: number;
  total: number;
}

/** Newcombe (1998, method 10): the difference of two independent proportions from their Wilson intervals. */
export function computeNewcombeDifference(first: Count, second: Count): Difference | null {
  const a = computeWilsonInterval(first.count, first.total);
  const b = computeWilsonInterval(second.count, second.total);
  if (!a || !b) return null;
  const [p1, p2] = [first.count / first.total, second.count / second.total];
  const difference = p1 - p2;
  const low = difference - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2);
  const high = difference + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2);
  return { difference, low, high, isSignificant: low > 0 || high < 0 };
}

/** Standard normal CDF via erf (Abramowitz & Stegun 7.1.26, error < 1.5e-7): enough to pick a percentile. */
export function computeNormalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Student's t 97.5 % quantiles for 1–30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t quantile: the table, then the Cornish–Fisher expansion z + (z³ + z)/(4·df), within 0.001 beyond 30 df. */
export function computeT975(degreesOfFreedom: number): number {
  const tabled = T_975[degreesOfFreedom - 1];
  if (tabled !== undefined) return tabled;
  return Z_95 + (Z_95 ** 3 + Z_95) / (4 * degreesOfFreedom);
}

/** The k-th smallest value (0-based) by quickselect (Hoare), in O(n); reorders `values`. */
function selectInPlace(values: Float64Array, k: number): number {
  let [left, right] = [0, values.length - 1];
  while (left < right) {
    const pivot = values[(left + right) >> 1] ?? 0;
    let [i, j] = [left, right];
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = swap;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] ?? Number.NaN;
}

/**
 * The expanded percentile interval (Hesterberg 2015, "What teachers should know about the bootstrap"): the plain
 * percentile interval is too narrow for small samples, since it uses the plug-in sd (divisor n) and normal
 * quantiles. Taking the percentiles at α'/2 = Φ(−√(n/(n−1)) · t(n−1, 0.975)) corrects both. With 2–3 reps the
 * percentiles fall beyond the resamples and the interval is the resamples' range. `estimates`: the bootstrap
 * estimates in any order (not modified); `sampleSize`: the number of reps resampled (n ≥ 2).
 */
export function computeExpandedPercentileInterval(
  estimates: ArrayLike<number>,
  sampleSize: number,
): Interval {
  const n = sampleSize;
  const tail = computeNormalCdf(-Math.sqrt(n / (n - 1)) * computeT975(n - 1));
  const scratch = Float64Array.from(estimates);
  const last = scratch.length - 1;
  const lowIndex = Math.min(last, Math.max(0, Math.round(tail * last)));
  return { low: selectInPlace(scratch, lowIndex), high: selectInPlace(scratch, last - lowIndex) };
}
