import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHistory, dayArbitrary, historyArbitrary } from '../../../test/support/pipeline-builders.ts';
import { fromEpochDay } from '../calendar.ts';
import { cutToAsOf } from './as-of.ts';
import { indexPipeline } from './pipeline-index.ts';
import { buildSnapshotRecords, EVENT_CENSORED, EVENT_WON, findAgeBucket, toStageId } from './snapshots.ts';

const NO_PHASE = { findWeek: () => 0, findQuarterEnd: (day: number) => day + 91 };

describe('snapshot records', () => {
  it.each([
    [0, 0],
    [6, 0],
    [7, 1],
    [89, 3],
    [364, 5],
    [365, 6],
    [4000, 6],
  ])('age %i days is bucket %i', (age, bucket) => {
    expect(findAgeBucket(age)).toBe(bucket);
  });

  it('records a deal weekly while it is open, with its outcome or censoring', () => {
    // Created 2023-01-01, won 30 days later; asOf 2023-03-01 (day 59), so snapshots on days 52, 45, …, 3.
    const history = buildHistory([
      { id: 1, createdDay: 0, lifeDays: 30, outcome: 'won', stagesReached: 2, amountCents: 1 },
    ]);
    const records = buildSnapshotRecords(indexPipeline({ history, asOf: '2023-03-01' }), {
      windowDays: 365,
      maxRecords: 1000,
      phase: NO_PHASE,
      useCloseHints: false,
    });
    expect(records.count).toBe(4);
    expect(Array.from(records.timeDays.slice(0, 4))).toEqual([27, 20, 13, 6]);
    expect(Array.from(records.event.slice(0, 4))).toEqual([EVENT_WON, EVENT_WON, EVENT_WON, EVENT_WON]);
  });

  it('sees each deal in the state the as-of cut shows on the snapshot day', () => {
    fc.assert(
      fc.property(historyArbitrary(15), dayArbitrary(), (history, asOf) => {
        const index = indexPipeline({ history, asOf });
        const records = buildSnapshotRecords(index, {
          windowDays: 400,
          maxRecords: 100_000,
          phase: NO_PHASE,
          useCloseHints: false,
        });
        for (let r = 0; r < records.count; r++) {
          const item = index.deals[records.dealIndex[r]!]!;
          const endDay = records.event[r] === EVENT_CENSORED ? index.asOfDay : (item.closedDay ?? 0);
          const snapshotDay = endDay - records.timeDays[r]!;
          const past = cutToAsOf(history, fromEpochDay(snapshotDay)).deals.find(
            (deal) => deal.id === item.deal.id,
          );
          expect(past?.outcome).toBe('open');
          expect(index.stageNames[toStageId(records.cellKey[r]!)]).toBe(past?.stage);
        }
      }),
      { numRuns: 60 },
    );
  });
});
