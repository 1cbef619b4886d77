import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARRIER_KEYS } from '../aida.ts';
import { type DealColumns, NO_BARRIER, NO_DAY } from './deal-columns.ts';
import { indexScopeClosings } from './scope-closings.ts';

/** Only the columns indexScopeClosings reads: close days and coded loss barriers. */
function columnsOf(closeDays: number[], barriers: number[]): DealColumns {
  return {
    closeDay: Int32Array.from(closeDays),
    lossBarrier: Uint8Array.from(barriers),
  } as DealColumns;
}

/** What a window reads, deal by deal: open deals and deals closed on or after `fromDay`, in scope order. */
function expectedClosingFrom(scope: number[], closeDays: number[], fromDay: number): number[] {
  return scope.filter((i) => closeDays[i] === NO_DAY || (closeDays[i] as number) >= fromDay);
}

const day = fc.oneof(
  fc.constant(NO_DAY),
  fc.integer({ min: 20_000, max: 20_400 }),
  // A stray date (year 1 or year 3886 typed into a CRM): far outside the rest, so another sort is used.
  fc.constantFrom(-719_162, 700_000),
);

describe('deals of a scope by close day', () => {
  it('lists the deals closing from a day and counts coded losses as a pass over every deal would, stray dates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: 0, max: BARRIER_KEYS.length })), { maxLength: 60 }),
        fc.integer({ min: 19_990, max: 20_410 }),
        fc.integer({ min: 0, max: 30 }),
        (deals, fromDay, length) => {
          const closeDays = deals.map(([close]) => close);
          const barriers = deals.map(([close, barrier]) =>
            close === NO_DAY || barrier === BARRIER_KEYS.length ? NO_BARRIER : barrier,
          );
          const scope = deals.map((_, i) => i).filter((i) => i % 3 !== 1);
          const closings = indexScopeClosings(columnsOf(closeDays, barriers), Int32Array.from(scope));
          expect([...closings.listDealsClosingFrom(fromDay)]).toEqual(
            expectedClosingFrom(scope, closeDays, fromDay),
          );
          const toDay = fromDay + length;
          const losses = scope.filter(
            (i) => barriers[i] !== NO_BARRIER && closeDays[i]! >= fromDay && closeDays[i]! <= toDay,
          );
          const { counts, total } = closings.countLosses(fromDay, toDay);
          expect(total).toBe(losses.length);
          for (let barrier = 0; barrier < BARRIER_KEYS.length; barrier++) {
            expect(counts[barrier]).toBe(losses.filter((i) => barriers[i] === barrier).length);
          }
        },
      ),
    );
  });
});
