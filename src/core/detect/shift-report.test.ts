import { describe, expect, it } from 'vitest';
import { estimateChangeRatio, rateSeverity, summariseLatestEpisode, toWeekPoint } from './shift-report.ts';

function makePlan(expected: number[]) {
  return {
    ratios: [0.8],
    models: expected.map((value) => ({ family: 'count' as const, expected: value, n: 1, dispersion: 0 })),
    increments: new Float64Array(expected.length),
    weeks: expected.length,
  };
}

describe('shift report', () => {
  it('estimates the change as observed over expected since the change start (Poisson MLE)', () => {
    const plan = makePlan([20, 20, 30, 30]);
    const y = [99, 14, 21, 21];
    const ratio = estimateChangeRatio({ plan, y, offset: 0, from: 1, to: 3 }, 'down');
    expect(ratio).toBeCloseTo(56 / 80, 4);
    const rise = estimateChangeRatio({ plan, y: [0, 30, 45, 45], offset: 0, from: 1, to: 3 }, 'up');
    expect(rise).toBeCloseTo(1.5, 4);
  });

  it('groups alarms less than a quarter apart into one episode, dated by its first alarm', () => {
    const weeks = 40;
    const plan = makePlan(new Array<number>(weeks).fill(20));
    const y = Array.from({ length: weeks }, (_, k) => (k >= 20 ? 14 : 20));
    const weekStarts = Array.from({ length: weeks }, (_, k) => `w${String(k).padStart(2, '0')}`);
    const input = { plan, y, offset: 0, weekStarts, direction: 'down' as const };
    const alarms = [
      { index: 2, startIndex: 1, chart: 0 },
      { index: 22, startIndex: 20, chart: 0 },
      { index: 25, startIndex: 23, chart: 0 },
      { index: 30, startIndex: 26, chart: 0 },
    ];
    expect(summariseLatestEpisode(input, alarms)).toEqual({
      week: 'w22',
      lastWeek: 'w30',
      changeStart: 'w20',
      changePct: -30,
      severity: 'high',
    });
    expect(summariseLatestEpisode(input, [])).toBeNull();
  });

  it('rates severity by the size of the change', () => {
    expect(rateSeverity(-30)).toBe('high');
    expect(rateSeverity(15)).toBe('medium');
    expect(rateSeverity(-5)).toBe('low');
  });

  it('puts observation and band in the indicator’s unit', () => {
    const rate = toWeekPoint({ family: 'binomial', expected: 0.5, n: 100, dispersion: 1 }, 40);
    expect(rate.observed).toBeCloseTo(0.4);
    expect(rate.lower).toBeCloseTo(0.5 - 1.2816 * 0.05, 6);
    const empty = toWeekPoint({ family: 'log_gaussian', expected: 2, n: 0, dispersion: 1 }, 0);
    expect(empty).toMatchObject({ observed: null, lower: null, upper: null });
    expect(empty.expected).toBeCloseTo(Math.exp(2));
  });
});
