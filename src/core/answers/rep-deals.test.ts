import { describe, expect, it } from 'vitest';
import type { Deal, Dimensions } from '../types.ts';
import { isDealStalled, listRepDeals } from './rep-deals.ts';

const TODAY = '2026-11-28';
const dimensions: Dimensions = {
  products: [
    { id: 1, name: 'OptiScan' },
    { id: 2, name: 'PressLine' },
  ],
  segments: [],
  regions: [],
  teams: [],
  owners: [
    { id: 10, name: 'Anna', teamId: null, userId: 7 },
    { id: 11, name: 'Ben', teamId: null, userId: 8 },
  ],
};

function deal(id: number, change: Partial<Deal>): Deal {
  return {
    id,
    externalId: `D${id}`,
    name: `Scanner ${id}`,
    account: `Kunde ${id}`,
    productId: 1,
    segmentId: null,
    regionId: null,
    ownerId: 10,
    amountCents: 100_000,
    currency: 'EUR',
    stage: 'Verloren',
    outcome: 'lost',
    createdOn: '2026-01-01',
    expectedCloseOn: null,
    closedOn: '2026-10-01',
    lostReason: null,
    lostBarrier: null,
    competitor: null,
    isRenewal: false,
    leadSource: null,
    ...change,
  };
}

const DEALS = [
  deal(1, { closedOn: '2026-11-01' }),
  deal(2, { closedOn: '2025-06-01' }), // lost too long ago
  deal(3, { ownerId: 11 }), // another rep's
  deal(4, { productId: 2 }), // outside the scope
  deal(5, { outcome: 'open', stage: 'Angebot', closedOn: null, expectedCloseOn: '2026-11-01' }), // stalled
  deal(6, { outcome: 'open', stage: 'Angebot', closedOn: null, expectedCloseOn: '2026-12-20' }), // on track
  deal(7, { outcome: 'won', stage: 'Gewonnen' }),
  deal(8, { closedOn: '2026-09-01', name: 'Linienkamera', account: 'Brenner AG' }),
];

describe('listRepDeals', () => {
  it("lists the rep's own recent lost deals in the scope, newest first, then stalled ones", () => {
    const ids = listRepDeals({
      deals: DEALS,
      dimensions,
      scope: { product: 1 },
      userId: 7,
      today: TODAY,
    }).map((d) => d.id);
    expect(ids).toEqual([1, 8, 5]);
  });

  it('finds by deal or account name, every word', () => {
    const find = (query: string) =>
      listRepDeals({ deals: DEALS, dimensions, scope: { product: 1 }, userId: 7, today: TODAY, query }).map(
        (d) => d.id,
      );
    expect(find('brenner')).toEqual([8]);
    expect(find('scanner kunde 1')).toEqual([1]);
    expect(find('nothing')).toEqual([]);
  });

  it('calls an open deal past its expected close stalled', () => {
    expect(isDealStalled(DEALS[4]!, TODAY)).toBe(true);
    expect(isDealStalled(DEALS[5]!, TODAY)).toBe(false);
    expect(isDealStalled(DEALS[0]!, TODAY)).toBe(false);
  });
});
