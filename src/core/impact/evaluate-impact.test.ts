import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.ts';
import { createRandom, type Random, sampleGamma, sampleNegativeBinomial, samplePoisson } from '../random.ts';
import { evaluateImpact } from './evaluate-impact.ts';
import { type SimulateCampaignInput, simulateCampaign } from './simulate-campaign.ts';
import type { EvaluateImpactInput, KpiSeriesInput, WeeklyObservation } from './types.ts';

function evaluateSimulated(seed: number, options: Partial<SimulateCampaignInput> & { lift: number }) {
  const random = createRandom(seed);
  const simulated = simulateCampaign({
    random,
    startOn: '2025-06-02',
    preWeeks: 52,
    effectWeeks: 13,
    controls: 4,
    ...options,
  });
  return evaluateImpact({
    window: simulated.window,
    kpis: [simulated.kpi],
    asOf: addDays(simulated.window.endOn, 1),
    seed,
    replicates: 1000,
  });
}

const SEEDS = Array.from({ length: 10 }, (_, i) => 101 + i);

describe('evaluateImpact on planted data', () => {
  it('calls a planted +25 % lift `worked`, with the interval covering +25 %', () => {
    const results = SEEDS.map((seed) =>
      evaluateSimulated(seed, { lift: 0.25, meanRange: [30, 50], effectWeeks: 26 }),
    );
    expect(results.map((r) => r.verdict)).toEqual(SEEDS.map(() => 'worked'));
    const covered = results.filter((r) => {
      const interval = r.kpis[0]?.controls?.interval;
      return interval !== undefined && interval.low <= 0.25 && 0.25 <= interval.high;
    });
    expect(covered.length).toBeGreaterThanOrEqual(8);
    const mean = results.reduce((sum, r) => sum + (r.kpis[0]?.controls?.effect ?? 0), 0) / results.length;
    // Ten runs with a per-run standard error of about 0.06: the mean sits within ±0.08 of the truth.
    expect(Math.abs(mean - 0.25)).toBeLessThan(0.08);
  });

  it('rarely calls a planted 0 % `worked` at demo volumes', () => {
    const seeds = Array.from({ length: 20 }, (_, i) => 201 + i);
    const verdicts = seeds.map((seed) => evaluateSimulated(seed, { lift: 0 }).verdict);
    expect(verdicts.filter((verdict) => verdict === 'worked').length).toBeLessThanOrEqual(2);
    expect(verdicts.filter((verdict) => verdict !== 'worked').length).toBeGreaterThanOrEqual(18);
  });

  it('says `no_effect` when a long, busy window rules out a meaningful lift', () => {
    const results = SEEDS.map((seed) =>
      evaluateSimulated(seed, { lift: 0, meanRange: [80, 100], effectWeeks: 26, nbSize: 200 }),
    );
    const noEffect = results.filter((result) => result.verdict === 'no_effect');
    expect(noEffect.length).toBeGreaterThanOrEqual(6);
    for (const result of noEffect) expect(result.reason.interval?.high).toBeLessThan(0.1);
  });

  it('warns when the target already drifted from the controls before the campaign', () => {
    const warned = SEEDS.filter((seed) => {
      const result = evaluateSimulated(seed, { lift: 0, preWeeks: 104, targetExtraGrowth: 0.5 });
      return result.warnings.some((warning) => warning.code === 'pre_trend_diverges');
    });
    expect(warned.length).toBeGreaterThanOrEqual(7);
  });

  it('warns when the controls do not move with the target', () => {
    const warned = SEEDS.filter((seed) => {
      const result = evaluateSimulated(seed, { lift: 0, controlSeasonSign: -1 });
      return result.warnings.some((warning) => warning.code === 'low_correlation');
    });
    expect(warned.length).toBeGreaterThanOrEqual(8);
  });

  it('stays quiet about good controls in most runs', () => {
    const warned = SEEDS.filter((seed) =>
      evaluateSimulated(seed, { lift: 0 }).warnings.some(
        (w) => w.code === 'pre_trend_diverges' || w.code === 'low_correlation',
      ),
    );
    expect(warned.length).toBeLessThanOrEqual(2);
  });

  it('gives the same result for the same seed', () => {
    expect(evaluateSimulated(5, { lift: 0.1 })).toEqual(evaluateSimulated(5, { lift: 0.1 }));
  });
});

function simulateWeeks(
  random: Random,
  from: string,
  weeks: number,
  mean: (t: number) => number,
): WeeklyObservation[] {
  return Array.from({ length: weeks }, (_, t) => ({
    weekStart: addDays(from, 7 * t),
    value: sampleNegativeBinomial(random, mean(t), 50),
  }));
}

describe('evaluateImpact windows and comparisons', () => {
  const random = createRandom(11);
  const from = '2025-01-06';
  const startOn = addDays(from, 7 * 52);
  const target = simulateWeeks(random, from, 78, (t) => (t >= 52 ? 39 : 30));
  const controls = [1, 2, 3].map((i) => ({
    label: `c${i}`,
    series: simulateWeeks(random, from, 78, () => 25),
  }));
  const baseline = Array.from({ length: 26 }, (_, t) => ({ weekStart: addDays(startOn, 7 * t), value: 30 }));
  const kpi: KpiSeriesInput = { key: 'new_leads', kind: 'count', direction: 'increase', target, controls };
  const input: EvaluateImpactInput = {
    window: { startOn, endOn: addDays(startOn, 7 * 26 - 1), postWeeks: 0 },
    kpis: [kpi],
    asOf: '2026-12-31',
    seed: 3,
    replicates: 1000,
  };

  it('uses only the weeks the data cover', () => {
    const result = evaluateImpact(input);
    expect(result.kpis[0]?.preWeeks).toHaveLength(52);
    expect(result.kpis[0]?.preWeeks[0]).toBe(from);
    expect(result.kpis[0]?.effectWeeks).toHaveLength(26);
    expect(result.verdict).toBe('worked');
  });

  it('compares with a baseline series as a second opinion, or alone without controls', () => {
    const both = evaluateImpact({ ...input, kpis: [{ ...kpi, baseline }] }).kpis[0];
    expect(both?.baseline?.effect).toBeGreaterThan(0.2);
    expect(both?.baseline?.method).toBe('baseline');
    const alone = evaluateImpact({ ...input, kpis: [{ ...kpi, controls: [], baseline }] });
    expect(alone.verdict).toBe('worked');
    expect(alone.kpis[0]?.controls).toBeNull();
    expect(alone.warnings.map((w) => w.code)).toContain('no_controls');
  });

  it('is inconclusive before there is anything to compare', () => {
    const notStarted = evaluateImpact({ ...input, asOf: addDays(startOn, 3) });
    expect(notStarted.reason.code).toBe('not_started');
    const tooShort = evaluateImpact({ ...input, asOf: addDays(startOn, 20) });
    expect(tooShort.verdict).toBe('inconclusive');
    expect(tooShort.reason.code).toBe('window_too_short');
    expect(tooShort.warnings.map((w) => w.code)).toEqual(['window_short', 'window_incomplete']);
    const nothing = evaluateImpact({ ...input, kpis: [{ ...kpi, controls: [] }] });
    expect(nothing.reason.code).toBe('no_comparison');
  });

  it('gives an interim result while the campaign runs', () => {
    const interim = evaluateImpact({ ...input, asOf: addDays(startOn, 7 * 10 + 2) });
    expect(interim.kpis[0]?.effectWeeks).toHaveLength(10);
    expect(interim.warnings).toContainEqual({
      code: 'window_incomplete',
      kpiKey: 'new_leads',
      figures: { weeks: 10, plannedWeeks: 26 },
    });
  });

  it('measures only after the end when asked to', () => {
    const window = {
      startOn,
      endOn: addDays(startOn, 7 * 10 - 1),
      postWeeks: 16,
      measureFrom: 'end' as const,
    };
    const result = evaluateImpact({ ...input, window });
    expect(result.kpis[0]?.effectWeeks[0]).toBe(addDays(startOn, 70));
    expect(result.kpis[0]?.effectWeeks).toHaveLength(16);
  });

  it('says how much of the gap the extra leads closed', () => {
    const gap = {
      kpiKey: 'new_leads',
      shortfallCents: 50_000_000,
      centsPerUnit: 200_000,
      requiredUnits: 400,
    };
    const result = evaluateImpact({ ...input, gap });
    const effect = result.gapEffect;
    const observed = target.slice(52).reduce((sum, week) => sum + week.value, 0);
    const lift = result.kpis[0]?.controls?.effect ?? 0;
    expect(effect?.extraUnits.estimate).toBeCloseTo(observed * (1 - 1 / (1 + lift)), 6);
    expect(effect?.extraCents.estimate).toBeCloseTo((effect?.extraUnits.estimate ?? 0) * 200_000, 3);
    expect(effect?.shareOfGap.estimate).toBeCloseTo((effect?.extraCents.estimate ?? 0) / 50_000_000, 9);
    expect(effect?.shareOfGoal?.estimate).toBeCloseTo((effect?.extraUnits.estimate ?? 0) / 400, 9);
    expect(effect?.extraUnits.low).toBeLessThan(effect?.extraUnits.estimate ?? 0);
    expect(effect?.extraUnits.high).toBeGreaterThan(effect?.extraUnits.estimate ?? 0);
  });
});

describe('evaluateImpact on a ratio KPI meant to fall', () => {
  it('calls a 25 % shorter cycle time `worked`', () => {
    const random = createRandom(17);
    const from = '2025-01-06';
    const week = (t: number, meanDays: number) => {
      const deals = 6 + samplePoisson(random, 6);
      let days = 0;
      for (let i = 0; i < deals; i++) days += sampleGamma(random, 4, meanDays / 4);
      return { weekStart: addDays(from, 7 * t), value: days, base: deals };
    };
    const target = Array.from({ length: 78 }, (_, t) => week(t, t >= 52 ? 45 : 60));
    const controls = [0, 1, 2].map((i) => ({
      label: `c${i}`,
      series: Array.from({ length: 78 }, (_, t) => week(t, 60)),
    }));
    const startOn = addDays(from, 7 * 52);
    const result = evaluateImpact({
      window: { startOn, endOn: addDays(startOn, 7 * 26 - 1), postWeeks: 0 },
      kpis: [{ key: 'cycle_time', kind: 'ratio', direction: 'decrease', target, controls }],
      asOf: '2026-12-31',
      seed: 1,
      replicates: 1000,
    });
    expect(result.verdict).toBe('worked');
    expect(result.kpis[0]?.controls?.effect).toBeCloseTo(-0.25, 1);
    expect(result.kpis[0]?.levels.targetPre).toBeCloseTo(60, -1);
  });
});
