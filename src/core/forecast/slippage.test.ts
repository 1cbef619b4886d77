import { describe, expect, it } from 'vitest';
import { buildHistory, type DealSpec } from '../../../test/support/pipeline-builders.ts';
import { indexPipeline } from './pipeline-index.ts';
import { computeSlipTimingShare, learnSlippage } from './slippage.ts';

describe('close-date slippage', () => {
  it('learns actual minus expected close of settled won deals', () => {
    const specs: DealSpec[] = [
      // Expected after 30 days, won after 40: slip +10.
      {
        id: 1,
        createdDay: 0,
        lifeDays: 40,
        outcome: 'won',
        stagesReached: 1,
        amountCents: 1,
        expectedCloseDays: 30,
      },
      // Won early: slip −5.
      {
        id: 2,
        createdDay: 10,
        lifeDays: 25,
        outcome: 'won',
        stagesReached: 1,
        amountCents: 1,
        expectedCloseDays: 30,
      },
      // Lost deals and deals without an expected close do not count.
      {
        id: 3,
        createdDay: 10,
        lifeDays: 25,
        outcome: 'lost',
        stagesReached: 1,
        amountCents: 1,
        expectedCloseDays: 30,
      },
      { id: 4, createdDay: 10, lifeDays: 25, outcome: 'won', stagesReached: 1, amountCents: 1 },
      // Expected too close to asOf (not settled): left out.
      {
        id: 5,
        createdDay: 300,
        lifeDays: 20,
        outcome: 'won',
        stagesReached: 1,
        amountCents: 1,
        expectedCloseDays: 30,
      },
    ];
    const index = indexPipeline({ history: buildHistory(specs), asOf: '2023-12-01' });
    expect(Array.from(learnSlippage(index, { windowDays: 730, settleDays: 90 }))).toEqual([-5, 10]);
  });

  const slips = Int32Array.from([-10, -5, 0, 0, 5, 10, 10, 20, 30, 40, 60, 90]);

  it.each([
    // Expected close 10 days after asOf: a slip must exceed −10 to close after asOf (11 of 12 slips do).
    // Within (0, 10] are slips −5, 0, 0; within (10, 40] slips 5, 10, 10, 20, 30.
    [10, 0, 10, 3 / 11],
    [10, 10, 40, 5 / 11],
    [10, 0, 200, 1],
  ])('expected in %i days, window (%i, %i] gets share %f', (inDays, fromDays, toDays, share) => {
    expect(
      computeSlipTimingShare({ slips, expectedCloseDay: 100 + inDays, asOfDay: 100, fromDays, toDays }),
    ).toBeCloseTo(share);
  });

  it('conditions on the deal still being open: an overdue deal only draws the longer slips', () => {
    // Expected 5 days ago: only slips above 5 are possible (10, 10, 20, 30, 40, 60, 90 = 7 < 10 samples).
    expect(
      computeSlipTimingShare({ slips, expectedCloseDay: 95, asOfDay: 100, fromDays: 0, toDays: 30 }),
    ).toBeNull();
    const many = Int32Array.from([...slips, ...slips]).sort();
    // 14 slips above 5; those ≤ 35 (close within 30 days): 10, 10, 20, 30 twice = 8.
    expect(
      computeSlipTimingShare({ slips: many, expectedCloseDay: 95, asOfDay: 100, fromDays: 0, toDays: 30 }),
    ).toBeCloseTo(8 / 14);
  });
});
