import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, CALENDAR_YEAR } from '../calendar.ts';
import { createRandom } from '../random.ts';
import { computeWeekFeatures } from './baseline-design.ts';
import { computeThreshold } from './calibrate.ts';
import { bucketArl0, toCalibrationCacheKey, toCalibrationKey } from './calibration-key.ts';
import { planMonitor } from './monitor.ts';
import { simulateSeries } from './simulate.ts';
import { countAlarms } from './statistic.ts';

const HISTORY = 52;
const MONITORED = 104;
const WEEKS = Array.from({ length: HISTORY + MONITORED }, (_, i) => addDays('2019-01-07', 7 * i));
const FEATURES = computeWeekFeatures(WEEKS, CALENDAR_YEAR);

describe('calibration keys', () => {
  it('buckets similar series together and names every input of the threshold', () => {
    const base = {
      family: 'count' as const,
      method: 'glr' as const,
      badDirection: 'down' as const,
      volume: 23,
      probability: 0,
      dispersion: 0.04,
      historyWeeks: 90,
      targetArl0: 104,
      seed: 7,
    };
    const key = toCalibrationKey(base);
    expect(key).toMatchObject({ volume: 2 ** 4.5, historyWeeks: 78, targetArl0: 104 });
    expect(toCalibrationKey({ ...base, volume: 24, dispersion: 0.042 })).toEqual(key);
    expect(toCalibrationCacheKey(key)).toBe(toCalibrationCacheKey(toCalibrationKey(base)));
    expect(toCalibrationCacheKey(toCalibrationKey({ ...base, seed: 8 }))).not.toBe(
      toCalibrationCacheKey(key),
    );
    expect(toCalibrationCacheKey(key)).toBe(
      'detect-2|count|glr|down|v=22.6274|p=0|d=0.0441942|h=78|arl0=104|seed=7|runs=600',
    );
    expect(bucketArl0(104 * 37)).toBe(3800);
  });
});

describe('thresholds calibrated by simulation', () => {
  it('are identical for the same key and seed', () => {
    const key = toCalibrationKey({
      family: 'binomial',
      method: 'cusum',
      badDirection: 'down',
      volume: 12,
      probability: 0.3,
      dispersion: 1,
      historyWeeks: 26,
      targetArl0: 104,
      seed: 3,
      runs: 40,
    });
    expect(computeThreshold(key)).toEqual(computeThreshold(key));
  });

  it('keep stationary series at or below the target false-alarm rate, baseline estimation included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          { family: 'count' as const, volume: 8, dispersion: 0, probability: 0 },
          { family: 'count' as const, volume: 45, dispersion: 0.05, probability: 0 },
          { family: 'binomial' as const, volume: 20, dispersion: 1, probability: 0.4 },
        ),
        fc.integer({ min: 1, max: 1000 }),
        (profile, seed) => {
          const key = toCalibrationKey({
            ...profile,
            method: 'glr',
            badDirection: 'down',
            historyWeeks: HISTORY,
            targetArl0: 104,
            seed,
            runs: 150,
          });
          const { threshold } = computeThreshold(key);
          // Fresh in-control series (another stream) through the production pipeline at that threshold.
          const random = createRandom(seed + 1_000_000);
          const level = profile.family === 'count' ? key.volume : key.probability;
          const truth = {
            family: profile.family,
            expected: new Float64Array(WEEKS.length).fill(level),
            dispersion: key.dispersion,
            meanTrials: key.volume,
          };
          let alarms = 0;
          const runs = 150;
          for (let r = 0; r < runs; r++) {
            const { y, n } = simulateSeries(truth, random);
            const plan = planMonitor({
              family: profile.family,
              badDirection: 'down',
              method: 'glr',
              features: FEATURES,
              y,
              n,
              historyFrom: 0,
              monitorFrom: HISTORY,
            });
            alarms += countAlarms(plan, threshold);
          }
          // ARL0 104 with two independent simulation errors of ~8 % each: 0.7 × target is ~3 standard errors.
          expect((runs * MONITORED) / Math.max(alarms, 1)).toBeGreaterThan(104 * 0.7);
        },
      ),
      { numRuns: 3 },
    );
  });
});
