import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, sampleNormal } from '../random.ts';
import { computeLinearLlr } from './likelihood.ts';
import { countAlarms, findFirstAlarm, traceStatistic } from './statistic.ts';

/** Increments of the Gaussian CUSUM for a 1σ rise (k = 0.5): the log-likelihood ratio x − 0.5 at σ = 1. */
function simulateGaussianIncrements(weeks: number, mean: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const llr = computeLinearLlr({ family: 'log_gaussian', expected: 0, n: 1, dispersion: 1 }, Math.E);
  return Float64Array.from({ length: weeks }, () => llr.slope * sampleNormal(random, mean) + llr.intercept);
}

describe('CUSUM golden values (one-sided Gaussian, k = 0.5, h = 5)', () => {
  it('has ARL0 ≈ 930 in control (Siegmund; 938 exactly)', () => {
    // Restarting after each alarm makes every cycle a zero-start run: ARL0 = weeks / alarms (~1,600 cycles).
    const weeks = 1_500_000;
    const alarms = countAlarms({ increments: simulateGaussianIncrements(weeks, 0, 1), weeks }, 5);
    expect(weeks / alarms).toBeGreaterThan(930 * 0.92);
    expect(weeks / alarms).toBeLessThan(930 * 1.08);
  });

  it('has ARL ≈ 10.4 after a 1σ shift', () => {
    const weeks = 200_000;
    const alarms = countAlarms({ increments: simulateGaussianIncrements(weeks, 1, 2), weeks }, 5);
    expect(weeks / alarms).toBeGreaterThan(10.0);
    expect(weeks / alarms).toBeLessThan(10.8);
  });
});

describe('statistic paths', () => {
  const chartsOf = (values: number[][]) => Float64Array.from(values.flat());

  it('is Page’s CUSUM per chart and the maximum over charts', () => {
    const increments = chartsOf([
      [1, -2, 3, 1, -5],
      [0.5, 0.5, 0.5, 0.5, 0.5],
    ]);
    const trace = traceStatistic({ increments, weeks: 5 }, 100);
    expect(trace.path).toEqual([1, 1, 3, 4, 2.5]);
    expect(trace.alarms).toEqual([]);
  });

  it('dates the change at the start of the excursion and restarts after an alarm', () => {
    const increments = chartsOf([[0.4, -1, 0.2, 2, 2, -1, 0.1]]);
    const trace = traceStatistic({ increments, weeks: 7 }, 3);
    expect(trace.alarms).toEqual([{ index: 4, startIndex: 2, chart: 0 }]);
    expect(trace.path[5]).toBe(0);
    expect(countAlarms({ increments, weeks: 7 }, 3)).toBe(1);
    expect(findFirstAlarm({ increments, weeks: 7 }, 3)).toBe(4);
  });

  it('counts fewer (or as many) alarms at a higher threshold', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0.5, max: 6, noNaN: true }), (seed, threshold) => {
        const increments = simulateGaussianIncrements(400, 0.2, seed);
        const first = findFirstAlarm({ increments, weeks: 400 }, threshold);
        const later = findFirstAlarm({ increments, weeks: 400 }, threshold + 1);
        expect(later === -1 || (first !== -1 && later >= first)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
