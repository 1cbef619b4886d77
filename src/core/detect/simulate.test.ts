import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import { simulateSeries } from './simulate.ts';

function moments(values: ArrayLike<number>) {
  const list = Array.from(values);
  const mean = list.reduce((sum, value) => sum + value, 0) / list.length;
  const variance = list.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (list.length - 1);
  return { mean, variance };
}

describe('synthetic series', () => {
  const weeks = 20_000;

  it('draws negative binomial counts with variance μ + αμ²', () => {
    const expected = new Float64Array(weeks).fill(20);
    const { y } = simulateSeries(
      { family: 'count', expected, dispersion: 0.2, meanTrials: 1 },
      createRandom(1),
    );
    const { mean, variance } = moments(y);
    expect(mean).toBeCloseTo(20, 0);
    expect(variance / (20 + 0.2 * 400)).toBeGreaterThan(0.9);
    expect(variance / (20 + 0.2 * 400)).toBeLessThan(1.1);
  });

  it('draws binomial successes overdispersed by φ at the mean trial count', () => {
    const expected = new Float64Array(weeks).fill(0.3);
    const truth = { family: 'binomial' as const, expected, dispersion: 2, meanTrials: 30 };
    const { y, n } = simulateSeries(truth, createRandom(2));
    const atMean = Array.from(y).filter((_, i) => n[i] === 30);
    const { mean, variance } = moments(atMean);
    expect(mean / 30).toBeCloseTo(0.3, 1);
    expect(variance / (30 * 0.3 * 0.7)).toBeGreaterThan(1.7);
    expect(variance / (30 * 0.3 * 0.7)).toBeLessThan(2.3);
  });
});
