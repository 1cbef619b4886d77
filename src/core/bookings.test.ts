import { describe, expect, it } from 'vitest';
import { computeBookingsOverview, listRecentQuarters } from './bookings.ts';
import { CALENDAR_YEAR } from './calendar.ts';
import type { Deal, Target } from './types.ts';

function won(id: number, closedOn: string, amountCents: number, productId: number): Deal {
  return {
    id,
    externalId: `D${id}`,
    name: `Deal ${id}`,
    account: null,
    productId,
    segmentId: null,
    regionId: null,
    ownerId: null,
    amountCents,
    currency: 'EUR',
    stage: 'Gewonnen',
    outcome: 'won',
    createdOn: '2026-01-01',
    expectedCloseOn: null,
    closedOn,
    lostReason: null,
    lostBarrier: null,
    competitor: null,
    isRenewal: false,
    leadSource: null,
  };
}

describe('bookings overview', () => {
  const deals = [
    won(1, '2026-10-05', 100_00, 1),
    won(2, '2026-11-20', 250_00, 2),
    won(3, '2026-12-20', 999_00, 1), // after as-of: not booked yet
    won(4, '2026-08-01', 50_00, 1),
    { ...won(5, '2026-10-10', 70_00, 1), outcome: 'lost' as const },
  ];
  const targets: Target[] = [
    { id: 1, period: '2026-Q4', measure: 'bookings', scope: {}, value: 1_000_00 },
    { id: 2, period: '2026-Q4', measure: 'bookings', scope: { product: 1, region: 1 }, value: 200_00 },
    { id: 3, period: '2026-Q4', measure: 'bookings', scope: { product: 1, region: 2 }, value: 300_00 },
    { id: 4, period: '2026-Q4', measure: 'deals_won', scope: {}, value: 10 },
  ];
  const overview = computeBookingsOverview({
    deals,
    targets,
    asOf: '2026-11-28',
    calendar: CALENDAR_YEAR,
    quarters: 4,
    products: [
      { id: 1, name: 'Sensor' },
      { id: 2, name: 'Gateway' },
    ],
  });

  it('counts won deals closed in the period up to as-of, never lost or future ones', () => {
    expect(overview.current).toEqual({
      period: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
      bookedCents: 350_00,
      targetCents: 1_000_00,
    });
    expect(overview.periods.map((p) => [p.period, p.bookedCents])).toEqual([
      ['2026-Q1', 0],
      ['2026-Q2', 0],
      ['2026-Q3', 50_00],
      ['2026-Q4', 350_00],
    ]);
  });

  it('sums product × region targets when a product has no target of its own', () => {
    expect(overview.byProduct).toEqual([
      { productId: 1, product: 'Sensor', bookedCents: 100_00, targetCents: 500_00 },
      { productId: 2, product: 'Gateway', bookedCents: 250_00, targetCents: null },
    ]);
  });

  it('lists consecutive quarters across a fiscal year start', () => {
    const keys = listRecentQuarters('2027-02-01', 3, { fiscalYearStartMonth: 4 }).map((p) => p.key);
    expect(keys).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
  });
});
