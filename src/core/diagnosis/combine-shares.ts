/**
 * One share per barrier from two sources: the coded lost reasons (Wilson) and the reps' answer score (bootstrap).
 * The estimate and both bounds are the same weighted mean of the sources' estimates and bounds, with weights
 * proportional to each source's precision (1 / variance, the variance read off its interval as ((high − low) /
 * (2 · 1.96))²). Averaging bounds is the interval one gets if the two sources' errors were perfectly correlated —
 * and they may well be, since the same reps wrote the CRM reasons and the answers — so the combination never
 * claims more certainty than its better source. It covers the truth whenever both sources' intervals do, so
 * at least 90 % of the time if each covers 95 %.
 */
import { Z_95 } from './intervals.ts';
import type { Estimate } from './types.ts';

/** Below this half-width a source would swamp the other; no share is known better than ±0.5 points. */
const MIN_HALF_WIDTH = 0.005;

export function combineShares(sources: readonly (Estimate | null)[]): Estimate | null {
  const present = sources.filter((source): source is Estimate => source !== null);
  if (present.length === 0) return null;
  const precisions = present.map((source) => {
    const halfWidth = Math.max(MIN_HALF_WIDTH, (source.high - source.low) / 2);
    return (Z_95 / halfWidth) ** 2;
  });
  const total = precisions.reduce((sum, precision) => sum + precision, 0);
  const mix = (field: keyof Estimate) =>
    present.reduce((sum, source, i) => sum + ((precisions[i] ?? 0) / total) * source[field], 0);
  return { estimate: mix('estimate'), low: mix('low'), high: mix('high') };
}
