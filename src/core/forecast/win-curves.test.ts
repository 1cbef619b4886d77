import { describe, expect, it } from 'vitest';
import { buildHistory, type DealSpec, HISTORY_START } from '../../../test/support/pipeline-builders.ts';
import { CALENDAR_YEAR, daysBetween } from '../calendar.ts';
import { HORIZON_DAYS } from './incidence.ts';
import { indexPipeline } from './pipeline-index.ts';
import { createQuarterPhaseLookup } from './quarter-phase.ts';
import { buildSnapshotRecords, toCellKey } from './snapshots.ts';
import { createWinCurveModel } from './win-curves.ts';

/** Product 1: 100 deals, one in five won; product 2: 4 deals, all won. All stay in the first stage. */
function buildSpecs(): DealSpec[] {
  const specs: DealSpec[] = [];
  for (let i = 0; i < 100; i++) {
    const outcome = i % 5 === 0 ? 'won' : 'lost';
    specs.push({
      id: i + 1,
      createdDay: i * 3,
      lifeDays: 20,
      outcome,
      stagesReached: 1,
      amountCents: 100,
      productId: 1,
    });
  }
  for (let i = 0; i < 4; i++) {
    specs.push({
      id: 101 + i,
      createdDay: 50 + i * 40,
      lifeDays: 20,
      outcome: 'won',
      stagesReached: 1,
      amountCents: 100,
      productId: 2,
    });
  }
  return specs;
}

/** Without a phase every snapshot counts as the same week of the quarter. */
const NO_PHASE = { findWeek: () => 0, findQuarterEnd: (day: number) => day + 91 };

function learn(priorStrength: number) {
  const index = indexPipeline({ history: buildHistory(buildSpecs()), asOf: '2024-01-01' });
  const records = buildSnapshotRecords(index, {
    windowDays: 730,
    maxRecords: 100_000,
    phase: NO_PHASE,
    useCloseHints: false,
  });
  const model = createWinCurveModel({ index, records, phase: NO_PHASE, priorStrength, windowDays: 730 });
  const qualify = index.stageNames.indexOf('Qualify');
  // Deals are 0–20 days old while open: age bucket 1 (7–29 days) holds most records.
  const probabilityOf = (scope: { product?: number }) =>
    model.forScope(scope).findCellCurve(toCellKey(qualify, 0, 1))[HORIZON_DAYS]!;
  return { probabilityOf, model };
}

describe('win curves learned by scope', () => {
  it('without a prior a scope keeps its own rate', () => {
    const { probabilityOf } = learn(0);
    expect(probabilityOf({ product: 2 })).toBeCloseTo(1);
    expect(probabilityOf({ product: 1 })).toBeCloseTo(0.2);
  });

  it('shrinks a thin scope toward its parent, and a thick one much less', () => {
    const { probabilityOf } = learn(20);
    const parent = probabilityOf({});
    const thin = probabilityOf({ product: 2 });
    const thick = probabilityOf({ product: 1 });
    expect(parent).toBeGreaterThan(0.2);
    expect(parent).toBeLessThan(0.35);
    // 4 deals against 20 pseudo-deals: about 1/6 of the way from the parent to 100 %.
    expect(thin).toBeGreaterThan(parent);
    expect(thin).toBeLessThan(parent + 0.35 * (1 - parent));
    expect(Math.abs(thick - 0.2)).toBeLessThan(Math.abs(thin - 1));
  });

  it('falls back to the parent for a scope without data', () => {
    const { probabilityOf } = learn(20);
    expect(probabilityOf({ product: 9 })).toBeCloseTo(probabilityOf({}));
  });

  it('learns the time to a win from creation', () => {
    const { model } = learn(0);
    const curve = model.forScope({ product: 1 }).findCreationCurve(0);
    expect(curve[19]).toBeCloseTo(0);
    expect(curve[20]).toBeCloseTo(0.2);
  });

  it('learns the week of the quarter: late-quarter deals win, early-quarter deals do not', () => {
    // Each quarter of 2022–2023: 10 deals created on day 7 lost 10 days later, 10 created on day 70 won 10 days later.
    const specs: DealSpec[] = [];
    const quarterStarts = [
      '2022-01-01',
      '2022-04-01',
      '2022-07-01',
      '2022-10-01',
      '2023-01-01',
      '2023-04-01',
      '2023-07-01',
      '2023-10-01',
    ];
    for (const start of quarterStarts) {
      const day = daysBetween(HISTORY_START, start);
      for (let i = 0; i < 10; i++) {
        specs.push({
          id: specs.length + 1,
          createdDay: day + 7,
          lifeDays: 10,
          outcome: 'lost',
          stagesReached: 1,
          amountCents: 1,
        });
        specs.push({
          id: specs.length + 1,
          createdDay: day + 70,
          lifeDays: 10,
          outcome: 'won',
          stagesReached: 1,
          amountCents: 1,
        });
      }
    }
    const history = buildHistory(specs);
    const probabilityOn = (asOf: string) => {
      const index = indexPipeline({ history, asOf });
      const phase = createQuarterPhaseLookup(CALENDAR_YEAR, {
        fromDay: index.firstDay,
        toDay: index.asOfDay,
      });
      const records = buildSnapshotRecords(index, {
        windowDays: 730,
        maxRecords: 100_000,
        phase,
        useCloseHints: false,
      });
      const model = createWinCurveModel({ index, records, phase, priorStrength: 20, windowDays: 730 });
      return model.forScope({}).findCellCurve(toCellKey(index.stageNames.indexOf('Qualify'), 0, 0))[
        HORIZON_DAYS
      ]!;
    };
    // 2024-01-12 is in week 1 of Q1; 2024-03-14 in week 10.
    expect(probabilityOn('2024-01-12')).toBeLessThan(0.25);
    expect(probabilityOn('2024-03-14')).toBeGreaterThan(0.75);
  });
});
