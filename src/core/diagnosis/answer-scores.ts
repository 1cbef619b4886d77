/**
 * Barrier scores from the reps' answers. The reps, not the answers, are the independent units (one rep's answers
 * share that rep's view). With w the rep weight from collect-answers.ts, per barrier:
 * - score = Σ w·s / Σ w over the reps who gave a share estimate s (scale or share answers). Its interval is a
 *   bootstrap over those reps (Hesterberg's expanded percentile interval, intervals.ts) of the same mean taken at
 *   the low and at the high end of each rep's answer range — a scale answer "often" says 40–60 %, no more —
 *   widened to at least ±MIN_HALF_WIDTH, since no rep perceives a share more finely than that. Each barrier draws
 *   its own resamples (seeded per barrier), so an answer about one barrier never moves another's interval.
 * - support = Σ w·[named] / Σ w over all answering reps: the weighted share of reps naming the barrier with strong
 *   evidence; a weighted proportion, so its interval is Wilson's at Kish's effective sample size (Σw)²/Σw².
 */
import { BARRIER_KEYS, type BarrierKey } from '../aida.ts';
import { createRandom, deriveSeed } from '../random.ts';
import type { RepEvidence, ShareRange } from './collect-answers.ts';
import { computeExpandedPercentileInterval, computeWilsonInterval } from './intervals.ts';
import type { Estimate } from './types.ts';

export const BOOTSTRAP_RESAMPLES = 2000;
export const MIN_HALF_WIDTH = 0.05;

export interface AnswerScore {
  score: Estimate | null;
  scoreReps: number;
  support: Estimate | null;
  namedBy: number;
}

interface Rated {
  weight: number;
  range: ShareRange;
}

function weightedMean(rated: readonly Rated[], field: keyof ShareRange): number {
  let numerator = 0;
  let denominator = 0;
  for (const { weight, range } of rated) {
    numerator += weight * range[field];
    denominator += weight;
  }
  return numerator / denominator;
}

/** Resampled weighted means of the low and of the high ends. */
function resampleMeans(rated: readonly Rated[], seed: number): { lows: Float64Array; highs: Float64Array } {
  const random = createRandom(seed);
  const n = rated.length;
  const weights = Float64Array.from(rated, (item) => item.weight);
  const weightedLows = Float64Array.from(rated, (item) => item.weight * item.range.low);
  const weightedHighs = Float64Array.from(rated, (item) => item.weight * item.range.high);
  const lows = new Float64Array(BOOTSTRAP_RESAMPLES);
  const highs = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    let low = 0;
    let high = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const pick = Math.floor(random.next() * n);
      low += weightedLows[pick] ?? 0;
      high += weightedHighs[pick] ?? 0;
      total += weights[pick] ?? 0;
    }
    lows[r] = low / total;
    highs[r] = high / total;
  }
  return { lows, highs };
}

function estimateScore(rated: readonly Rated[], seed: number): Estimate | null {
  if (rated.length === 0) return null;
  const estimate = weightedMean(rated, 'share');
  if (rated.length < 2) return { estimate, low: 0, high: 1 };
  const { lows, highs } = resampleMeans(rated, seed);
  const low = computeExpandedPercentileInterval(lows, rated.length).low;
  const high = computeExpandedPercentileInterval(highs, rated.length).high;
  return {
    estimate,
    low: Math.max(0, Math.min(low, estimate - MIN_HALF_WIDTH)),
    high: Math.min(1, Math.max(high, estimate + MIN_HALF_WIDTH)),
  };
}

function estimateSupport(reps: readonly RepEvidence[], barrier: BarrierKey): Estimate | null {
  const total = reps.reduce((sum, rep) => sum + rep.weight, 0);
  if (reps.length === 0 || total <= 0) return null;
  const named = reps.reduce((sum, rep) => sum + (rep.strong.has(barrier) ? rep.weight : 0), 0);
  const effective = total ** 2 / reps.reduce((sum, rep) => sum + rep.weight ** 2, 0);
  const estimate = named / total;
  const interval = computeWilsonInterval(estimate * effective, effective);
  return interval ? { estimate, ...interval } : null;
}

/** Scores for every barrier from the reps' evidence; `seed` makes the bootstrap reproducible. */
export function computeAnswerScores(
  reps: readonly RepEvidence[],
  seed: number,
): Map<BarrierKey, AnswerScore> {
  const scores = new Map<BarrierKey, AnswerScore>();
  for (const barrier of BARRIER_KEYS) {
    const rated = reps.flatMap((rep) => {
      const range = rep.estimates.get(barrier);
      return range && rep.weight > 0 ? [{ weight: rep.weight, range }] : [];
    });
    scores.set(barrier, {
      score: estimateScore(rated, deriveSeed(seed, barrier)),
      scoreReps: rated.length,
      support: estimateSupport(reps, barrier),
      namedBy: reps.filter((rep) => rep.strong.has(barrier)).length,
    });
  }
  return scores;
}
