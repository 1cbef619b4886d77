/**
 * A synthetic CRM for the scan benchmark: N deals over about three years across 15 products, 6 segments,
 * 5 regions and 5 teams of 8 reps (≥ 200 watched scopes), with stage history, outcomes, lost reasons and
 * quarterly bookings targets. Deterministic for a seed; stationary apart from seasonality and growth.
 */
import { addDays, fromEpochDay, periodOf, toEpochDay } from '../src/core/calendar.ts';
import { createRandom, sampleUniformInt } from '../src/core/random.ts';
import type { BarrierKey, StageDefinition } from '../src/core/types.ts';
import type { NewDeal, NewTarget } from '../src/storage/port.ts';

export const SCAN_BENCH_SHAPE = { products: 15, segments: 6, regions: 5, teams: 5, repsPerTeam: 8 };
export const SCAN_BENCH_STAGES: StageDefinition[] = [
  { name: 'Qualifizierung', position: 1, defaultProbability: 0.1 },
  { name: 'Angebot', position: 2, defaultProbability: 0.4 },
  { name: 'Verhandlung', position: 3, defaultProbability: 0.7 },
  { name: 'Gewonnen', position: 4, defaultProbability: 1 },
  { name: 'Verloren', position: 5, defaultProbability: 0 },
];
const BARRIERS: BarrierKey[] = [
  'price_perceived_high',
  'competitor_preferred',
  'budget_timing',
  'no_need_seen',
];

export interface GeneratedDeal {
  deal: NewDeal;
  /** Dimension indexes (0-based) to map to ids after they are created. */
  product: number;
  segment: number;
  region: number;
  owner: number;
  stages: Array<{ stage: string; on: string }>;
}

export function* generateScanDeals(count: number, asOf: string, seed = 1): Generator<GeneratedDeal> {
  const random = createRandom(seed);
  const lastDay = toEpochDay(asOf);
  const firstDay = lastDay - 3 * 364;
  const owners = SCAN_BENCH_SHAPE.teams * SCAN_BENCH_SHAPE.repsPerTeam;
  for (let i = 0; i < count; i++) {
    // Growth: later days are a little more likely (sqrt keeps it mild).
    const created = firstDay + Math.floor(Math.sqrt(random.next()) * (lastDay - firstDay));
    const createdOn = fromEpochDay(created);
    const cycle = 20 + sampleUniformInt(random, 0, 120);
    const closeDay = created + cycle;
    const isClosed = closeDay <= lastDay;
    const isWon = random.next() < 0.3;
    const outcome = isClosed ? (isWon ? 'won' : 'lost') : 'open';
    const stages = [{ stage: 'Qualifizierung', on: createdOn }];
    const reached = isClosed ? (isWon ? 3 : sampleUniformInt(random, 1, 3)) : sampleUniformInt(random, 1, 3);
    if (reached >= 2) stages.push({ stage: 'Angebot', on: fromEpochDay(created + Math.floor(cycle / 3)) });
    if (reached >= 3)
      stages.push({ stage: 'Verhandlung', on: fromEpochDay(created + Math.floor((2 * cycle) / 3)) });
    const closedOn = isClosed ? fromEpochDay(closeDay) : null;
    if (closedOn) stages.push({ stage: isWon ? 'Gewonnen' : 'Verloren', on: closedOn });
    const current = stages.at(-1)!.stage;
    yield {
      product: sampleUniformInt(random, 0, SCAN_BENCH_SHAPE.products - 1),
      segment: sampleUniformInt(random, 0, SCAN_BENCH_SHAPE.segments - 1),
      region: sampleUniformInt(random, 0, SCAN_BENCH_SHAPE.regions - 1),
      owner: sampleUniformInt(random, 0, owners - 1),
      stages: stages.filter((item) => item.on <= asOf),
      deal: {
        externalId: `B${i}`,
        name: `Deal ${i}`,
        account: `Account ${i % 20_000}`,
        productId: null,
        segmentId: null,
        regionId: null,
        ownerId: null,
        amountCents: 100 * (2000 + sampleUniformInt(random, 0, 40_000)),
        currency: 'EUR',
        stage: current,
        outcome,
        createdOn,
        expectedCloseOn: fromEpochDay(created + 60),
        closedOn,
        lostReason: outcome === 'lost' ? 'lost' : null,
        lostBarrier: outcome === 'lost' ? BARRIERS[i % BARRIERS.length]! : null,
        competitor: null,
        isRenewal: false,
        leadSource: null,
      },
    };
  }
}

/** Bookings targets for the as-of quarter: the company and every product, at 1.05 × last year's quarter / 4 … */
export function listScanTargets(asOf: string, productIds: number[], dealsPerQuarter: number): NewTarget[] {
  const period = periodOf(asOf, 'quarter').key;
  // Mean amount ≈ €22,000, win rate 0.3.
  const companyValue = Math.round(dealsPerQuarter * 0.3 * 2_200_000);
  return [
    { period, measure: 'bookings', scope: {}, value: companyValue },
    ...productIds.map((product) => ({
      period,
      measure: 'bookings' as const,
      scope: { product },
      value: Math.round(companyValue / productIds.length),
    })),
  ];
}

export { addDays };
