import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeInformation, computeLinearLlr, computeObservationSd, type WeekModel } from './likelihood.ts';

function logPoisson(y: number, mean: number): number {
  let logFactorial = 0;
  for (let k = 2; k <= y; k++) logFactorial += Math.log(k);
  return y * Math.log(mean) - mean - logFactorial;
}

function logBinomialKernel(y: number, n: number, p: number): number {
  return y * Math.log(p) + (n - y) * Math.log(1 - p);
}

describe('log-likelihood ratios', () => {
  it('match the Poisson and binomial log-probabilities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        (y, mean, ratio) => {
          const poisson = computeLinearLlr({ family: 'count', expected: mean, n: 1, dispersion: 0 }, ratio);
          const direct = logPoisson(y, ratio * mean) - logPoisson(y, mean);
          expect(poisson.slope * y + poisson.intercept).toBeCloseTo(direct, 8);
          const n = y + 10;
          const p = Math.min(0.9, mean / 60);
          const binomial = computeLinearLlr({ family: 'binomial', expected: p, n, dispersion: 1 }, ratio);
          const directBinomial = logBinomialKernel(y, n, ratio * p) - logBinomialKernel(y, n, p);
          expect(binomial.slope * y + binomial.intercept).toBeCloseTo(directBinomial, 8);
        },
      ),
    );
  });

  it('tends to the Poisson ratio as the negative binomial overdispersion vanishes', () => {
    const poisson = computeLinearLlr({ family: 'count', expected: 20, n: 1, dispersion: 0 }, 0.8);
    const nearlyPoisson = computeLinearLlr({ family: 'count', expected: 20, n: 1, dispersion: 1e-9 }, 0.8);
    expect(nearlyPoisson.slope).toBeCloseTo(poisson.slope, 6);
    expect(nearlyPoisson.intercept).toBeCloseTo(poisson.intercept, 5);
  });

  it('gives the Gaussian CUSUM increment (x − m)Δ/σ² − Δ²/2σ² on the log scale', () => {
    const llr = computeLinearLlr(
      { family: 'log_gaussian', expected: 1, n: 4, dispersion: 2 },
      Math.exp(-0.5),
    );
    const x = 0.3;
    expect(llr.slope * x + llr.intercept).toBeCloseTo((4 / 2) * ((x - 1) * -0.5 - 0.125), 10);
  });
});

describe('Kullback–Leibler information', () => {
  it('has the closed form for Poisson counts', () => {
    const information = computeInformation({ family: 'count', expected: 10, n: 1, dispersion: 0 }, 0.8);
    expect(information.post).toBeCloseTo(8 * Math.log(0.8) + 2, 10);
    expect(information.pre).toBeCloseTo(-(10 * Math.log(0.8) + 2), 10);
  });

  it('is positive and grows with the shift, and shrinks with overdispersion', () => {
    const models: WeekModel[] = [
      { family: 'count', expected: 25, n: 1, dispersion: 0.05 },
      { family: 'binomial', expected: 0.3, n: 40, dispersion: 1.2 },
      { family: 'log_gaussian', expected: 7, n: 5, dispersion: 0.4 },
    ];
    for (const model of models) {
      const small = computeInformation(model, 0.9);
      const large = computeInformation(model, 0.7);
      expect(small.pre).toBeGreaterThan(0);
      expect(small.post).toBeGreaterThan(0);
      expect(large.post).toBeGreaterThan(small.post);
    }
    const poisson = computeInformation({ family: 'count', expected: 25, n: 1, dispersion: 0 }, 0.8);
    const overdispersed = computeInformation({ family: 'count', expected: 25, n: 1, dispersion: 0.1 }, 0.8);
    expect(overdispersed.post).toBeLessThan(poisson.post);
  });

  it('states the observation spread of each family', () => {
    expect(computeObservationSd({ family: 'count', expected: 20, n: 1, dispersion: 0.05 })).toBeCloseTo(
      Math.sqrt(40),
    );
    expect(computeObservationSd({ family: 'binomial', expected: 0.5, n: 100, dispersion: 1 })).toBeCloseTo(5);
    expect(computeObservationSd({ family: 'log_gaussian', expected: 0, n: 4, dispersion: 1 })).toBeCloseTo(
      0.5,
    );
  });
});
