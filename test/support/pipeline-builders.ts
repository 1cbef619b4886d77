/** Small pipelines for core tests: a deal from a compact spec, and fast-check arbitraries over whole histories. */
import fc from 'fast-check';
import { addDays, type IsoDate } from '../../src/core/calendar.ts';
import type { PipelineHistory } from '../../src/core/forecast/as-of.ts';
import type { Deal, DealOutcome, StageChange, StageDefinition } from '../../src/core/types.ts';

export const TEST_STAGES: StageDefinition[] = [
  { name: 'Qualify', position: 1, defaultProbability: 0.1 },
  { name: 'Propose', position: 2, defaultProbability: 0.4 },
  { name: 'Negotiate', position: 3, defaultProbability: 0.7 },
  { name: 'Won', position: 4, defaultProbability: 1 },
  { name: 'Lost', position: 5, defaultProbability: 0 },
];

export const HISTORY_START: IsoDate = '2023-01-01';

export interface DealSpec {
  id: number;
  createdDay: number;
  /** Days from creation to close (or to the last stage change for open deals). */
  lifeDays: number;
  outcome: DealOutcome;
  /** How many open stages the deal passed through (1–3). */
  stagesReached: number;
  amountCents: number;
  productId?: number | null;
  isRenewal?: boolean;
  expectedCloseDays?: number | null;
  hasHistory?: boolean;
}

export function buildDeal(spec: DealSpec): { deal: Deal; changes: StageChange[] } {
  const createdOn = addDays(HISTORY_START, spec.createdDay);
  const closedOn = spec.outcome === 'open' ? null : addDays(createdOn, spec.lifeDays);
  const reached = Math.max(1, Math.min(3, spec.stagesReached));
  const openStage = TEST_STAGES[reached - 1]!.name;
  const changes: StageChange[] = [];
  if (spec.hasHistory !== false) {
    for (let i = 0; i < reached; i++) {
      const offset = Math.floor((spec.lifeDays * i) / (reached + 1));
      changes.push({ dealId: spec.id, stage: TEST_STAGES[i]!.name, changedOn: addDays(createdOn, offset) });
    }
    if (closedOn)
      changes.push({ dealId: spec.id, stage: spec.outcome === 'won' ? 'Won' : 'Lost', changedOn: closedOn });
  }
  const deal: Deal = {
    id: spec.id,
    externalId: `D${spec.id}`,
    name: `Deal ${spec.id}`,
    account: null,
    productId: spec.productId ?? 1,
    segmentId: null,
    regionId: null,
    ownerId: null,
    amountCents: spec.amountCents,
    currency: 'EUR',
    stage: spec.outcome === 'open' ? openStage : spec.outcome === 'won' ? 'Won' : 'Lost',
    outcome: spec.outcome,
    createdOn,
    expectedCloseOn:
      spec.expectedCloseDays == null ? null : addDays(createdOn, Math.max(1, spec.expectedCloseDays)),
    closedOn,
    lostReason: spec.outcome === 'lost' ? 'too expensive' : null,
    lostBarrier: spec.outcome === 'lost' ? 'price_perceived_high' : null,
    competitor: spec.outcome === 'lost' ? 'Rival' : null,
    isRenewal: spec.isRenewal ?? false,
    leadSource: null,
  };
  return { deal, changes };
}

export function buildHistory(specs: readonly DealSpec[]): PipelineHistory {
  const built = specs.map(buildDeal);
  return {
    deals: built.map((item) => item.deal),
    stageChanges: built.flatMap((item) => item.changes),
    leads: built.map(({ deal }) => ({
      id: deal.id,
      externalId: `L${deal.id}`,
      createdOn: addDays(deal.createdOn, -5),
      channel: 'web',
      productId: deal.productId,
      segmentId: null,
      regionId: null,
      status: 'converted',
      convertedOn: deal.createdOn,
      dealId: deal.id,
    })),
    metrics: built.map(({ deal }) => ({
      metricKey: 'visits',
      observedOn: deal.createdOn,
      value: 1,
      scope: {},
    })),
    stages: TEST_STAGES,
  };
}

export function dealSpecArbitrary(maxDay = 700): fc.Arbitrary<Omit<DealSpec, 'id'>> {
  return fc.record({
    createdDay: fc.integer({ min: 0, max: maxDay }),
    lifeDays: fc.integer({ min: 1, max: 200 }),
    outcome: fc.constantFrom<DealOutcome>('open', 'won', 'won', 'lost'),
    stagesReached: fc.integer({ min: 1, max: 3 }),
    amountCents: fc.integer({ min: 1_000, max: 5_000_000 }),
    productId: fc.constantFrom(1, 2),
    isRenewal: fc.boolean(),
    expectedCloseDays: fc.option(fc.integer({ min: 10, max: 150 })),
    hasHistory: fc.boolean(),
  });
}

/** A history of up to `maxDeals` deals with ids 1…n. */
export function historyArbitrary(maxDeals = 30): fc.Arbitrary<PipelineHistory> {
  return fc
    .array(dealSpecArbitrary(), { maxLength: maxDeals })
    .map((specs) => buildHistory(specs.map((spec, i) => ({ ...spec, id: i + 1 }))));
}

export function dayArbitrary(): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: -10, max: 900 }).map((day) => addDays(HISTORY_START, day));
}
