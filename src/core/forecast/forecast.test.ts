import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHistory, type DealSpec, dealSpecArbitrary } from '../../../test/support/pipeline-builders.ts';
import type { Target } from '../types.ts';
import type { PipelineHistory } from './as-of.ts';
import { forecastAttainment } from './forecast.ts';

/** asOf is day 684 after 2023-01-01: 2024-11-15, in week 7 of 2024-Q4 (which starts on day 639). */
const AS_OF = '2024-11-15';
const Q4_START_DAY = 639;
const AS_OF_DAY = 684;
const TARGET: Target = { id: 1, period: '2024-Q4', measure: 'bookings', scope: {}, value: 5_000_000 };
const FAST = { simulations: 200 };
/** As many simulations as a real scan runs: for properties that compare P50s across histories. */
const PRECISE = { simulations: 2000 };

function forecastOne(history: PipelineHistory, seed = 1, target = TARGET, options = FAST) {
  const [forecast] = forecastAttainment({ history, asOf: AS_OF, seed, targets: [target], options });
  if (!forecast) throw new Error('no forecast');
  return forecast;
}

const historyArbitrary = fc
  .array(dealSpecArbitrary(AS_OF_DAY), { minLength: 5, maxLength: 60 })
  .map((specs) => specs.map((spec, i): DealSpec => ({ ...spec, id: i + 1 })));

describe('forecast examples', () => {
  const specs: DealSpec[] = [
    // Won in 2024-Q4 before asOf: 300 + 200 booked, 2 deals, 1 renewal.
    {
      id: 1,
      createdDay: 600,
      lifeDays: 50,
      outcome: 'won',
      stagesReached: 3,
      amountCents: 300,
      isRenewal: true,
    },
    { id: 2, createdDay: 620, lifeDays: 40, outcome: 'won', stagesReached: 3, amountCents: 200 },
    // Won in Q3 and lost in Q4: not booked.
    { id: 3, createdDay: 500, lifeDays: 50, outcome: 'won', stagesReached: 3, amountCents: 900 },
    { id: 4, createdDay: 620, lifeDays: 40, outcome: 'lost', stagesReached: 2, amountCents: 900 },
  ];
  const history = buildHistory(specs);

  it.each([
    ['bookings', 500],
    ['deals_won', 2],
    ['renewals', 1],
  ] as const)('books %s so far: %i', (measure, booked) => {
    expect(forecastOne(history, 1, { ...TARGET, measure, value: 1 }).booked).toBe(booked);
  });

  it('a finished period is exactly what was booked', () => {
    const forecast = forecastOne(history, 1, { ...TARGET, period: '2024-Q3', value: 1000 });
    expect([forecast.p10, forecast.p50, forecast.p90]).toEqual([900, 900, 900]);
    expect(forecast.pMiss).toBe(1);
    expect(forecast.expectedShortfall).toBe(100);
  });

  it('splits the open pipeline by stage, in funnel order', () => {
    const open: DealSpec[] = [
      { id: 5, createdDay: 670, lifeDays: 10, outcome: 'open', stagesReached: 3, amountCents: 100 },
      { id: 6, createdDay: 670, lifeDays: 10, outcome: 'open', stagesReached: 1, amountCents: 100 },
      { id: 7, createdDay: 675, lifeDays: 5, outcome: 'open', stagesReached: 1, amountCents: 100 },
    ];
    const forecast = forecastOne(buildHistory([...specs, ...open]));
    expect(forecast.openDeals).toBe(3);
    expect(forecast.pipelineByStage.map((stage) => [stage.stage, stage.openDeals])).toEqual([
      ['Qualify', 2],
      ['Negotiate', 1],
    ]);
  });

  it.each([
    ['2024-11', undefined, '2024-11-01', '2024-11-30', 15],
    ['2024', undefined, '2024-01-01', '2024-12-31', 46],
    // Fiscal year from April: its third quarter is October to December.
    ['2024-Q3', { fiscalYearStartMonth: 4 }, '2024-10-01', '2024-12-31', 46],
  ])(
    'forecasts period %s (fiscal %j) from %s to %s with %i days left',
    (period, calendar, start, end, daysLeft) => {
      const [forecast] = forecastAttainment({
        history,
        asOf: AS_OF,
        seed: 1,
        calendar,
        targets: [{ ...TARGET, period }],
        options: FAST,
      });
      expect(forecast).toMatchObject({ periodStart: start, periodEnd: end, daysLeft });
      expect(forecast?.p10).toBeLessThanOrEqual(forecast?.p90 ?? 0);
    },
  );

  it('an empty workspace forecasts nothing and a sure miss', () => {
    const empty = { deals: [], stageChanges: [], leads: [], metrics: [], stages: [] };
    const forecast = forecastOne(empty, 1, { ...TARGET, scope: { product: 3 } });
    expect(forecast).toMatchObject({ p10: 0, p50: 0, p90: 0, pMiss: 1, expectedShortfall: TARGET.value });
  });

  it('rejects a period key it cannot read', () => {
    expect(() => forecastOne(history, 1, { ...TARGET, period: 'Q4/2024' })).toThrow(/period/);
  });
});

describe('forecast properties', () => {
  it('is identical for the same seed, ordered, and never below what is booked', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.integer(), (specs, seed) => {
        const history = buildHistory(specs);
        const forecast = forecastOne(history, seed);
        expect(forecastOne(history, seed)).toEqual(forecast);
        expect(forecast.booked).toBeLessThanOrEqual(forecast.p10);
        expect(forecast.p10).toBeLessThanOrEqual(forecast.p50);
        expect(forecast.p50).toBeLessThanOrEqual(forecast.p90);
        expect(forecast.pMiss).toBeGreaterThanOrEqual(0);
        expect(forecast.pMiss).toBeLessThanOrEqual(1);
      }),
      { numRuns: 25 },
    );
  });

  // The win is at least as large as every earlier one: a tiny win is also evidence that new deals are small, and
  // may rightly lower the new-business part by more than it adds.
  it('adding a deal won this quarter never lowers the P50', () => {
    const won = fc.record({
      closedDay: fc.integer({ min: Q4_START_DAY, max: AS_OF_DAY }),
      lifeDays: fc.integer({ min: 1, max: 90 }),
      extraCents: fc.integer({ min: 0, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(historyArbitrary, won, (specs, extra) => {
        const largest = Math.max(
          0,
          ...specs.filter((spec) => spec.outcome === 'won').map((spec) => spec.amountCents),
        );
        const added: DealSpec = {
          id: specs.length + 1,
          createdDay: extra.closedDay - extra.lifeDays,
          lifeDays: extra.lifeDays,
          outcome: 'won',
          stagesReached: 3,
          amountCents: largest + extra.extraCents + 1,
        };
        const before = forecastOne(buildHistory(specs));
        const after = forecastOne(buildHistory([...specs, added]));
        expect(after.booked).toBe(before.booked + added.amountCents);
        expect(after.p50).toBeGreaterThanOrEqual(before.p50);
      }),
      // Each run costs two forecasts: report the first failure rather than spend minutes shrinking it.
      { numRuns: 25, endOnFailure: true },
    );
  });

  // New deals opened on asOf: more pipeline on the same history. (An old deal still open is different: it is
  // also evidence that deals like it do not close, and may rightly lower the forecast.)
  it('more open pipeline never lowers the P50 on average', () => {
    const open = fc.record({
      ageDays: fc.constant(0),
      stagesReached: fc.integer({ min: 1, max: 3 }),
      amountCents: fc.integer({ min: 1000, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(historyArbitrary, fc.array(open, { minLength: 1, maxLength: 10 }), (specs, extras) => {
        const added = extras.map(
          (extra, i): DealSpec => ({
            id: specs.length + i + 1,
            createdDay: AS_OF_DAY - extra.ageDays,
            lifeDays: extra.ageDays,
            outcome: 'open',
            stagesReached: extra.stagesReached,
            amountCents: extra.amountCents,
          }),
        );
        const seeds = [1, 2, 3, 4, 5];
        const mean = (history: PipelineHistory) =>
          seeds.reduce((sum, seed) => sum + forecastOne(history, seed, TARGET, PRECISE).p50, 0) /
          seeds.length;
        // Monte Carlo noise: the added deals shift the random streams, so allow 1 % of the P50 (the effect a
        // real violation would have — new pipeline counted against the forecast — is far larger). With few open
        // deals the P50 jumps by whole deal amounts between runs, so some histories exceed 1 % by noise alone
        // (one in about 300 at 2,000 simulations, 3 % at 200): the histories are fixed (fast-check seed below)
        // so the check is the same on every run, and a real violation shows in most of them.
        const before = mean(buildHistory(specs));
        expect(mean(buildHistory([...specs, ...added]))).toBeGreaterThanOrEqual(before * 0.99);
      }),
      { numRuns: 15, endOnFailure: true, seed: 20_261_128 },
    );
  });
});
