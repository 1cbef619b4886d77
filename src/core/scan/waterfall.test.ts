import { describe, expect, it } from 'vitest';
import { groupStageChanges } from '../forecast/as-of.ts';
import type { Deal, StageDefinition } from '../types.ts';
import { computeFan } from './fan.ts';
import { computeWaterfall } from './waterfall.ts';

const STAGES: StageDefinition[] = [
  { name: 'Qualifizierung', position: 1, defaultProbability: 0.1 },
  { name: 'Angebot', position: 2, defaultProbability: 0.4 },
  { name: 'Gewonnen', position: 3, defaultProbability: 1 },
  { name: 'Verloren', position: 4, defaultProbability: 0 },
];

function deal(id: number, overrides: Partial<Deal>): Deal {
  return {
    id,
    externalId: String(id),
    name: `D${id}`,
    account: null,
    productId: null,
    segmentId: null,
    regionId: null,
    ownerId: null,
    amountCents: 100_000,
    currency: 'EUR',
    stage: 'Qualifizierung',
    outcome: 'open',
    createdOn: '2026-09-01',
    expectedCloseOn: null,
    closedOn: null,
    lostReason: null,
    lostBarrier: null,
    competitor: null,
    isRenewal: false,
    leadSource: null,
    ...overrides,
  };
}

describe('computeWaterfall', () => {
  it('adds up: start + created + progressed − regressed − won − lost − slipped = end, on the weighted pipeline', () => {
    const deals = [
      deal(1, { stage: 'Angebot' }),
      deal(2, { stage: 'Gewonnen', outcome: 'won', closedOn: '2026-10-20' }),
      deal(3, { createdOn: '2026-10-05', stage: 'Verloren', outcome: 'lost', closedOn: '2026-10-25' }),
      deal(4, { createdOn: '2026-10-10', expectedCloseOn: '2026-10-30' }),
    ];
    const stageChanges = [
      { dealId: 1, stage: 'Qualifizierung', changedOn: '2026-09-01' },
      { dealId: 1, stage: 'Angebot', changedOn: '2026-10-15' },
      { dealId: 2, stage: 'Angebot', changedOn: '2026-09-01' },
      { dealId: 2, stage: 'Gewonnen', changedOn: '2026-10-20' },
      { dealId: 3, stage: 'Qualifizierung', changedOn: '2026-10-05' },
      { dealId: 3, stage: 'Verloren', changedOn: '2026-10-25' },
      { dealId: 4, stage: 'Qualifizierung', changedOn: '2026-10-10' },
    ];
    const waterfall = computeWaterfall({
      deals,
      changesByDeal: groupStageChanges(stageChanges),
      stages: STAGES,
      from: '2026-10-01',
      to: '2026-11-01',
    });
    expect(waterfall).toMatchObject({
      start: 10_000 + 40_000,
      created: 10_000 + 10_000,
      won: 40_000,
      lost: 10_000,
      regressed: 0,
      slipped: 10_000,
      end: 40_000 + 10_000,
    });
    const { start, created, progressed, regressed, won, lost, slipped, end } = waterfall;
    expect(start + created + progressed - regressed - won - lost - slipped).toBe(end);
  });
});

describe('computeFan', () => {
  it('shows booked for past weeks and opens to the period-end quantiles', () => {
    const fan = computeFan({
      asOf: '2026-11-22',
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      booked: 500,
      p10: 800,
      p50: 1000,
      p90: 1200,
      bookedByWeek: [{ weekStart: '2026-11-16', booked: 500 }],
    });
    expect(fan[0]?.weekStart).toBe('2026-09-28');
    const past = fan.find((point) => point.weekStart === '2026-11-16');
    expect(past).toMatchObject({ booked: 500, p10: 500, p90: 500 });
    const last = fan.at(-1);
    expect(last).toMatchObject({ booked: null, p10: 800, p50: 1000, p90: 1200 });
    for (const point of fan) expect(point.p10 <= point.p50 && point.p50 <= point.p90).toBe(true);
  });
});
