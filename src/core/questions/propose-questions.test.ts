import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AIDA_STAGES, BARRIER_KEYS } from '../aida.ts';
import { indexQuestions } from './catalogue.ts';
import { type BarrierShift, type ProposeQuestionsInput, proposeQuestions } from './propose-questions.ts';

const QUESTIONS = indexQuestions();

function stagesOf(input: ProposeQuestionsInput): (string | null | undefined)[] {
  return proposeQuestions(input).map((item) => QUESTIONS.get(item.key)?.aidaStage);
}

const PRICE_SHIFT: ProposeQuestionsInput = {
  aidaStage: 'interest',
  drivers: [
    { indicator: 'new_opportunities', aidaStage: 'interest', changePct: -38 },
    { indicator: 'win_rate', aidaStage: 'desire', changePct: -24 },
  ],
  barrierShifts: [
    { barrier: 'price_perceived_high', baselineShare: 0.16, currentShare: 0.41 },
    { barrier: 'competitor_preferred', baselineShare: 0.12, currentShare: 0.2 },
    { barrier: 'budget_timing', baselineShare: 0.19, currentShare: 0.06 },
  ],
};

describe('proposeQuestions', () => {
  it('puts Desire questions first when the price/competitor share of losses rose, with the numbers as reason', () => {
    const proposal = proposeQuestions(PRICE_SHIFT);
    expect(proposal.length).toBeLessThanOrEqual(8);
    expect(proposal.slice(0, 4).map((item) => QUESTIONS.get(item.key)?.barrier)).toEqual([
      'price_perceived_high',
      'price_perceived_high',
      'competitor_preferred',
      'competitor_preferred',
    ]);
    expect(proposal[0]?.because.en).toBe(
      'Share of lost deals “Seen as too expensive” rose from 16 % to 41 %',
    );
    expect(proposal[0]?.because.de).toBe(
      'Anteil „Als zu teuer wahrgenommen“ an verlorenen Deals stieg von 16 % auf 41 %',
    );
  });

  it('ends with one cross-barrier question and one open text question, and rules out a product gap', () => {
    const proposal = proposeQuestions(PRICE_SHIFT);
    expect(proposal.slice(-2).map((item) => item.key)).toEqual([
      'cross.most_frequent_reasons',
      'cross.customer_quote',
    ]);
    expect(proposal.some((item) => item.reason.code === 'rule_out')).toBe(true);
    expect(new Set(proposal.map((item) => item.key)).size).toBe(proposal.length);
  });

  it('asks Attention questions first when leads decline', () => {
    const proposal = proposeQuestions({
      aidaStage: 'attention',
      drivers: [{ indicator: 'new_leads', aidaStage: 'attention', changePct: -22 }],
    });
    expect(QUESTIONS.get(proposal[0]?.key ?? '')?.barrier).toBe('awareness_low');
    expect(proposal[0]?.because).toEqual({
      de: 'Neue Leads −22 % – Stufe Aufmerksamkeit',
      en: 'New leads −22 % – Attention stage',
    });
  });

  it('asks about a barrier a driver names even without a shift table', () => {
    const proposal = proposeQuestions({
      aidaStage: 'action',
      drivers: [{ indicator: 'lost_barrier_share:service_issue', aidaStage: null }],
    });
    expect(QUESTIONS.get(proposal[0]?.key ?? '')?.barrier).toBe('service_issue');
  });

  it.each([1, 2, 3, 5, 8, 12, 0, -4, Number.NaN])('respects the limit %d (clamped to 1–8)', (limit) => {
    const proposal = proposeQuestions({ ...PRICE_SHIFT, limit });
    const expected = Number.isFinite(limit) ? Math.max(1, Math.min(8, limit)) : 8;
    expect(proposal.length).toBe(expected);
    if (expected >= 2) expect(proposal.at(-1)?.key).toBe('cross.customer_quote');
    expect(QUESTIONS.get(proposal[0]?.key ?? '')?.barrier).toBe('price_perceived_high');
  });

  it('proposes only questions that exist, at most 8, without repeats, deterministically (fast-check)', () => {
    const shift = fc.record({
      barrier: fc.constantFrom(...BARRIER_KEYS),
      baselineShare: fc.double({ min: 0, max: 1, noNaN: true }),
      currentShare: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    const driver = fc.record({
      indicator: fc.constantFrom(
        'new_leads',
        'win_rate',
        'cycle_time',
        ...BARRIER_KEYS.map((b) => `lost_barrier_share:${b}`),
      ),
      aidaStage: fc.constantFrom(null, ...AIDA_STAGES),
      changePct: fc.option(fc.double({ min: -90, max: 90, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(null, ...AIDA_STAGES),
        fc.array(driver, { maxLength: 5 }),
        fc.array(shift, { maxLength: 10 }),
        fc.integer({ min: -2, max: 20 }),
        (aidaStage, drivers, barrierShifts, limit) => {
          const input = { aidaStage, drivers, barrierShifts: barrierShifts as BarrierShift[], limit };
          const proposal = proposeQuestions(input);
          expect(proposal.length).toBeGreaterThan(0);
          expect(proposal.length).toBeLessThanOrEqual(8);
          expect(new Set(proposal.map((item) => item.key)).size).toBe(proposal.length);
          for (const item of proposal) expect(QUESTIONS.has(item.key)).toBe(true);
          expect(proposeQuestions(input)).toEqual(proposal);
        },
      ),
    );
  });

  it('puts the barrier with the larger rise first, whatever the alert stage', () => {
    for (const aidaStage of [null, ...AIDA_STAGES]) {
      expect(stagesOf({ ...PRICE_SHIFT, aidaStage })[0]).toBe('desire');
    }
  });
});
