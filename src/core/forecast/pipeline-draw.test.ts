import { describe, expect, it } from 'vitest';
import { createRandom, sampleNormal } from '../random.ts';
import { createExactPipelineDraw, createPipelineDraw, EXACT_OPEN_DEALS } from './pipeline-draw.ts';
import type { OpenDealDraw } from './simulate.ts';
import { computeQuantile } from './simulate.ts';

/** A big pipeline: log-normal deal sizes, win probabilities from 30 curve cells. */
function generatePipeline(count: number): OpenDealDraw[] {
  const random = createRandom(11);
  return Array.from({ length: count }, () => ({
    value: Math.round(Math.exp(sampleNormal(random, 10, 0.6))),
    winProbability: 0.05 + Math.floor(random.next() * 30) * 0.03,
    timingShare: random.next(),
  }));
}

function drawMany(draw: ReturnType<typeof createPipelineDraw>, oddsFactor: number, seed: number) {
  const random = createRandom(seed);
  const totals = Float64Array.from({ length: 3000 }, () => draw(oddsFactor, random)).sort();
  return {
    p10: computeQuantile(totals, 0.1),
    p50: computeQuantile(totals, 0.5),
    p90: computeQuantile(totals, 0.9),
  };
}

describe('the open pipeline of a very large workspace', () => {
  const deals = generatePipeline(4 * EXACT_OPEN_DEALS);

  it.each([0.6, 1, 1.5])('has the same P10/P50/P90 as drawing every deal (odds factor %f)', (oddsFactor) => {
    const exact = drawMany(createExactPipelineDraw(deals), oddsFactor, 1);
    const approximate = drawMany(createPipelineDraw(deals), oddsFactor, 2);
    const spread = exact.p90 - exact.p10;
    // Within a tenth of the 80 % interval's width: the Monte Carlo error of 3,000 draws is about a twentieth.
    for (const key of ['p10', 'p50', 'p90'] as const) {
      expect(Math.abs(approximate[key] - exact[key])).toBeLessThan(spread / 10);
    }
    // The spread itself (the interval's width) within 8 %: its Monte Carlo error here is about 2.5 %.
    expect((approximate.p90 - approximate.p10) / spread).toBeGreaterThan(0.92);
    expect((approximate.p90 - approximate.p10) / spread).toBeLessThan(1.08);
  });

  it('draws every deal when there are few', () => {
    const few = generatePipeline(EXACT_OPEN_DEALS);
    const draw = createPipelineDraw(few);
    const exact = createExactPipelineDraw(few);
    expect(draw(1.2, createRandom(5))).toBe(exact(1.2, createRandom(5)));
  });
});
