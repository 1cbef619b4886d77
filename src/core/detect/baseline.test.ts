import { describe, expect, it } from 'vitest';
import { addDays, CALENDAR_YEAR } from '../calendar.ts';
import { createRandom } from '../random.ts';
import { estimateBaseline, predictBaseline } from './baseline.ts';
import { computeWeekFeatures } from './baseline-design.ts';
import { simulateSeries } from './simulate.ts';

const WEEKS = Array.from({ length: 156 }, (_, i) => addDays('2022-01-03', 7 * i));
const FEATURES = computeWeekFeatures(WEEKS, CALENDAR_YEAR);

/** Level 30 a week with ±20 % annual seasonality and a quarter-end spike of +25 %. */
function seasonalTruth(level: number): Float64Array {
  return Float64Array.from(WEEKS, (_, i) => {
    const seasonal = 1 + 0.2 * Math.sin((2 * Math.PI * i) / 52);
    return level * seasonal * (FEATURES.isQuarterEnd[i] ? 1.25 : 1);
  });
}

describe('seasonal baseline', () => {
  it('recovers seasonality and the quarter-end shape from two years of counts', () => {
    const truth = seasonalTruth(30);
    let error = 0;
    // Half a year ahead, averaged over series: one series' slope can be off by several % a year.
    for (const seed of [3, 4, 5, 6]) {
      const series = simulateSeries(
        { family: 'count', expected: truth, dispersion: 0, meanTrials: 1 },
        createRandom(seed),
      );
      const fit = estimateBaseline({ family: 'count', features: FEATURES, ...series, from: 0, to: 104 });
      expect(fit.terms).toEqual({ hasTrend: true, hasAnnual: true, hasQuarterShape: true });
      expect(fit.dispersion).toBeLessThan(0.02);
      for (let i = 104; i < 130; i++) error += Math.abs(Math.log(predictBaseline(fit, i) / truth[i]!));
    }
    expect(error / (4 * 26)).toBeLessThan(0.08);
  });

  it('estimates negative binomial overdispersion (r = 10 → α = 0.1)', () => {
    const truth = new Float64Array(156).fill(40);
    const { y, n } = simulateSeries(
      { family: 'count', expected: truth, dispersion: 0.1, meanTrials: 1 },
      createRandom(4),
    );
    const fit = estimateBaseline({ family: 'count', features: FEATURES, y, n, from: 0, to: 104 });
    expect(fit.dispersion).toBeGreaterThan(0.05);
    expect(fit.dispersion).toBeLessThan(0.17);
  });

  it('is not moved by one outlier week', () => {
    const truth = new Float64Array(156).fill(30);
    const { y, n } = simulateSeries(
      { family: 'count', expected: truth, dispersion: 0, meanTrials: 1 },
      createRandom(5),
    );
    const clean = estimateBaseline({ family: 'count', features: FEATURES, y, n, from: 0, to: 104 });
    const spiked = Float64Array.from(y);
    spiked[100] = y[100]! * 6;
    const robust = estimateBaseline({ family: 'count', features: FEATURES, y: spiked, n, from: 0, to: 104 });
    expect(Math.abs(Math.log(predictBaseline(robust, 110) / predictBaseline(clean, 110)))).toBeLessThan(0.03);
  });

  it('uses only a level on a thin history', () => {
    const y = Float64Array.from({ length: 13 }, (_, i) => 100 + (i % 3));
    const n = new Float64Array(13).fill(1);
    const fit = estimateBaseline({ family: 'count', features: FEATURES, y, n, from: 0, to: 13 });
    expect(fit.terms).toEqual({ hasTrend: false, hasAnnual: false, hasQuarterShape: false });
    expect(predictBaseline(fit, 40)).toBeCloseTo(101, 0);
  });

  it('fits rates and log values with their dispersion', () => {
    const rates = simulateSeries(
      { family: 'binomial', expected: new Float64Array(156).fill(0.3), dispersion: 1, meanTrials: 25 },
      createRandom(6),
    );
    const rateFit = estimateBaseline({ family: 'binomial', features: FEATURES, ...rates, from: 0, to: 104 });
    expect(predictBaseline(rateFit, 120)).toBeGreaterThan(0.26);
    expect(predictBaseline(rateFit, 120)).toBeLessThan(0.34);
    expect(rateFit.dispersion).toBeLessThan(1.4);
    const values = simulateSeries(
      { family: 'log_gaussian', expected: new Float64Array(156).fill(9), dispersion: 0.5, meanTrials: 6 },
      createRandom(7),
    );
    const valueFit = estimateBaseline({
      family: 'log_gaussian',
      features: FEATURES,
      ...values,
      from: 0,
      to: 104,
    });
    expect(predictBaseline(valueFit, 120)).toBeCloseTo(9, 0);
    expect(valueFit.dispersion).toBeGreaterThan(0.35);
    expect(valueFit.dispersion).toBeLessThan(0.7);
  });
});
