/** A deal as storage tests insert it: an open offer of 10,000 € without dimensions, changed by `overrides`. */
import type { NewDeal } from '../../src/storage/port.ts';

export function buildNewDeal(externalId: string, overrides: Partial<NewDeal> = {}): NewDeal {
  return {
    externalId,
    name: `Deal ${externalId}`,
    account: 'Müller GmbH',
    productId: null,
    segmentId: null,
    regionId: null,
    ownerId: null,
    amountCents: 1_000_000,
    currency: 'EUR',
    stage: 'Angebot',
    outcome: 'open',
    createdOn: '2026-09-01',
    expectedCloseOn: '2026-12-15',
    closedOn: null,
    lostReason: null,
    lostBarrier: null,
    competitor: null,
    isRenewal: false,
    leadSource: null,
    ...overrides,
  };
}
