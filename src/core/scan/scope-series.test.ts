import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARRIER_KEYS } from '../aida.ts';
import { addDays } from '../calendar.ts';
import { computeIndicatorSeries } from '../detect/indicators.ts';
import type { PipelineHistory } from '../forecast/as-of.ts';
import type { Deal, Dimensions, Lead, StageChange, StageDefinition } from '../types.ts';
import { groupScopeRows } from './scope-rows.ts';
import { computeScopeSeriesInOnePass } from './scope-series.ts';
import { listScopes } from './scopes.ts';

const AS_OF = '2026-06-30';
const FIRST_DAY = '2025-01-06';

const DIMENSIONS: Dimensions = {
  products: [1, 2, 3].map((id) => ({ id, name: `P${id}` })),
  segments: [1, 2].map((id) => ({ id, name: `S${id}` })),
  regions: [1, 2].map((id) => ({ id, name: `R${id}` })),
  teams: [10, 20].map((id) => ({ id, name: `T${id}` })),
  owners: [
    { id: 1, name: 'Anna', teamId: 10, userId: null },
    { id: 2, name: 'Ben', teamId: 20, userId: null },
    { id: 3, name: 'Cem', teamId: null, userId: null },
  ],
};

const STAGES: StageDefinition[] = [
  { name: 'Qualifizierung', position: 1, defaultProbability: 0.1 },
  { name: 'Angebot', position: 2, defaultProbability: 0.4 },
  { name: 'Verhandlung', position: 3, defaultProbability: 0.7 },
  { name: 'Gewonnen', position: 4, defaultProbability: 1 },
  { name: 'Verloren', position: 5, defaultProbability: 0 },
];

const dealArbitrary = fc.record({
  productId: fc.constantFrom(1, 2, 3, null),
  segmentId: fc.constantFrom(1, 2, null),
  regionId: fc.constantFrom(1, 2),
  ownerId: fc.constantFrom(1, 2, 3, null),
  createdDay: fc.integer({ min: 0, max: 520 }),
  closeAfterDays: fc.integer({ min: 0, max: 200 }),
  outcome: fc.constantFrom('open', 'won', 'lost'),
  /** A closed deal may come without a close date; the series must skip its close as before. */
  hasCloseDate: fc.boolean(),
  amountCents: fc.integer({ min: 0, max: 5_000_000 }),
  isRenewal: fc.boolean(),
  lostBarrier: fc.constantFrom(null, ...BARRIER_KEYS),
  stageSteps: fc.array(
    fc.record({
      // Changes into a stage the workspace has not configured happen in imported data.
      stage: fc.constantFrom(...STAGES.map((s) => s.name), 'Unbekannt'),
      afterDays: fc.nat(60),
    }),
    {
      maxLength: 4,
    },
  ),
});

type GeneratedDeal = typeof dealArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toHistory(generated: readonly GeneratedDeal[], leadDays: readonly number[]): PipelineHistory {
  const deals: Deal[] = [];
  const stageChanges: StageChange[] = [];
  generated.forEach((item, index) => {
    const id = index + 1;
    const createdOn = addDays(FIRST_DAY, item.createdDay);
    const isClosed = item.outcome !== 'open';
    deals.push({
      id,
      externalId: `D-${id}`,
      name: `Deal ${id}`,
      account: null,
      productId: item.productId,
      segmentId: item.segmentId,
      regionId: item.regionId,
      ownerId: item.ownerId,
      amountCents: item.amountCents,
      currency: 'EUR',
      stage: 'Qualifizierung',
      outcome: item.outcome as Deal['outcome'],
      createdOn,
      expectedCloseOn: null,
      closedOn: isClosed && item.hasCloseDate ? addDays(createdOn, item.closeAfterDays) : null,
      lostReason: null,
      lostBarrier: item.outcome === 'lost' ? item.lostBarrier : null,
      competitor: null,
      isRenewal: item.isRenewal,
      leadSource: null,
    });
    let day = createdOn;
    for (const step of item.stageSteps) {
      day = addDays(day, step.afterDays);
      stageChanges.push({ dealId: id, stage: step.stage, changedOn: day });
    }
  });
  const leads: Lead[] = leadDays.map((day, index) => ({
    id: index + 1,
    externalId: `L-${index + 1}`,
    createdOn: addDays(FIRST_DAY, day),
    channel: null,
    productId: (index % 3) + 1,
    segmentId: (index % 2) + 1,
    regionId: 1,
    status: 'open',
    convertedOn: null,
    dealId: null,
  }));
  return { deals, stageChanges, leads, metrics: [], stages: STAGES };
}

describe('indicator series of all watched scopes in one pass', () => {
  it('equal the series computed scope by scope', () => {
    fc.assert(
      fc.property(
        fc.array(dealArbitrary, { minLength: 1, maxLength: 120 }),
        fc.array(fc.integer({ min: 0, max: 520 }), { maxLength: 30 }),
        (generated, leadDays) => {
          const history = toHistory(generated, leadDays);
          const scopes = listScopes({
            deals: history.deals,
            dimensions: DIMENSIONS,
            targets: [],
            asOf: AS_OF,
            minDealsPerQuarter: 0,
          });
          const rows = groupScopeRows(history, DIMENSIONS);
          const input = { history, rows, dimensions: DIMENSIONS, scopes, asOf: AS_OF, from: FIRST_DAY };
          const expected = scopes.flatMap((watched) =>
            computeIndicatorSeries({
              ...history,
              deals: rows.dealsFor(watched.scope),
              leads: rows.leadsFor(watched.scope),
              dimensions: DIMENSIONS,
              scope: watched.scope,
              asOf: AS_OF,
              from: FIRST_DAY,
            }),
          );
          expect(computeScopeSeriesInOnePass(input)).toEqual(expected);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});
