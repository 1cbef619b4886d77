import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AIDA_STAGES, BARRIER_KEYS } from '../aida.ts';
import { IMPACT_VERDICTS } from '../types.ts';
import { type CampaignLearning, listWhatWorkedBefore } from './what-worked-before.ts';

const LEARNINGS: (CampaignLearning & { id: number })[] = [
  {
    id: 1,
    barrier: 'awareness_low',
    aidaStage: 'attention',
    channels: ['Fachmesse'],
    effectPct: 24,
    verdict: 'worked',
    summary: 'PressLine Hygienic',
  },
  {
    id: 2,
    barrier: 'price_perceived_high',
    aidaStage: 'desire',
    channels: ['E-Mail'],
    effectPct: 3,
    verdict: 'no_effect',
    summary: 'Rabattaktion',
  },
  {
    id: 3,
    barrier: 'price_perceived_high',
    aidaStage: 'desire',
    channels: ['Webinar'],
    effectPct: 12,
    verdict: 'worked',
    summary: 'TCO-Rechner',
  },
  {
    id: 4,
    barrier: 'competitor_preferred',
    aidaStage: 'desire',
    channels: ['Referenzen'],
    effectPct: 18,
    verdict: 'worked',
    summary: 'Vergleichsstudie',
  },
  {
    id: 5,
    barrier: 'price_perceived_high',
    aidaStage: null,
    channels: [],
    effectPct: null,
    verdict: 'inconclusive',
    summary: 'Preisliste',
  },
  {
    id: 6,
    barrier: 'trust_risk',
    aidaStage: 'desire',
    channels: ['Fallstudie'],
    effectPct: 30,
    verdict: 'inconclusive',
    summary: 'Referenzkunden',
  },
];

describe('listWhatWorkedBefore', () => {
  it('lists same barrier and stage first, then barrier, then stage; worked before not; larger effect first', () => {
    const listed = listWhatWorkedBefore({
      learnings: LEARNINGS,
      barrier: 'price_perceived_high',
      stage: 'desire',
    });
    expect(listed.map((item) => [item.learning.id, item.match])).toEqual([
      [3, 'barrier_and_stage'],
      [2, 'barrier_and_stage'],
      [5, 'barrier'],
      [4, 'stage'],
      [6, 'stage'],
    ]);
  });

  it('finds the awareness campaign for an Attention diagnosis and nothing for an unknown barrier without stage', () => {
    expect(
      listWhatWorkedBefore({ learnings: LEARNINGS, barrier: 'awareness_low', stage: 'attention' }),
    ).toEqual([{ learning: LEARNINGS[0], match: 'barrier_and_stage' }]);
    expect(listWhatWorkedBefore({ learnings: LEARNINGS, barrier: 'service_issue', stage: null })).toEqual([]);
  });

  it('keeps only matches, never mutates its input and is independent of input order (fast-check)', () => {
    const learning = fc.record({
      barrier: fc.constantFrom(null, ...BARRIER_KEYS),
      aidaStage: fc.constantFrom(null, ...AIDA_STAGES),
      channels: fc.array(fc.string(), { maxLength: 2 }),
      effectPct: fc.option(fc.integer({ min: -50, max: 80 })),
      verdict: fc.constantFrom(...IMPACT_VERDICTS),
      summary: fc.string({ maxLength: 6 }),
    });
    fc.assert(
      fc.property(
        fc.array(learning, { maxLength: 12 }),
        fc.constantFrom(null, ...BARRIER_KEYS),
        fc.constantFrom(null, ...AIDA_STAGES),
        (learnings, barrier, stage) => {
          const copy = structuredClone(learnings);
          const listed = listWhatWorkedBefore({ learnings, barrier, stage });
          expect(learnings).toEqual(copy);
          for (const { learning: item } of listed) {
            expect(item.barrier === barrier || item.aidaStage === stage).toBe(true);
          }
          const reversed = listWhatWorkedBefore({ learnings: [...learnings].reverse(), barrier, stage });
          expect(reversed.map((item) => item.match)).toEqual(listed.map((item) => item.match));
          expect(reversed.map((item) => item.learning.verdict)).toEqual(
            listed.map((item) => item.learning.verdict),
          );
        },
      ),
    );
  });
});
