import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARRIER_KEYS, type BarrierKey } from '../aida.ts';
import { QUESTION_CATALOGUE } from '../questions/catalogue.ts';
import { computeDiagnosis } from './compute-diagnosis.ts';
import { phraseFor, simulatePlantedWorld } from './planted-world.test-support.ts';
import type { Diagnosis, DiagnosisAnswer, DiagnosisInput } from './types.ts';

function buildWorld(seed: number): DiagnosisInput {
  return simulatePlantedWorld({
    seed,
    planted: { price_perceived_high: 0.3, competitor_preferred: 0.25 },
    funnel: { aidaStage: 'desire', indicator: 'win_rate' },
    repCount: 6,
    lostDeals: 60,
  }).input;
}

function findingOf(diagnosis: Diagnosis, barrier: BarrierKey) {
  const finding = diagnosis.barriers.find((item) => item.barrier === barrier);
  if (!finding) throw new Error(`no ${barrier}`);
  return finding;
}

/** Answers that name B without giving a share estimate: a choice, a coded text, a quote. */
function namingAnswers(barrier: BarrierKey, repId: number): DiagnosisAnswer[] {
  return [
    { repId, questionKey: 'cross.main_reason_last_loss', value: barrier },
    { repId, questionKey: 'cross.customer_quote', value: phraseFor(barrier) },
    { repId, questionKey: 'cross.most_frequent_reasons', value: [barrier] },
  ];
}

const seeds = fc.integer({ min: 1, max: 100_000 });
const barriers = fc.constantFrom(...BARRIER_KEYS);

describe('diagnosis properties', () => {
  it('gives the same diagnosis for the same input, whatever the order of the answers', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const input = buildWorld(seed);
        const diagnosis = computeDiagnosis(input);
        expect(computeDiagnosis(structuredClone(input))).toEqual(diagnosis);
        expect(computeDiagnosis({ ...input, answers: [...input.answers].reverse() })).toEqual(diagnosis);
      }),
      { numRuns: 8 },
    );
  });

  it('never lowers a barrier’s share or support when an answer names it (new or existing rep)', () => {
    fc.assert(
      fc.property(
        seeds,
        barriers,
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (seed, barrier, which, isNewRep) => {
          const input = buildWorld(seed);
          const repId = isNewRep ? 999 : (input.answers[0]?.repId ?? 999);
          const added = namingAnswers(barrier, repId)[which];
          if (!added) return;
          const before = findingOf(computeDiagnosis(input), barrier);
          const after = findingOf(
            computeDiagnosis({ ...input, answers: [...input.answers, added] }),
            barrier,
          );
          expect(after.share?.estimate ?? 0).toBeGreaterThanOrEqual((before.share?.estimate ?? 0) - 1e-12);
          expect(after.answers.support?.estimate ?? 0).toBeGreaterThanOrEqual(
            (before.answers.support?.estimate ?? 0) - 1e-12,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('never lowers a barrier’s answer score when a new rep estimates its share at or above the score', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.constantFrom('price_perceived_high', 'competitor_preferred', 'product_gap'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, barrier, above) => {
          const input = buildWorld(seed);
          const before = findingOf(computeDiagnosis(input), barrier).answers.score?.estimate ?? 0;
          const question = QUESTION_CATALOGUE.find(
            (item) => item.barrier === barrier && item.answerType === 'share',
          );
          if (!question) throw new Error(`no share question for ${barrier}`);
          const value = Math.min(100, 100 * before + above * (100 - 100 * before));
          const answers = [...input.answers, { repId: 999, questionKey: question.key, value }];
          const after =
            findingOf(computeDiagnosis({ ...input, answers }), barrier).answers.score?.estimate ?? 0;
          expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('never throws on whatever the answers hold, and reports the bad ones', () => {
    const keys = fc.constantFrom('nope', ...QUESTION_CATALOGUE.map((question) => question.key));
    const answer = fc.record({
      repId: fc.integer({ min: 1, max: 5 }),
      questionKey: keys,
      value: fc.anything(),
      quote: fc.option(fc.string()),
      linkedDeals: fc.array(
        fc.record({
          dealId: fc.integer(),
          amountCents: fc.integer({ min: 0, max: 10 ** 9 }),
          outcome: fc.constantFrom('open', 'won', 'lost'),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 20 }), (answers) => {
        const diagnosis = computeDiagnosis({
          answers: answers as DiagnosisAnswer[],
          reps: [{ repId: 1, scopeDealCount: 4 }],
          lostReasons: { current: [], baseline: [], siblings: [] },
          funnel: null,
        });
        expect(diagnosis.counts.answers + diagnosis.ignoredAnswers.length).toBe(answers.length);
        expect(diagnosis.confidence.value).toBeGreaterThanOrEqual(0);
        expect(diagnosis.confidence.value).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });
});
