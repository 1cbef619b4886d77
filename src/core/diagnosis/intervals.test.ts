import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeExpandedPercentileInterval,
  computeNewcombeDifference,
  computeNormalCdf,
  computeT975,
  computeWilsonInterval,
} from './intervals.ts';

describe('Wilson interval', () => {
  it.each([
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
    [81, 263, 0.2553, 0.3662],
  ])('%d of %d → %f–%f', (successes, trials, low, high) => {
    const interval = computeWilsonInterval(successes, trials);
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it('is null without trials', () => {
    expect(computeWilsonInterval(0, 0)).toBeNull();
  });

  it('lies in [0, 1] and holds the observed share (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (trials, p) => {
          const successes = Math.round(p * trials);
          const interval = computeWilsonInterval(successes, trials);
          expect(interval).not.toBeNull();
          if (!interval) return;
          expect(interval.low).toBeGreaterThanOrEqual(0);
          expect(interval.high).toBeLessThanOrEqual(1);
          expect(interval.low).toBeLessThanOrEqual(successes / trials + 1e-12);
          expect(interval.high).toBeGreaterThanOrEqual(successes / trials - 1e-12);
        },
      ),
    );
  });
});

describe('Newcombe difference', () => {
  it('reproduces Newcombe (1998) method 10: 56/70 − 48/80 = 0.2 (0.0524 to 0.3339)', () => {
    const difference = computeNewcombeDifference({ count: 56, total: 70 }, { count: 48, total: 80 });
    expect(difference?.difference).toBeCloseTo(0.2, 10);
    expect(difference?.low).toBeCloseTo(0.0524, 3);
    expect(difference?.high).toBeCloseTo(0.3339, 3);
    expect(difference?.isSignificant).toBe(true);
  });

  it('is not significant for equal shares, and null when a group is empty', () => {
    expect(
      computeNewcombeDifference({ count: 10, total: 50 }, { count: 40, total: 200 })?.isSignificant,
    ).toBe(false);
    expect(computeNewcombeDifference({ count: 0, total: 0 }, { count: 4, total: 20 })).toBeNull();
  });
});

describe('normal and t quantiles', () => {
  it.each([
    [0, 0.5],
    [1.959964, 0.975],
    [-1, 0.158655],
    [-3, 0.0013499],
  ])('Φ(%f) = %f', (x, p) => {
    expect(computeNormalCdf(x)).toBeCloseTo(p, 5);
  });

  it.each([
    [1, 12.706],
    [5, 2.571],
    [30, 2.042],
    [60, 2.0003],
    [120, 1.9799],
  ])('t(%d df, 0.975) = %f', (df, t) => {
    expect(Math.abs(computeT975(df) - t)).toBeLessThan(0.002);
  });
});

describe('expanded percentile interval', () => {
  it('takes the percentiles at Φ(−√(n/(n−1))·t(n−1)): 0.86 % for n = 10', () => {
    const sorted = Array.from({ length: 1001 }, (_, i) => i / 1000);
    const interval = computeExpandedPercentileInterval(sorted, 10);
    expect(interval.low).toBeCloseTo(0.0086, 3);
    expect(interval.high).toBeCloseTo(0.9914, 3);
  });

  it('widens toward the range for few reps', () => {
    const sorted = Array.from({ length: 1001 }, (_, i) => i / 1000);
    expect(computeExpandedPercentileInterval(sorted, 3)).toEqual({ low: 0, high: 1 });
  });
});
