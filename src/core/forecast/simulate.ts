/**
 * Monte Carlo of period-end attainment: booked so far + open deals won inside the period + new business, with
 * one period-level shock per simulation. Each part draws from its own seeded stream, so adding a deal does not
 * reshuffle the draws of another part and a scan is reproducible.
 */
import { createRandom, deriveSeed, sampleNormal, samplePoisson } from '../random.ts';
import { createPipelineDraw } from './pipeline-draw.ts';

export interface OpenDealDraw {
  /** What the deal counts toward the target when won (cents or 1). */
  value: number;
  /** P(the deal is ever won), before the period shock. */
  winProbability: number;
  /** P(its close falls inside the period | it is won). */
  timingShare: number;
}

export interface SimulationInput {
  booked: number;
  openDeals: readonly OpenDealDraw[];
  /**
   * Expected new deals won inside the period, the values to draw each one's size from, and the variance of the
   * expectation's log from estimating it (drawn independently of the period shock).
   */
  newBusiness: { expectedWins: number; values: readonly number[]; logVariance?: number };
  /**
   * The period factor: win log-odds shift ~ N(winMean, winSd²) (the nowcast posterior), and a mean-preserving
   * lognormal factor with log-SD creationSd on new business, both driven by the same standard normal draw.
   */
  shock: { winMean: number; winSd: number; creationSd: number };
  simulations: number;
  seed: number;
}

export interface SimulationResult {
  /** Simulated period totals, sorted ascending. */
  totals: Float64Array;
  meanPipeline: number;
  meanNewBusiness: number;
}

/** Runs the simulations; `totals` are sorted for quantiles. */
export function simulateAttainment(input: SimulationInput): SimulationResult {
  const shockRandom = createRandom(deriveSeed(input.seed, 'shock'));
  const dealRandom = createRandom(deriveSeed(input.seed, 'pipeline'));
  const countRandom = createRandom(deriveSeed(input.seed, 'new-count'));
  const valueRandom = createRandom(deriveSeed(input.seed, 'new-value'));
  const { winMean, winSd, creationSd } = input.shock;
  const { values, expectedWins } = input.newBusiness;
  const estimateVariance = input.newBusiness.logVariance ?? 0;
  const estimateSd = Math.sqrt(estimateVariance);
  const drawPipeline = createPipelineDraw(
    input.openDeals.filter((deal) => deal.timingShare > 0 && deal.winProbability > 0),
  );
  const totals = new Float64Array(input.simulations);
  let pipelineSum = 0;
  let newSum = 0;
  for (let s = 0; s < input.simulations; s++) {
    const z = sampleNormal(shockRandom);
    const oddsFactor = Math.exp(winMean + winSd * z);
    const pipeline = drawPipeline(oddsFactor, dealRandom);
    // Mean-preserving lognormal factors on the rate of new wins: the period shock and the estimate's own error.
    const error = estimateSd > 0 ? estimateSd * sampleNormal(shockRandom) - estimateVariance / 2 : 0;
    const rate = expectedWins * Math.exp(creationSd * z - (creationSd * creationSd) / 2 + error);
    const count = values.length > 0 ? samplePoisson(countRandom, rate) : 0;
    let fresh = 0;
    for (let i = 0; i < count; i++) fresh += values[Math.floor(valueRandom.next() * values.length)]!;
    totals[s] = input.booked + pipeline + fresh;
    pipelineSum += pipeline;
    newSum += fresh;
  }
  totals.sort();
  return {
    totals,
    meanPipeline: pipelineSum / input.simulations,
    meanNewBusiness: newSum / input.simulations,
  };
}

/** Quantile of sorted values with linear interpolation between order statistics (type 7). */
export function computeQuantile(sorted: Float64Array, probability: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * probability;
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (position - low) * (sorted[high]! - sorted[low]!);
}

export interface AttainmentSummary {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  /** P(total < target). */
  pMiss: number;
  /** E[max(0, target − total)]: the shortfall averaged over all outcomes, hits counting as 0. */
  expectedShortfall: number;
  /** E[target − total | miss]: how far short it falls when it does. */
  shortfallIfMissed: number;
}

export function summariseAttainment(totals: Float64Array, target: number): AttainmentSummary {
  let sum = 0;
  let misses = 0;
  let shortfall = 0;
  for (const total of totals) {
    sum += total;
    if (total < target) {
      misses++;
      shortfall += target - total;
    }
  }
  const n = Math.max(1, totals.length);
  return {
    p10: computeQuantile(totals, 0.1),
    p50: computeQuantile(totals, 0.5),
    p90: computeQuantile(totals, 0.9),
    mean: sum / n,
    pMiss: misses / n,
    expectedShortfall: shortfall / n,
    shortfallIfMissed: misses > 0 ? shortfall / misses : 0,
  };
}
