import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../calendar.ts';
import type {
  Deal,
  Dimensions,
  Lead,
  MetricObservation,
  Scope,
  StageChange,
  StageDefinition,
} from '../types.ts';
import { computeIndicatorSeries, type IndicatorInput } from './indicators.ts';
import { findLastCompleteWeek, type IndicatorSeries } from './series.ts';

const DIMENSIONS: Dimensions = {
  products: [
    { id: 1, name: 'OptiScan' },
    { id: 2, name: 'FlowMeter' },
  ],
  segments: [{ id: 1, name: 'Automotive' }],
  regions: [{ id: 1, name: 'Süd' }],
  teams: [
    { id: 10, name: 'Team A' },
    { id: 20, name: 'Team B' },
  ],
  owners: [
    { id: 1, name: 'Anna', teamId: 10, userId: null },
    { id: 2, name: 'Ben', teamId: 10, userId: null },
    { id: 3, name: 'Cem', teamId: 20, userId: null },
  ],
};

const STAGES: StageDefinition[] = [
  { name: 'Qualifizierung', position: 1, defaultProbability: 0.1 },
  { name: 'Angebot', position: 2, defaultProbability: 0.5 },
  { name: 'Verhandlung', position: 3, defaultProbability: 0.8 },
  { name: 'Gewonnen', position: 4, defaultProbability: 1 },
  { name: 'Verloren', position: 5, defaultProbability: 0 },
];

function makeDeal(fields: Partial<Deal> & Pick<Deal, 'id' | 'createdOn'>): Deal {
  return {
    externalId: `D${fields.id}`,
    name: `Deal ${fields.id}`,
    account: null,
    productId: 1,
    segmentId: 1,
    regionId: 1,
    ownerId: 1,
    amountCents: 1_000_000,
    currency: 'EUR',
    stage: 'Qualifizierung',
    outcome: 'open',
    expectedCloseOn: null,
    closedOn: null,
    lostReason: null,
    lostBarrier: null,
    competitor: null,
    isRenewal: false,
    leadSource: null,
    ...fields,
  };
}

function makeInput(parts: Partial<IndicatorInput>): IndicatorInput {
  return {
    deals: [],
    stageChanges: [],
    leads: [],
    metrics: [],
    dimensions: DIMENSIONS,
    stages: STAGES,
    scope: {},
    asOf: '2025-03-31',
    from: '2025-01-06',
    ...parts,
  };
}

function findSeries(series: IndicatorSeries[], key: string): IndicatorSeries {
  const found = series.find((item) => item.key === key);
  if (!found) throw new Error(`No series ${key}`);
  return found;
}

function weekOf(series: IndicatorSeries, weekStart: IsoDate) {
  return series.weeks.find((week) => week.weekStart === weekStart);
}

describe('funnel indicators', () => {
  const deals = [
    makeDeal({ id: 1, createdOn: '2025-01-06', outcome: 'won', closedOn: '2025-01-27', stage: 'Gewonnen' }),
    makeDeal({ id: 2, createdOn: '2025-01-06', outcome: 'lost', closedOn: '2025-03-03', stage: 'Angebot' }),
    makeDeal({ id: 3, createdOn: '2025-01-06', stage: 'Verhandlung', ownerId: 3 }),
  ];
  const change = (dealId: number, stage: string, changedOn: IsoDate): StageChange => ({
    dealId,
    stage,
    changedOn,
  });
  const stageChanges = [
    change(1, 'Qualifizierung', '2025-01-06'),
    change(1, 'Angebot', '2025-01-13'),
    change(1, 'Verhandlung', '2025-01-20'),
    change(1, 'Gewonnen', '2025-01-27'),
    change(2, 'Qualifizierung', '2025-01-06'),
    change(2, 'Angebot', '2025-01-20'),
    change(3, 'Qualifizierung', '2025-01-06'),
    change(3, 'Verhandlung', '2025-01-08'),
  ];
  const series = computeIndicatorSeries(makeInput({ deals, stageChanges }));

  it('counts conversions out of each open stage by the week the deal left it', () => {
    const qualified = findSeries(series, 'stage_conversion:Qualifizierung');
    expect(weekOf(qualified, '2025-01-06')).toMatchObject({ value: 1, n: 1 });
    expect(weekOf(qualified, '2025-01-13')).toMatchObject({ value: 1, n: 1 });
    expect(weekOf(qualified, '2025-01-20')).toMatchObject({ value: 1, n: 1 });
    const offer = findSeries(series, 'stage_conversion:Angebot');
    expect(weekOf(offer, '2025-01-20')).toMatchObject({ value: 1, n: 1 });
    expect(weekOf(offer, '2025-03-03')).toMatchObject({ value: 0, n: 1 });
    const negotiation = findSeries(series, 'stage_conversion:Verhandlung');
    expect(weekOf(negotiation, '2025-01-27')).toMatchObject({ value: 1, n: 1 });
  });

  it('dates a late-stage stall on the day the deal had sat still for 30 days', () => {
    const stalls = findSeries(series, 'late_stage_stalls');
    expect(stalls.weeks.filter((week) => week.value > 0)).toEqual([
      { weekStart: '2025-02-03', value: 1, n: 1 },
    ]);
  });

  it('takes the team from the deal owner', () => {
    const teamB = computeIndicatorSeries(makeInput({ deals, stageChanges, scope: { team: 20 } }));
    expect(findSeries(teamB, 'new_opportunities').weeks[0]).toMatchObject({
      weekStart: '2025-01-06',
      value: 1,
    });
    expect(teamB.find((item) => item.key === 'win_rate')).toBeUndefined();
  });
});

describe('deal, lead and metric indicators', () => {
  it('computes win rate, barrier shares, deal size and cycle time by close week', () => {
    const deals = [
      makeDeal({
        id: 1,
        createdOn: '2025-01-06',
        outcome: 'won',
        closedOn: '2025-02-05',
        amountCents: 400_000,
      }),
      makeDeal({
        id: 2,
        createdOn: '2025-01-06',
        outcome: 'won',
        closedOn: '2025-02-06',
        amountCents: 100_000,
      }),
      ...[3, 4, 5].map((id) =>
        makeDeal({
          id,
          createdOn: '2025-01-07',
          outcome: 'lost',
          closedOn: '2025-02-04',
          lostBarrier: id === 5 ? 'competitor_preferred' : 'price_perceived_high',
        }),
      ),
    ];
    const series = computeIndicatorSeries(makeInput({ deals }));
    expect(weekOf(findSeries(series, 'win_rate'), '2025-02-03')).toMatchObject({ value: 2, n: 5 });
    expect(weekOf(findSeries(series, 'lost_barrier_share:price_perceived_high'), '2025-02-03')).toMatchObject(
      {
        value: 2,
        n: 3,
      },
    );
    const size = weekOf(findSeries(series, 'avg_deal_size'), '2025-02-03');
    expect(Math.exp(size?.value ?? 0)).toBeCloseTo(2000, 6);
    const cycle = weekOf(findSeries(series, 'cycle_time'), '2025-02-03');
    expect(Math.exp(cycle?.value ?? 0)).toBeCloseTo(Math.sqrt(31 * 32), 6);
  });

  it('counts leads and uses metrics recorded at the scope itself before rolling up children', () => {
    const leads: Lead[] = [1, 2, 3].map((id) => ({
      id,
      externalId: `L${id}`,
      createdOn: '2025-01-08',
      channel: 'web',
      productId: id === 3 ? 2 : 1,
      segmentId: 1,
      regionId: 1,
      status: 'new',
      convertedOn: null,
      dealId: null,
    }));
    const metric = (value: number, scope: Scope): MetricObservation => ({
      metricKey: 'web_visits',
      observedOn: '2025-01-09',
      value,
      scope,
    });
    const metrics = [metric(1000, {}), metric(300, { product: 1 }), metric(200, { product: 2 })];
    const all = computeIndicatorSeries(makeInput({ leads, metrics }));
    expect(findSeries(all, 'new_leads').weeks[0]).toMatchObject({ value: 3 });
    expect(findSeries(all, 'metric:web_visits').weeks[0]).toMatchObject({ value: 1000 });
    const product1 = computeIndicatorSeries(makeInput({ leads, metrics, scope: { product: 1 } }));
    expect(findSeries(product1, 'new_leads').weeks[0]).toMatchObject({ value: 2 });
    expect(findSeries(product1, 'metric:web_visits').weeks[0]).toMatchObject({ value: 300 });
    const team = computeIndicatorSeries(makeInput({ leads, scope: { team: 10 } }));
    expect(team.find((item) => item.key === 'new_leads')).toBeUndefined();
  });
});

describe('series builders respect scope and as-of', () => {
  const dealArbitrary = fc.record({
    productId: fc.constantFrom(1, 2),
    ownerId: fc.constantFrom(1, 2, 3),
    createdDay: fc.integer({ min: 0, max: 200 }),
    closeAfter: fc.integer({ min: 0, max: 120 }),
    outcome: fc.constantFrom('open', 'won', 'lost'),
    isRenewal: fc.boolean(),
  });

  it('counts exactly the in-scope events of complete weeks up to as-of', () => {
    fc.assert(
      fc.property(
        fc.array(dealArbitrary, { maxLength: 40 }),
        fc.integer({ min: 20, max: 330 }),
        fc.constantFrom<Scope>({}, { product: 1 }, { team: 10 }, { product: 2, owner: 3 }),
        (rows, asOfDay, scope) => {
          const deals = rows.map((row, i) => {
            const createdOn = addDays('2025-01-06', row.createdDay);
            const isClosed = row.outcome !== 'open';
            const closedOn = isClosed ? addDays(createdOn, row.closeAfter) : null;
            return makeDeal({
              ...row,
              id: i + 1,
              createdOn,
              closedOn,
              outcome: row.outcome as Deal['outcome'],
            });
          });
          const asOf = addDays('2025-01-06', asOfDay);
          const series = computeIndicatorSeries(makeInput({ deals, scope, asOf }));
          for (const item of series)
            for (const week of item.weeks) expect(addDays(week.weekStart, 6) <= asOf).toBe(true);
          const lastSunday = addDays(findLastCompleteWeek(asOf), 6);
          const inScope = deals.filter((deal) => {
            const team = deal.ownerId === 3 ? 20 : 10;
            const dims = { product: deal.productId, owner: deal.ownerId, team };
            return Object.entries(scope).every(([key, value]) => dims[key as keyof typeof dims] === value);
          });
          const isNew = (deal: Deal) => !deal.isRenewal;
          const created = inScope.filter((deal) => isNew(deal) && deal.createdOn <= lastSunday);
          const opportunities = series.find((item) => item.key === 'new_opportunities');
          expect(opportunities?.weeks.reduce((sum, week) => sum + week.value, 0) ?? 0).toBe(created.length);
          const closed = inScope.filter(
            (deal) => isNew(deal) && deal.closedOn !== null && deal.closedOn <= lastSunday,
          );
          const winRate = series.find((item) => item.key === 'win_rate');
          expect(winRate?.weeks.reduce((sum, week) => sum + week.n, 0) ?? 0).toBe(closed.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
