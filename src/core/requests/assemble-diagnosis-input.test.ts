import { describe, expect, it } from 'vitest';
import type { Deal, Dimensions } from '../types.ts';
import { assembleDiagnosisInput } from './assemble-diagnosis-input.ts';
import { computeDiagnosisWindow, listSiblingScopes } from './diagnosis-window.ts';
import type { RequestEvidence } from './evidence.ts';
import { suggestReps } from './suggest-reps.ts';

const DIMENSIONS: Dimensions = {
  products: [
    { id: 1, name: 'OptiScan' },
    { id: 2, name: 'PressLine' },
  ],
  segments: [
    { id: 10, name: 'Automotive' },
    { id: 11, name: 'Maschinenbau' },
    { id: 12, name: 'Lebensmittel' },
  ],
  regions: [],
  teams: [{ id: 30, name: 'Team Nord' }],
  owners: [
    { id: 40, name: 'Jana Krüger', teamId: 30, userId: 100 },
    { id: 41, name: 'Tim Roth', teamId: 30, userId: 101 },
    { id: 42, name: 'Ole Berg', teamId: 30, userId: null },
  ],
};

let nextId = 1;
function deal(overrides: Partial<Deal>): Deal {
  return {
    id: nextId++,
    externalId: `D-${nextId}`,
    name: `Deal ${nextId}`,
    account: null,
    productId: 1,
    segmentId: 10,
    regionId: null,
    ownerId: 40,
    amountCents: 3_600_000,
    currency: 'EUR',
    stage: 'Verloren',
    outcome: 'lost',
    createdOn: '2026-09-01',
    expectedCloseOn: null,
    closedOn: '2026-11-02',
    lostReason: 'zu teuer',
    lostBarrier: null,
    competitor: null,
    isRenewal: false,
    leadSource: null,
    ...overrides,
  };
}

const EVIDENCE: RequestEvidence = {
  asOf: '2026-11-28',
  scope: { product: 1, segment: 10 },
  scopeNames: { product: 'OptiScan', segment: 'Automotive' },
  alert: {
    id: 1,
    kind: 'indicator_shift',
    indicator: 'new_opportunities',
    severity: 'high',
    asOf: '2026-11-28',
    firstDetectedOn: '2026-11-16',
    changeStartOn: '2026-10-12',
    changePct: -38,
  },
  aidaStage: 'interest',
  forecast: null,
  weeksLeft: null,
  drivers: [],
  reasonShifts: [],
  suggestedQuestions: [],
};

describe('diagnosis window', () => {
  it.each([
    { note: 'from the change start', evidence: EVIDENCE, from: '2026-10-12', baseline: '2025-10-13' },
    {
      note: 'six weeks before detection without a change start',
      evidence: { ...EVIDENCE, alert: { ...EVIDENCE.alert!, changeStartOn: null } },
      from: '2026-10-05',
      baseline: '2025-10-06',
    },
    {
      note: 'a quarter back without an alert',
      evidence: { ...EVIDENCE, alert: null },
      from: '2026-08-29',
      baseline: '2025-08-30',
    },
    {
      note: 'at least four weeks when the change is recent',
      evidence: { ...EVIDENCE, alert: { ...EVIDENCE.alert!, changeStartOn: '2026-11-20' } },
      from: '2026-10-31',
      baseline: '2025-11-01',
    },
  ])('starts $note', ({ evidence, from, baseline }) => {
    const window = computeDiagnosisWindow(evidence, '2026-11-28');
    expect(window.current).toEqual({ from, to: '2026-11-28' });
    expect(window.baseline).toEqual({ from: baseline, to: '2025-11-29' });
  });

  it('lists siblings in the most specific dimension, none for the whole workspace', () => {
    expect(listSiblingScopes({ product: 1, segment: 10 }, DIMENSIONS).map((s) => s.names)).toEqual([
      { product: 'OptiScan', segment: 'Maschinenbau' },
      { product: 'OptiScan', segment: 'Lebensmittel' },
    ]);
    expect(listSiblingScopes({ product: 2 }, DIMENSIONS).map((s) => s.scope)).toEqual([{ product: 1 }]);
    expect(listSiblingScopes({}, DIMENSIONS)).toEqual([]);
  });
});

describe('assembleDiagnosisInput', () => {
  const deals = [
    deal({ closedOn: '2026-11-02', lostReason: 'zu teuer' }),
    deal({ closedOn: '2026-10-20', lostReason: 'Lumetra günstiger', ownerId: 41 }),
    deal({ closedOn: '2026-09-30', lostReason: 'before the window' }),
    deal({ closedOn: '2025-11-01', createdOn: '2025-08-01', lostReason: 'baseline reason' }),
    deal({ segmentId: 11, closedOn: '2026-11-01', lostReason: 'sibling reason' }),
    deal({ productId: 2, closedOn: '2026-11-01', lostReason: 'other product' }),
    deal({ outcome: 'open', closedOn: null, stage: 'Angebot', lostReason: null, ownerId: 41 }),
    deal({ outcome: 'won', closedOn: '2026-11-10', lostReason: null, ownerId: 42 }),
  ];

  it('picks the scope’s lost deals in the window, the baseline and the siblings, and weighs reps by ownership', () => {
    const assembled = assembleDiagnosisInput({
      evidence: EVIDENCE,
      today: '2026-11-28',
      deals,
      dimensions: DIMENSIONS,
      answers: [],
      repUserIds: [100, 101, 102],
      codeDeal: (d) => (d.lostReason === 'zu teuer' ? 'price_perceived_high' : null),
      questions: [],
      coderModel: null,
    });
    const { lostReasons, reps, funnel } = assembled.input;
    expect(lostReasons.current.map((r) => r.text)).toEqual(['zu teuer', 'Lumetra günstiger']);
    expect(lostReasons.current.map((r) => r.barrier)).toEqual(['price_perceived_high', null]);
    expect(lostReasons.baseline.map((r) => r.text)).toEqual(['baseline reason']);
    expect(lostReasons.siblings.map((s) => [s.scope, s.reasons.map((r) => r.text)])).toEqual([
      ['OptiScan × Maschinenbau', ['sibling reason']],
      ['OptiScan × Lebensmittel', []],
    ]);
    expect(reps).toEqual([
      { repId: 100, scopeDealCount: 1 },
      { repId: 101, scopeDealCount: 2 },
      { repId: 102, scopeDealCount: 0 },
    ]);
    expect(funnel).toEqual({ aidaStage: 'interest', indicator: 'new_opportunities' });
    expect(assembled.scopeDealCount).toBe(4);
    expect(assembled.input.averageDealCents).toBe(3_600_000);
  });

  it('suggests the reps who own the scope’s deals, most first, and leaves out reps without any', () => {
    const suggestions = suggestReps({
      deals,
      dimensions: DIMENSIONS,
      scope: EVIDENCE.scope,
      reps: [
        { userId: 100, name: 'Jana Krüger' },
        { userId: 101, name: 'Tim Roth' },
        { userId: 102, name: 'Nobody' },
      ],
      today: '2026-11-28',
    });
    // Jana: the two lost deals of the last year; Tim: one lost, one open; a tie goes by name.
    expect(suggestions).toEqual([
      { userId: 100, name: 'Jana Krüger', dealCount: 2, lostCount: 2 },
      { userId: 101, name: 'Tim Roth', dealCount: 2, lostCount: 1 },
    ]);
    const withMore = suggestReps({
      deals: [...deals, deal({ ownerId: 41, outcome: 'won', closedOn: '2026-11-20' })],
      dimensions: DIMENSIONS,
      scope: EVIDENCE.scope,
      reps: [
        { userId: 100, name: 'Jana Krüger' },
        { userId: 101, name: 'Tim Roth' },
      ],
      today: '2026-11-28',
    });
    expect(withMore.map((rep) => rep.name)).toEqual(['Tim Roth', 'Jana Krüger']);
  });
});
