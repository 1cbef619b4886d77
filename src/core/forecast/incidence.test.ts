import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToHistogram,
  computeTimingShare,
  computeWinIncidence,
  createHistogram,
  HORIZON_DAYS,
  shrinkCurve,
} from './incidence.ts';

function histogramOf(records: readonly [time: number, event: number][]) {
  const histogram = createHistogram();
  records.forEach(([time, event], i) => {
    addToHistogram(histogram, i, time, event);
  });
  return histogram;
}

describe('cumulative incidence of winning', () => {
  it('equals the share won by each day when nothing is censored', () => {
    // 4 records: won after 10 and 20 days, lost after 15 and 30.
    const curve = computeWinIncidence(
      histogramOf([
        [10, 1],
        [15, 2],
        [20, 1],
        [30, 2],
      ]),
    );
    expect(curve[9]).toBe(0);
    expect(curve[10]).toBeCloseTo(0.25);
    expect(curve[19]).toBeCloseTo(0.25);
    expect(curve[20]).toBeCloseTo(0.5);
    expect(curve[HORIZON_DAYS]).toBeCloseTo(0.5);
  });

  it('does not count a censored deal as lost (Aalen–Johansen, not naive share)', () => {
    // Won after 10 days; one still open after 5 days (censored); won after 20 days.
    const curve = computeWinIncidence(
      histogramOf([
        [10, 1],
        [5, 0],
        [20, 1],
      ]),
    );
    // Naive share won would be 2/3; with censoring both remaining at-risk deals won.
    expect(curve[HORIZON_DAYS]).toBeCloseTo(1);
  });

  it('is a non-decreasing probability for any records', () => {
    const record = fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        const curve = computeWinIncidence(histogramOf(records));
        for (let day = 1; day <= HORIZON_DAYS; day++)
          expect(curve[day]!).toBeGreaterThanOrEqual(curve[day - 1]!);
        expect(curve[HORIZON_DAYS]!).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('splits timing of a win between windows', () => {
    const curve = computeWinIncidence(
      histogramOf([
        [10, 1],
        [40, 1],
      ]),
    );
    expect(computeTimingShare(curve, 0, 30)).toBeCloseTo(0.5);
    expect(computeTimingShare(curve, 30, 60)).toBeCloseTo(0.5);
    expect(computeTimingShare(curve, 0, 60)).toBeCloseTo(1);
  });
});

describe('shrinkage toward the parent', () => {
  it.each([
    [0, 0.2],
    [20, 0.6],
    [180, 0.92],
  ])('with %i deals and prior strength 20 a 100 %% cell over a 20 %% parent gives %f', (deals, expected) => {
    const own = new Float64Array([1]);
    const parent = new Float64Array([0.2]);
    expect(shrinkCurve(own, deals, parent, 20)[0]).toBeCloseTo(expected);
  });

  it('lies between own and parent, closer to the parent the thinner the data', () => {
    const probability = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(probability, probability, fc.integer({ min: 1, max: 500 }), (own, parent, deals) => {
        const thin = shrinkCurve(new Float64Array([own]), deals, new Float64Array([parent]), 20)[0]!;
        const thick = shrinkCurve(new Float64Array([own]), deals * 2, new Float64Array([parent]), 20)[0]!;
        expect(thin).toBeGreaterThanOrEqual(Math.min(own, parent) - 1e-12);
        expect(thin).toBeLessThanOrEqual(Math.max(own, parent) + 1e-12);
        expect(Math.abs(thin - parent)).toBeLessThanOrEqual(Math.abs(thick - parent) + 1e-12);
      }),
    );
  });
});
