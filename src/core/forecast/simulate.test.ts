import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeQuantile,
  type SimulationInput,
  simulateAttainment,
  summariseAttainment,
} from './simulate.ts';

const BASE: SimulationInput = {
  booked: 1000,
  openDeals: [
    { value: 500, winProbability: 0.5, timingShare: 1 },
    { value: 300, winProbability: 0.8, timingShare: 0.5 },
  ],
  newBusiness: { expectedWins: 2, values: [100, 200] },
  shock: { winMean: 0, winSd: 0.3, creationSd: 0.2 },
  simulations: 4000,
  seed: 1,
};

describe('quantiles and summary', () => {
  it.each([
    [0, 1],
    [0.5, 2.5],
    [1, 4],
    [0.25, 1.75],
  ])('quantile %f of 1,2,3,4 is %f', (probability, expected) => {
    expect(computeQuantile(new Float64Array([1, 2, 3, 4]), probability)).toBeCloseTo(expected);
  });

  it('counts misses and averages the shortfall over all outcomes', () => {
    const summary = summariseAttainment(new Float64Array([50, 100, 150, 200]), 120);
    expect(summary.pMiss).toBe(0.5);
    expect(summary.expectedShortfall).toBeCloseTo((70 + 20) / 4);
    expect(summary.shortfallIfMissed).toBeCloseTo(45);
  });
});

describe('Monte Carlo of attainment', () => {
  it('reproduces the expected contributions', () => {
    const result = simulateAttainment(BASE);
    // Pipeline: 500·0.5 + 300·0.8·0.5 = 370 without shock; the odds shock moves it a little.
    expect(result.meanPipeline).toBeGreaterThan(340);
    expect(result.meanPipeline).toBeLessThan(400);
    // New business: 2 wins × mean value 150.
    expect(result.meanNewBusiness).toBeGreaterThan(270);
    expect(result.meanNewBusiness).toBeLessThan(330);
    expect(result.totals[0]).toBeGreaterThanOrEqual(1000);
  });

  it('is identical for the same seed and ordered P10 ≤ P50 ≤ P90', () => {
    const deal = fc.record({
      value: fc.integer({ min: 0, max: 10_000 }),
      winProbability: fc.double({ min: 0, max: 1, noNaN: true }),
      timingShare: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 20 }), fc.integer(), (openDeals, seed) => {
        const input = { ...BASE, openDeals, seed, simulations: 200 };
        const first = simulateAttainment(input);
        expect(simulateAttainment(input)).toEqual(first);
        const summary = summariseAttainment(first.totals, 2000);
        expect(summary.p10).toBeLessThanOrEqual(summary.p50);
        expect(summary.p50).toBeLessThanOrEqual(summary.p90);
      }),
      { numRuns: 50 },
    );
  });

  it('moves the pipeline with the mean of the period shift', () => {
    const many = Array.from({ length: 200 }, () => ({ value: 100, winProbability: 0.4, timingShare: 1 }));
    const mean = (winMean: number) =>
      simulateAttainment({ ...BASE, openDeals: many, shock: { winMean, winSd: 0, creationSd: 0 } })
        .meanPipeline;
    // Odds 0.4/0.6 × e^−0.5 → p ≈ 0.288: 200 deals × 100 × 0.288 ≈ 5,760.
    expect(mean(-0.5)).toBeGreaterThan(5500);
    expect(mean(-0.5)).toBeLessThan(6000);
    expect(mean(0.5)).toBeGreaterThan(mean(0));
  });

  it('widens the interval with a larger period shock', () => {
    const many = Array.from({ length: 200 }, () => ({ value: 100, winProbability: 0.4, timingShare: 1 }));
    const spread = (winSd: number) => {
      const totals = simulateAttainment({
        ...BASE,
        openDeals: many,
        shock: { winMean: 0, winSd, creationSd: 0 },
      }).totals;
      return computeQuantile(totals, 0.9) - computeQuantile(totals, 0.1);
    };
    expect(spread(0.5)).toBeGreaterThan(1.5 * spread(0));
  });
});
