import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sharedDataFile } from '../../../test/support/environment.ts';
import { addDays, CALENDAR_YEAR } from '../calendar.ts';
import { createRandom } from '../random.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';
import type { Scope } from '../types.ts';
import { computeWeekFeatures } from './baseline-design.ts';
import { detectShifts, isWatched } from './detect-shifts.ts';
import { planMonitor } from './monitor.ts';
import type { IndicatorSeries } from './series.ts';
import { simulateSeries } from './simulate.ts';
import { findFirstAlarm } from './statistic.ts';

const FIRST_WEEK = '2024-01-01';
const weekStart = (index: number) => addDays(FIRST_WEEK, 7 * index);

function makeCountSeries(values: ArrayLike<number>, scope: Scope = {}): IndicatorSeries {
  return {
    key: 'new_opportunities',
    family: 'count',
    badDirection: 'down',
    aidaStage: 'interest',
    isLeading: true,
    scope,
    weeks: Array.from(values, (value, i) => ({ weekStart: weekStart(i), value, n: 1 })),
  };
}

function simulateCounts(level: number, weeks: number, seed: number): Float64Array {
  const expected = new Float64Array(weeks).fill(level);
  return simulateSeries({ family: 'count', expected, dispersion: 0, meanTrials: 1 }, createRandom(seed)).y;
}

const CALIBRATION = { runs: 60 };

describe('detectShifts', () => {
  it('returns identical results for the same data, settings and seed', () => {
    const series = [
      makeCountSeries(simulateCounts(20, 80, 1)),
      makeCountSeries(simulateCounts(9, 80, 2), { product: 1 }),
    ];
    const input = {
      series,
      asOf: weekStart(80),
      settings: DEFAULT_SETTINGS,
      seed: 5,
      calibration: CALIBRATION,
    };
    const first = detectShifts(input);
    expect(detectShifts(input)).toEqual(first);
    expect(first.results.map((result) => result.status)).toEqual(['monitored', 'monitored']);
    expect(Object.keys(first.thresholds).length).toBeGreaterThan(0);
    // Cached thresholds are used as given: an unreachable one silences the series.
    const unreachable = Object.fromEntries(Object.keys(first.thresholds).map((key) => [key, 1e9]));
    const cached = detectShifts({ ...input, thresholds: unreachable });
    // (A series whose statistic stays below the threshold floor is not calibrated at all: it reports the floor.)
    expect(cached.results.map((result) => result.alarms)).toEqual([[], []]);
    expect(Object.values(cached.thresholds)).toEqual(Object.values(unreachable));
  });

  it('keeps the target per scope, or scales it by the scopes watched for a family-wise rate', () => {
    const series = [1, 2, 3].map((product) => makeCountSeries(simulateCounts(15, 60, product), { product }));
    const input = {
      series,
      asOf: weekStart(60),
      settings: DEFAULT_SETTINGS,
      seed: 1,
      calibration: CALIBRATION,
    };
    const perScope = detectShifts(input);
    expect(perScope.results.map((result) => result.targetArl0)).toEqual([104, 104, 104]);
    expect(perScope.expectedFalseAlarmsPerYear).toBeCloseTo(1.5);
    const family = detectShifts({ ...input, scopeCorrection: 'family' });
    expect(family.results.map((result) => result.targetArl0)).toEqual([312, 312, 312]);
    expect(family.expectedFalseAlarmsPerYear).toBeCloseTo(0.5);
    // Calibrated thresholds (series near their threshold) are higher under the family-wise rate, and so no
    // series alarms more often.
    const calibrated = (result: typeof family) => Object.values(result.thresholds);
    expect(calibrated(perScope).length).toBeGreaterThan(0);
    expect(Math.min(...calibrated(family))).toBeGreaterThan(Math.max(...calibrated(perScope)));
    const alarms = (result: typeof family) => result.results.map((item) => item.alarms.length);
    const perScopeAlarms = alarms(perScope);
    for (const [i, count] of alarms(family).entries())
      expect(count).toBeLessThanOrEqual(perScopeAlarms[i] ?? 0);
  });

  it('computes the same baseline and statistic for a week in every later scan (backtests replay)', () => {
    const series = [makeCountSeries(simulateCounts(25, 120, 9))];
    const scan = (weeks: number) =>
      detectShifts({
        series,
        asOf: addDays(weekStart(weeks - 1), 6),
        settings: DEFAULT_SETTINGS,
        seed: 2,
        monitorFrom: weekStart(60),
        calibration: CALIBRATION,
      }).results[0]!;
    const earlier = scan(90);
    const later = scan(120);
    expect(earlier.weeks).toHaveLength(30);
    expect(later.weeks.slice(0, 30)).toEqual(earlier.weeks);
  });

  it('detects a rise where a rise is bad (cycle time, log-Gaussian)', () => {
    const expected = Float64Array.from(
      { length: 90 },
      (_, i) => Math.log(40) + (i >= 60 ? Math.log(1.5) : 0),
    );
    const truth = { family: 'log_gaussian' as const, expected, dispersion: 0.25, meanTrials: 6 };
    // Seed chosen without a false alarm in the 20 weeks before the change (at ARL0 104 about 1 in 6 has one).
    const { y, n } = simulateSeries(truth, createRandom(12));
    const series: IndicatorSeries = {
      key: 'cycle_time',
      family: 'log_gaussian',
      badDirection: 'up',
      aidaStage: 'action',
      isLeading: false,
      scope: {},
      weeks: Array.from(y, (value, i) => ({ weekStart: weekStart(i), value, n: n[i]! })),
    };
    const result = detectShifts({
      series: [series],
      asOf: addDays(weekStart(89), 6),
      settings: { ...DEFAULT_SETTINGS, watchedIndicators: ['cycle_time'] },
      seed: 3,
      monitorFrom: weekStart(40),
      calibration: CALIBRATION,
    }).results[0]!;
    expect(result.alarms[0]?.week).toBeDefined();
    expect((result.alarms[0]?.week ?? '') >= weekStart(60)).toBe(true);
    expect(result.alarm?.changePct).toBeGreaterThan(20);
    expect(result.weeks[30]!.expected).toBeGreaterThan(30);
  });

  it('watches leading indicators by default, else the configured keys and key families', () => {
    const conversion = { key: 'stage_conversion:Angebot', isLeading: true };
    expect(isWatched(conversion, [])).toBe(true);
    expect(isWatched({ key: 'avg_deal_size', isLeading: false }, [])).toBe(false);
    expect(isWatched(conversion, ['stage_conversion'])).toBe(true);
    expect(isWatched(conversion, ['win_rate'])).toBe(false);
  });

  it('reports too short a history instead of guessing', () => {
    const result = detectShifts({
      series: [makeCountSeries([5, 6, 7, 5, 6])],
      asOf: weekStart(5),
      settings: DEFAULT_SETTINGS,
      seed: 1,
    });
    expect(result.results[0]).toMatchObject({ status: 'insufficient_history', alarms: [], threshold: null });
  });
});

describe('a larger decline is not detected later on average', () => {
  const weeks = 100;
  const features = computeWeekFeatures(
    Array.from({ length: weeks }, (_, i) => weekStart(i)),
    CALENDAR_YEAR,
  );

  function meanDelay(decline: number, seed: number): number {
    let total = 0;
    for (let r = 0; r < 12; r++) {
      const expected = Float64Array.from({ length: weeks }, (_, i) => (i >= 70 ? 30 * (1 - decline) : 30));
      const { y, n } = simulateSeries(
        { family: 'count', expected, dispersion: 0, meanTrials: 1 },
        createRandom(seed + r),
      );
      const plan = planMonitor({
        family: 'count',
        badDirection: 'down',
        method: 'glr',
        features,
        y,
        n,
        historyFrom: 0,
        monitorFrom: 52,
      });
      const alarm = findFirstAlarm(plan, 4.5);
      total += alarm < 0 ? weeks - 52 - 18 + 1 : Math.max(0, alarm - 18 + 1);
    }
    return total / 12;
  }

  it('holds for paired series with −10 % and −30 % steps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (seed) => {
        expect(meanDelay(0.3, seed)).toBeLessThanOrEqual(meanDelay(0.1, seed));
      }),
      { numRuns: 4 },
    );
  });
});

const uciPath = sharedDataFile('uci-sales-transactions-weekly/Sales_Transactions_Dataset_Weekly.csv');

describe.skipIf(uciPath === null)('UCI weekly sales (811 products, 52 weeks)', () => {
  it('flags the ~30 % aggregate drop that starts at W25 by W27, with no alarm in W13–W24', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(uciPath ?? '', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const totals = Array.from({ length: 52 }, (_, w) =>
      rows.reduce((sum, row) => sum + Number(row[`W${w}`]), 0),
    );
    const result = detectShifts({
      series: [makeCountSeries(totals)],
      asOf: addDays(weekStart(51), 6),
      settings: DEFAULT_SETTINGS,
      seed: 1,
      monitorFrom: weekStart(13),
      calibration: { runs: 200 },
    });
    const detection = result.results[0]!;
    const first = detection.alarms[0];
    expect(first).toBeDefined();
    expect((first?.week ?? '') >= weekStart(25)).toBe(true);
    expect((first?.week ?? '') <= weekStart(27)).toBe(true);
    expect([weekStart(25), weekStart(26)]).toContain(first?.changeStart);
    expect(first?.changePct).toBeLessThan(-15);
    expect(first?.severity).toBe('high');
    // The drop persists, so the restarted statistic alarms again: one episode, first detected at the first alarm.
    expect(detection.alarm).toMatchObject({ week: first?.week, changeStart: first?.changeStart });
    expect(detection.alarm?.changePct).toBeLessThan(-10);
    expect(detection.weeks[0]!.weekStart).toBe(weekStart(13));
  });
});
