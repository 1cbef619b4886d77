import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../calendar.ts';
import { HORIZON_DAYS } from './incidence.ts';
import { estimateNewBusiness, listNewBusinessValues } from './new-business.ts';
import type { IndexedDeal } from './pipeline-index.ts';

function dealsCreatedOn(days: readonly number[]): IndexedDeal[] {
  return days.map(
    (createdDay) =>
      ({
        createdDay,
        closedDay: null,
        deal: { outcome: 'open' },
      }) as IndexedDeal,
  );
}

/** Every new deal is won exactly 10 days after creation with probability 0.5. */
const CURVE = Float64Array.from({ length: HORIZON_DAYS + 1 }, (_, day) => (day >= 10 ? 0.5 : 0));
const AS_OF = toEpochDay('2025-06-30');
const PERIOD = { periodStartDay: toEpochDay('2025-04-01'), periodEndDay: toEpochDay('2025-06-30') + 30 };

describe('new business', () => {
  it('uses the recent daily rate when there is no earlier year', () => {
    // One deal a day over the last 91 days; 30 days left, of which deals created in the first 20 close in time.
    const deals = dealsCreatedOn(Array.from({ length: 91 }, (_, i) => AS_OF - i));
    const estimate = estimateNewBusiness({
      deals,
      findCreationCurve: () => CURVE,
      asOfDay: AS_OF,
      firstDay: AS_OF - 90,
      ...PERIOD,
    });
    expect(estimate.method).toBe('recent_rate');
    expect(estimate.expectedCreated).toBeCloseTo(30);
    expect(estimate.expectedWins).toBeCloseTo(20 * 0.5);
  });

  it('follows last year’s same weeks, scaled by recent growth', () => {
    const lastYear = AS_OF - 364;
    // Last year: 1 deal a day in the 91 days before asOf−364, and 2 a day in the 30 days after (a seasonal peak).
    const before = Array.from({ length: 91 }, (_, i) => lastYear - i);
    const peak = Array.from({ length: 60 }, (_, i) => lastYear + 1 + (i % 30));
    // This year: the same 1 a day recently, so growth ≈ 1.
    const recent = Array.from({ length: 91 }, (_, i) => AS_OF - i);
    const deals = dealsCreatedOn([...before, ...peak, ...recent]);
    const estimate = estimateNewBusiness({
      deals,
      findCreationCurve: () => CURVE,
      asOfDay: AS_OF,
      firstDay: lastYear - 200,
      ...PERIOD,
    });
    expect(estimate.method).toBe('seasonal');
    expect(estimate.expectedCreated).toBeCloseTo(60);
    expect(estimate.expectedWins).toBeCloseTo(40 * 0.5);
  });

  it('expects nothing once the period is over', () => {
    const deals = dealsCreatedOn([AS_OF - 1]);
    const estimate = estimateNewBusiness({
      deals,
      findCreationCurve: () => CURVE,
      asOfDay: AS_OF,
      firstDay: AS_OF - 100,
      periodStartDay: AS_OF - 90,
      periodEndDay: AS_OF,
    });
    expect(estimate.expectedWins).toBe(0);
  });

  it('draws new deal sizes from wins fast enough for the days left, at least the 20 fastest', () => {
    const won = (createdDay: number, cycle: number, amountCents: number) =>
      ({ createdDay, closedDay: createdDay + cycle, deal: { outcome: 'won', amountCents } }) as IndexedDeal;
    const quick = Array.from({ length: 20 }, (_, i) => won(AS_OF - 50 - i, 20, 100));
    const slow = [won(AS_OF - 300, 200, 9000)];
    const measureOf = (item: IndexedDeal) => item.deal.amountCents;
    const input = { asOfDay: AS_OF, windowDays: 730, maxCycleDays: 91, measureOf };
    expect(new Set(listNewBusinessValues({ ...input, deals: [...quick, ...slow] }))).toEqual(new Set([100]));
    // Too few quick wins: the fastest 20 are used, slow ones included.
    expect(listNewBusinessValues({ ...input, deals: [...quick.slice(0, 5), ...slow] })).toContain(9000);
    expect(listNewBusinessValues({ ...input, deals: [...quick, ...slow], maxCycleDays: 10 })).toHaveLength(
      20,
    );
  });
});
