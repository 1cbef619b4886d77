/**
 * A small workspace for request tests: one product × segment scope, two reps (one with deals in the scope, one
 * without), deals lost on price recently, and a forecast-gap alert on the scope with a price shift — written
 * through the real repositories (the engine's scan is not needed to test what happens after an alert).
 */
import type { AlertCandidate } from '../../src/core/alerts.ts';
import { addDays, type IsoDate } from '../../src/core/calendar.ts';
import type { NewDeal, Storage } from '../../src/storage/port.ts';

export interface RequestFixture {
  productId: number;
  segmentId: number;
  alertId: number;
}

export function priceAlert(input: { productId: number; segmentId: number; today: IsoDate }): AlertCandidate {
  const { productId, segmentId, today } = input;
  return {
    kind: 'forecast_gap',
    dedupeKey: `forecast_gap:product=${productId};segment=${segmentId}`,
    scope: { product: productId, segment: segmentId },
    indicator: 'win_rate',
    severity: 'high',
    aidaStage: 'desire',
    firstDetectedOn: addDays(today, -10),
    changeStartOn: addDays(today, -60),
    changePct: -24,
    forecast: {
      period: '2026-Q4',
      measure: 'bookings',
      target: 100_000_000,
      booked: 40_000_000,
      p10: 60_000_000,
      p50: 82_000_000,
      p90: 98_000_000,
      pMiss: 0.78,
      expectedShortfall: 19_000_000,
      periodEnd: addDays(today, 40),
    },
    drivers: [
      {
        kind: 'reason_shift',
        label: 'Preis',
        contribution: 0.6,
        detail: { barrier: 'price_perceived_high' },
      },
    ],
    explanation: {
      waterfall: null,
      reasonShifts: [{ barrier: 'price_perceived_high', baselineShare: 0.12, currentShare: 0.41 }],
      suggestedQuestions: [],
      series: [],
      relatedIndicators: [],
    },
  };
}

/** Scope, owner links for the reps, 6 deals of the first rep in the scope (4 lost on price), and the alert. */
export async function seedRequestFixture(input: {
  storage: Storage;
  workspaceId: number;
  repUserIds: number[];
  today: IsoDate;
}): Promise<RequestFixture> {
  const { storage, workspaceId, today } = input;
  const productId = await storage.dimensions.ensure(workspaceId, 'product', 'OptiScan');
  const segmentId = await storage.dimensions.ensure(workspaceId, 'segment', 'Automotive');
  const ownerIds: number[] = [];
  for (const [index, userId] of input.repUserIds.entries()) {
    const ownerId = await storage.dimensions.ensure(workspaceId, 'owner', `Rep Owner ${index + 1}`);
    await storage.dimensions.assignOwner(workspaceId, ownerId, { userId });
    ownerIds.push(ownerId);
  }
  const deals: NewDeal[] = Array.from({ length: 6 }, (_, index) => ({
    externalId: `R-${index + 1}`,
    name: `Deal ${index + 1}`,
    account: `Kunde ${index + 1}`,
    productId,
    segmentId,
    regionId: null,
    ownerId: ownerIds[0] ?? null,
    amountCents: 5_000_000,
    currency: 'EUR',
    stage: index < 4 ? 'Lost' : 'Proposal',
    outcome: index < 4 ? 'lost' : 'open',
    createdOn: addDays(today, -120),
    expectedCloseOn: addDays(today, 30),
    closedOn: index < 4 ? addDays(today, -20 - index) : null,
    lostReason: index < 4 ? 'Zu teuer im Vergleich' : null,
    lostBarrier: index < 4 ? 'price_perceived_high' : null,
    competitor: null,
    isRenewal: false,
    leadSource: null,
  }));
  await storage.deals.insertMany(workspaceId, deals);
  const { created } = await storage.alerts.upsertFromScan(workspaceId, today, [
    priceAlert({ productId, segmentId, today }),
  ]);
  return { productId, segmentId, alertId: created[0]! };
}
