import { describe, expect, it } from 'vitest';
import { proposeQuestions } from '../questions/propose-questions.ts';
import type { RequestEvidence } from './evidence.ts';
import { toProposalInput } from './proposal-input.ts';

const evidence: RequestEvidence = {
  asOf: '2026-11-20',
  scope: { product: 1 },
  scopeNames: { product: 'OptiScan' },
  alert: {
    id: 7,
    kind: 'indicator_shift',
    indicator: 'win_rate',
    severity: 'high',
    asOf: '2026-11-16',
    firstDetectedOn: '2026-11-09',
    changeStartOn: '2026-10-05',
    changePct: -22,
  },
  aidaStage: 'desire',
  forecast: null,
  weeksLeft: null,
  drivers: [
    { kind: 'reason_shift', label: 'Preis', contribution: 0.5, detail: { barrier: 'price_perceived_high' } },
    { kind: 'funnel_stage', label: 'Angebot', contribution: 0.3, detail: { stage: 'proposal' } },
    {
      kind: 'indicator',
      label: 'Leads',
      contribution: 0.2,
      detail: { indicator: 'new_leads', aidaStage: 'attention', changePct: -12 },
    },
  ],
  reasonShifts: [{ barrier: 'price_perceived_high', baselineShare: 0.15, currentShare: 0.4 }],
  suggestedQuestions: [],
};

describe('toProposalInput', () => {
  it('reads the alert indicator, the drivers that name an indicator or barrier, and the shifts', () => {
    expect(toProposalInput(evidence)).toEqual({
      aidaStage: 'desire',
      drivers: [
        { indicator: 'win_rate', aidaStage: 'desire', changePct: -22 },
        { indicator: 'lost_barrier_share:price_perceived_high', aidaStage: null, changePct: null },
        { indicator: 'new_leads', aidaStage: 'attention', changePct: -12 },
      ],
      barrierShifts: [{ barrier: 'price_perceived_high', baselineShare: 0.15, currentShare: 0.4 }],
    });
  });

  it('puts the price questions first for a price shift, and proposes at most 8', () => {
    const proposed = proposeQuestions(toProposalInput(evidence));
    expect(proposed.length).toBeLessThanOrEqual(8);
    expect(proposed[0]!.key.startsWith('price_perceived_high.')).toBe(true);
    expect(proposed[0]!.because.en).toContain('15 %');
  });

  it('proposes for a request by hand without alert or drivers', () => {
    const input = toProposalInput({
      ...evidence,
      alert: null,
      aidaStage: null,
      drivers: [],
      reasonShifts: [],
    });
    expect(input).toEqual({ aidaStage: null, drivers: [], barrierShifts: [] });
    expect(proposeQuestions(input).length).toBeGreaterThan(0);
  });
});
