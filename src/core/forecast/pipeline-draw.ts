/**
 * The open pipeline's contribution to one simulated period, given the period's odds factor. Up to
 * EXACT_OPEN_DEALS open deals every deal is drawn (a Bernoulli each). Above that — a workspace with tens of
 * thousands of open deals, where drawing each one 2,000 times took most of a scan — the LARGEST_EXACT deals
 * with the biggest values are still drawn one by one, and the rest is drawn as one normal variable with the
 * exact conditional mean and variance of its sum (Lyapunov's central limit theorem: many independent bounded
 * terms, none of them dominant once the largest are taken out). Deals with the same win probability share the
 * odds shift, so the moments cost one step per distinct probability, not per deal.
 */
import { type Random, sampleNormal } from '../random.ts';
import type { OpenDealDraw } from './simulate.ts';

export const EXACT_OPEN_DEALS = 5000;
const LARGEST_EXACT = 500;

/** Shifts a probability by a factor on the odds scale, which keeps it inside (0, 1). */
export function shiftOdds(probability: number, oddsFactor: number): number {
  if (probability <= 0) return 0;
  if (probability >= 1) return 1;
  const shifted = oddsFactor * probability;
  return shifted / (1 - probability + shifted);
}

/** Σ v·t, Σ v²·t and Σ v²·t² of the deals sharing one win probability. */
interface ProbabilityGroup {
  winProbability: number;
  valueTiming: number;
  squareTiming: number;
  squareTimingSquared: number;
}

function groupByProbability(deals: readonly OpenDealDraw[]): ProbabilityGroup[] {
  const groups = new Map<number, ProbabilityGroup>();
  for (const deal of deals) {
    let group = groups.get(deal.winProbability);
    if (!group) {
      group = {
        winProbability: deal.winProbability,
        valueTiming: 0,
        squareTiming: 0,
        squareTimingSquared: 0,
      };
      groups.set(deal.winProbability, group);
    }
    const square = deal.value * deal.value;
    group.valueTiming += deal.value * deal.timingShare;
    group.squareTiming += square * deal.timingShare;
    group.squareTimingSquared += square * deal.timingShare * deal.timingShare;
  }
  return [...groups.values()];
}

/** Draws the pipeline total of one simulated period for an odds factor. */
export type PipelineDraw = (oddsFactor: number, random: Random) => number;

/** Every deal drawn on its own. */
export function createExactPipelineDraw(deals: readonly OpenDealDraw[]): PipelineDraw {
  return (oddsFactor, random) => {
    let pipeline = 0;
    for (const deal of deals) {
      const probability = shiftOdds(deal.winProbability, oddsFactor) * deal.timingShare;
      if (random.next() < probability) pipeline += deal.value;
    }
    return pipeline;
  };
}

/**
 * The draw for these deals (already without zero chances). Each won deal's value lands inside the period with
 * probability q = shiftOdds(p) × t, so the bulk's mean is Σ v·q and its variance Σ v²·q·(1 − q).
 */
export function createPipelineDraw(deals: readonly OpenDealDraw[]): PipelineDraw {
  if (deals.length <= EXACT_OPEN_DEALS) return createExactPipelineDraw(deals);
  const bySize = deals
    .map((deal, index) => ({ deal, index }))
    .sort((a, b) => b.deal.value - a.deal.value || a.index - b.index);
  const largest = createExactPipelineDraw(bySize.slice(0, LARGEST_EXACT).map((item) => item.deal));
  const groups = groupByProbability(bySize.slice(LARGEST_EXACT).map((item) => item.deal));
  return (oddsFactor, random) => {
    let mean = 0;
    let variance = 0;
    for (const group of groups) {
      const shifted = shiftOdds(group.winProbability, oddsFactor);
      mean += shifted * group.valueTiming;
      variance += shifted * group.squareTiming - shifted * shifted * group.squareTimingSquared;
    }
    const bulk = Math.max(0, sampleNormal(random, mean, Math.sqrt(Math.max(0, variance))));
    return largest(oddsFactor, random) + bulk;
  };
}
