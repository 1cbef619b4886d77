import { describe, expect, it } from 'vitest';
import { buildHistory, type DealSpec } from '../../../test/support/pipeline-builders.ts';
import { parsePeriodKey } from '../calendar.ts';
import { computeBaselines } from './baselines.ts';
import { indexPipeline } from './pipeline-index.ts';

/** Day offsets from 2023-01-01. */
const Q1_2024 = 365;
const Q2_2024 = Q1_2024 + 91;

function won(id: number, closeDay: number, amountCents: number): DealSpec {
  return { id, createdDay: closeDay - 10, lifeDays: 10, outcome: 'won', stagesReached: 3, amountCents };
}

describe('baselines', () => {
  it('run-rate divides bookings to date by the share historically booked by the same day', () => {
    // In each of the four quarters of 2023, 100 booked in the first 30 days and 300 later: share 1/4 by day 30.
    const specs: DealSpec[] = [];
    for (let quarter = 0; quarter < 4; quarter++) {
      specs.push(
        won(specs.length + 1, quarter * 91 + 20, 100),
        won(specs.length + 2, quarter * 91 + 70, 300),
      );
    }
    // 2024-Q1 so far (to 2024-01-30): 150 booked.
    specs.push(won(specs.length + 1, Q1_2024 + 15, 150));
    const index = indexPipeline({ history: buildHistory(specs), asOf: '2024-01-30' });
    const baselines = computeBaselines({
      deals: index.deals,
      asOfDay: index.asOfDay,
      firstDay: index.firstDay,
      period: parsePeriodKey('2024-Q1')!,
      calendar: { fiscalYearStartMonth: 1 },
      measure: 'bookings',
      stages: index.stages,
    });
    expect(baselines.historicalShare).toBeCloseTo(0.25, 1);
    expect(baselines.runRate).toBeCloseTo(150 / baselines.historicalShare!);
  });

  it('stage-weighted pipeline adds open deals expected in the period at the CRM default probability', () => {
    const specs: DealSpec[] = [
      won(1, Q2_2024 + 5, 1000),
      // Open in Propose (40 %), expected inside Q2: counts 400.
      {
        id: 2,
        createdDay: Q2_2024,
        lifeDays: 5,
        outcome: 'open',
        stagesReached: 2,
        amountCents: 1000,
        expectedCloseDays: 30,
      },
      // Open in Negotiate (70 %), no expected close: counts 700.
      { id: 3, createdDay: Q2_2024, lifeDays: 5, outcome: 'open', stagesReached: 3, amountCents: 1000 },
      // Expected after the quarter: left out.
      {
        id: 4,
        createdDay: Q2_2024,
        lifeDays: 5,
        outcome: 'open',
        stagesReached: 3,
        amountCents: 1000,
        expectedCloseDays: 150,
      },
    ];
    const index = indexPipeline({ history: buildHistory(specs), asOf: '2024-04-20' });
    const baselines = computeBaselines({
      deals: index.deals,
      asOfDay: index.asOfDay,
      firstDay: index.firstDay,
      period: parsePeriodKey('2024-Q2')!,
      calendar: { fiscalYearStartMonth: 1 },
      measure: 'bookings',
      stages: index.stages,
    });
    expect(baselines.stageWeightedPipeline).toBeCloseTo(1000 + 400 + 700);
    expect(baselines.runRate).toBeNull();
  });
});
