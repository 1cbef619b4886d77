import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import { computeLogDid, drawBlockIndices, quantileSorted } from './estimate.ts';
import type { AlignedSeries } from './weeks.ts';

const counts = (values: readonly number[]): AlignedSeries => ({
  values: Float64Array.from(values),
  bases: Float64Array.from(values, () => 1),
});
const all = { pre: null, effect: null };

describe('computeLogDid', () => {
  it('is the log of the target change over the control change', () => {
    const target = { pre: counts([100, 100]), effect: counts([200, 200]) };
    const control = { pre: counts([400, 400]), effect: counts([500, 500]) };
    expect(computeLogDid(target, control, all)).toBeCloseTo(
      Math.log(200.25 / 100.25) - Math.log(500.25 / 400.25),
      12,
    );
  });

  it('works on ratios: a win rate from 25 % to 30 % against flat controls is +20 %', () => {
    const rate = (won: number, closed: number): AlignedSeries => ({
      values: Float64Array.of(won),
      bases: Float64Array.of(closed),
    });
    const target = { pre: rate(2499.5, 10_000), effect: rate(2999.5, 10_000) };
    const control = { pre: rate(4999.5, 20_000), effect: rate(4999.5, 20_000) };
    expect(Math.expm1(computeLogDid(target, control, all))).toBeCloseTo(0.2, 10);
  });

  it('does not care how large the controls are, only how they move', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 5, max: 40 }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.integer({ min: 20, max: 80 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 2, max: 10 }),
        (t, c, factor) => {
          const target = { pre: counts(t.slice(0, 5)), effect: counts(t.slice(5)) };
          const small = { pre: counts(c.slice(0, 5)), effect: counts(c.slice(5)) };
          const large = {
            pre: counts(c.slice(0, 5).map((v) => v * factor)),
            effect: counts(c.slice(5).map((v) => v * factor)),
          };
          // Equal up to the continuity correction of half an event.
          expect(
            Math.abs(computeLogDid(target, small, all) - computeLogDid(target, large, all)),
          ).toBeLessThan(0.01);
        },
      ),
    );
  });
});

describe('drawBlockIndices', () => {
  it('draws runs of consecutive weeks inside the window', () => {
    const out = new Int32Array(13);
    drawBlockIndices(createRandom(1), 13, 2, out);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...out)).toBeLessThan(13);
    for (let i = 0; i < out.length - 1; i += 2) expect(out[i + 1]).toBe((out[i] ?? 0) + 1);
  });
});

describe('quantileSorted', () => {
  it('interpolates between order statistics', () => {
    expect(quantileSorted(Float64Array.of(0, 10, 20), 0.25)).toBe(5);
    expect(quantileSorted(Float64Array.of(0, 10, 20), 1)).toBe(20);
  });
});
