import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRandom,
  deriveSeed,
  sampleBinomial,
  sampleGamma,
  sampleNegativeBinomial,
  sampleNormal,
  samplePoisson,
  sampleWeightedIndex,
} from './random.ts';

function moments(draw: () => number, n = 40_000) {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

describe('seeded random', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        const c = createRandom(seed + 1);
        const first = [a.next(), a.next(), a.next()];
        expect([b.next(), b.next(), b.next()]).toEqual(first);
        expect([c.next(), c.next(), c.next()]).not.toEqual(first);
        expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
      }),
    );
  });

  it('derives distinct streams per label', () => {
    expect(deriveSeed(1, 'forecast')).not.toBe(deriveSeed(1, 'demo'));
    expect(deriveSeed(1, 'forecast')).toBe(deriveSeed(1, 'forecast'));
  });

  it.each([
    ['normal(3, 2)', (r: ReturnType<typeof createRandom>) => sampleNormal(r, 3, 2), 3, 4],
    ['poisson(4.5)', (r: ReturnType<typeof createRandom>) => samplePoisson(r, 4.5), 4.5, 4.5],
    ['poisson(150)', (r: ReturnType<typeof createRandom>) => samplePoisson(r, 150), 150, 150],
    ['gamma(0.5, 2)', (r: ReturnType<typeof createRandom>) => sampleGamma(r, 0.5, 2), 1, 2],
    ['gamma(5, 1)', (r: ReturnType<typeof createRandom>) => sampleGamma(r, 5, 1), 5, 5],
    ['NB(mean 10, r 5)', (r: ReturnType<typeof createRandom>) => sampleNegativeBinomial(r, 10, 5), 10, 30],
    ['binomial(20, 0.3)', (r: ReturnType<typeof createRandom>) => sampleBinomial(r, 20, 0.3), 6, 4.2],
  ])('%s has the right mean and variance', (_name, draw, mean, variance) => {
    const random = createRandom(42);
    const result = moments(() => draw(random));
    expect(result.mean).toBeCloseTo(mean, 0);
    expect(Math.abs(result.variance / variance - 1)).toBeLessThan(0.08);
  });

  it('picks indices in proportion to weights', () => {
    const random = createRandom(7);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[sampleWeightedIndex(random, [1, 2, 7])]!++;
    expect(counts[2]! / 30_000).toBeCloseTo(0.7, 1);
    expect(counts[0]! / 30_000).toBeCloseTo(0.1, 1);
  });
});
