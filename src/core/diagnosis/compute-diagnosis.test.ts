import { describe, expect, it } from 'vitest';
import { computeDiagnosis } from './compute-diagnosis.ts';
import { buildAnswer, buildInput, buildLost, buildMix } from './diagnosis.test-support.ts';
import type { Diagnosis } from './types.ts';
import { describeVerdictReason } from './verdict-texts.ts';

function findBarrier(diagnosis: Diagnosis, barrier: string) {
  const finding = diagnosis.barriers.find((item) => item.barrier === barrier);
  if (!finding) throw new Error(`no finding for ${barrier}`);
  return finding;
}

describe('verdict rules on coded lost reasons', () => {
  it.each([
    [
      { product_gap: 40, price_perceived_high: 20, budget_timing: 20, trust_risk: 20 },
      'not_a_campaign_problem',
      'outside_funnel_on_top',
    ],
    [
      { price_perceived_high: 36, product_gap: 32, service_issue: 24, trust_risk: 8 },
      'not_a_campaign_problem',
      'outside_funnel_majority',
    ],
    [
      { price_perceived_high: 40, competitor_preferred: 30, budget_timing: 30 },
      'campaign_and_pricing',
      'price_strong',
    ],
    [{ purchase_friction: 45, competitor_preferred: 30, trust_risk: 25 }, 'campaign', 'campaign_partly'],
    [{ awareness_low: 50, benefits_unknown: 25, trust_risk: 25 }, 'campaign', 'campaign_barrier'],
  ] as const)('%j → %s (%s)', (mix, verdict, code) => {
    const diagnosis = computeDiagnosis(buildInput({ current: buildMix(mix) }));
    expect(diagnosis.verdict).toBe(verdict);
    expect(diagnosis.reason.code).toBe(code);
  });

  it('says campaign_and_pricing when the price share rose significantly, even below the top two', () => {
    const diagnosis = computeDiagnosis(
      buildInput({
        current: buildMix({
          competitor_preferred: 30,
          budget_timing: 26,
          price_perceived_high: 24,
          trust_risk: 20,
        }),
        lostReasons: {
          current: buildMix({
            competitor_preferred: 30,
            budget_timing: 26,
            price_perceived_high: 24,
            trust_risk: 20,
          }),
          baseline: buildMix({
            competitor_preferred: 60,
            budget_timing: 60,
            price_perceived_high: 10,
            trust_risk: 70,
          }),
          siblings: [],
        },
      }),
    );
    expect(findBarrier(diagnosis, 'price_perceived_high').rank).toBe(3);
    expect(diagnosis.reason).toMatchObject({
      code: 'price_rising',
      params: { sharePct: 24, baselinePct: 5 },
    });
    expect(diagnosis.verdict).toBe('campaign_and_pricing');
  });

  it('names the barrier, its interval and where to route it, in German and English', () => {
    const diagnosis = computeDiagnosis(
      buildInput({ current: buildMix({ product_gap: 40, price_perceived_high: 30, trust_risk: 30 }) }),
    );
    expect(diagnosis.reason.params).toMatchObject({
      barrier: 'product_gap',
      sharePct: 40,
      routeTo: 'product',
    });
    const text = describeVerdictReason(diagnosis.reason);
    expect(text.en).toBe(
      'The most frequent reason is “Product does not fit” (40 %, 95 % interval 31–50 %). No campaign fixes that – hand it to product management.',
    );
    expect(text.de).toContain('„Produkt erfüllt Anforderungen nicht“ (40 %, 95 %-Intervall 31–50 %)');
  });

  it('notes a sizeable barrier for product or service even when a campaign is the verdict', () => {
    const diagnosis = computeDiagnosis(
      buildInput({ current: buildMix({ awareness_low: 45, product_gap: 20, trust_risk: 35 }) }),
    );
    expect(diagnosis.verdict).toBe('campaign');
    expect(diagnosis.alsoRoute.map((note) => [note.code, note.params.barrier, note.params.routeTo])).toEqual([
      ['also_route', 'product_gap', 'product'],
    ]);
  });

  it('admits when there is no evidence: campaign as an assumption, confidence 0, the funnel stage', () => {
    const diagnosis = computeDiagnosis(
      buildInput({ funnel: { aidaStage: 'interest', indicator: 'new_opportunities' } }),
    );
    expect(diagnosis.reason.code).toBe('insufficient_evidence');
    expect(diagnosis.confidence.value).toBe(0);
    expect(diagnosis.aidaStage).toBe('interest');
    expect(diagnosis.barriers.every((finding) => finding.share === null)).toBe(true);
  });
});

describe('shares, baseline and siblings', () => {
  it('counts only coded reasons in the denominator and compares with baseline and siblings', () => {
    const diagnosis = computeDiagnosis(
      buildInput({
        lostReasons: {
          current: [
            ...buildMix({ price_perceived_high: 30, budget_timing: 30 }),
            ...buildLost('unknown', 15),
            ...buildLost(null, 5),
          ],
          baseline: buildMix({ price_perceived_high: 20, budget_timing: 80 }),
          siblings: [
            {
              scope: 'OptiScan × Maschinenbau',
              reasons: buildMix({ price_perceived_high: 10, budget_timing: 40 }),
            },
          ],
        },
      }),
    );
    const price = findBarrier(diagnosis, 'price_perceived_high');
    expect(price.lostReasons.now).toMatchObject({ count: 30, total: 60, share: 0.5 });
    expect(price.lostReasons.baseline?.share).toBe(0.2);
    expect(price.lostReasons.siblings?.share).toBe(0.2);
    expect(price.lostReasons.changeVsBaseline?.isSignificant).toBe(true);
    expect(price.lostReasons.differenceVsSiblings?.isSignificant).toBe(true);
    expect(price.evidence.lostDealIds).toHaveLength(30);
    expect(diagnosis.counts).toMatchObject({ lostNow: 80, lostNowCoded: 60, lostBaselineCoded: 100 });
  });

  it('takes the stage with the largest share; the funnel decides a near tie', () => {
    const mix = { awareness_low: 34, price_perceived_high: 32, budget_timing: 34 };
    const byFunnel = (aidaStage: 'attention' | 'desire' | 'action') =>
      computeDiagnosis(buildInput({ current: buildMix(mix), funnel: { aidaStage, indicator: 'x' } }))
        .aidaStage;
    expect(byFunnel('desire')).toBe('attention');
    expect(byFunnel('action')).toBe('action');
    const clear = computeDiagnosis(
      buildInput({
        current: buildMix({ awareness_low: 60, budget_timing: 40 }),
        funnel: { aidaStage: 'action', indicator: 'x' },
      }),
    );
    expect(clear.aidaStage).toBe('attention');
    expect(clear.funnel?.agreesWithBarriers).toBe(false);
  });
});

describe('answers', () => {
  it('weights reps by (owned deals + 1) × min(3, 1 + linked value ÷ average deal)', () => {
    const linked = [
      { dealId: 1, amountCents: 2_000_000, outcome: 'lost' as const },
      { dealId: 2, amountCents: 2_000_000, outcome: 'lost' as const },
    ];
    const diagnosis = computeDiagnosis(
      buildInput({
        reps: [
          { repId: 1, scopeDealCount: 9 },
          { repId: 2, scopeDealCount: 4 },
        ],
        averageDealCents: 2_000_000,
        answers: [
          buildAnswer(1, 'price_perceived_high.lost_on_price', 20),
          buildAnswer(2, 'price_perceived_high.lost_on_price', 70, { linkedDeals: linked }),
        ],
      }),
    );
    // w₁ = 10 · 1, w₂ = 5 · 3 → (10 · 0.2 + 15 · 0.7) / 25 = 0.5
    const price = findBarrier(diagnosis, 'price_perceived_high');
    expect(price.answers.score?.estimate).toBeCloseTo(0.5, 10);
    expect(price.answers.namedBy).toBe(1);
    expect(price.evidence.linkedDealIds).toEqual([1, 2]);
  });

  it('reads scale answers as their anchor range and keeps quotes with rep and deciding words', () => {
    const diagnosis = computeDiagnosis(
      buildInput({
        reps: [
          { repId: 7, scopeDealCount: 3 },
          { repId: 8, scopeDealCount: 3 },
        ],
        answers: [
          buildAnswer(7, 'competitor_preferred.competitor_better_heard', 4),
          buildAnswer(8, 'competitor_preferred.competitor_better_heard', 4),
          buildAnswer(7, 'competitor_preferred.which_competitor', [
            { name: 'Lumetra', better: 'deutlich günstiger' },
          ]),
          buildAnswer(8, 'cross.competitors_named', [{ name: ' lumetra ' }, { name: 'Kessler Sensorik' }]),
          buildAnswer(8, 'cross.customer_quote', 'Zu teuer für unser Budget, sagt der Einkauf'),
        ],
      }),
    );
    const competitor = findBarrier(diagnosis, 'competitor_preferred');
    expect(competitor.answers.score).toMatchObject({ estimate: 0.5, low: 0.4, high: 0.6 });
    const price = findBarrier(diagnosis, 'price_perceived_high');
    expect(price.answers.namedBy).toBe(2);
    expect(price.evidence.quotes.map((quote) => [quote.repId, quote.text, quote.because])).toEqual([
      [7, 'deutlich günstiger', ['günstiger']],
      [8, 'Zu teuer für unser Budget, sagt der Einkauf', expect.arrayContaining(['Zu teuer'])],
    ]);
    expect(diagnosis.competitors.map((item) => [item.name, item.namedByReps, item.better])).toEqual([
      ['Lumetra', 2, ['deutlich günstiger']],
      ['Kessler Sensorik', 1, []],
    ]);
  });

  it('skips invalid answers and unknown questions, listing why, without throwing', () => {
    const diagnosis = computeDiagnosis(
      buildInput({
        answers: [
          buildAnswer(1, 'price_perceived_high.lost_on_price', 140),
          buildAnswer(1, 'no.such_question', 3),
          buildAnswer(2, 'trust_risk.doubts_heard', 5),
        ],
      }),
    );
    expect(diagnosis.ignoredAnswers.map((item) => [item.questionKey, item.problems[0]?.code])).toEqual([
      ['no.such_question', 'unknown_question'],
      ['price_perceived_high.lost_on_price', 'out_of_range'],
    ]);
    expect(diagnosis.counts).toMatchObject({ answers: 1, repsAnswered: 1 });
  });
});
