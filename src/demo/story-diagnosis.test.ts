/**
 * The demo's story (a): a cheaper competitor (Lumetra) costs OptiScan × Automotive momentum; lost reasons shift to
 * price and competitor (Desire). The lost-reason evidence alone — before any rep answers — must show it, and a
 * sibling scope must not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../core/calendar.ts';
import { codeTexts } from '../core/coding/code-text.ts';
import { computeDiagnosis } from '../core/diagnosis/compute-diagnosis.ts';
import { computeBarrierShifts } from '../core/diagnosis/lost-reason-shares.ts';
import type { CodedLostReason, Diagnosis, DiagnosisInput } from '../core/diagnosis/types.ts';
import { indexQuestions } from '../core/questions/catalogue.ts';
import { proposeQuestions } from '../core/questions/propose-questions.ts';
import { generateDemo } from './generate.ts';
import { DEMO_STORY } from './story.ts';
import type { DemoData, DemoDeal } from './types.ts';

const AS_OF = '2026-11-28';
const { product, segment, competitor } = DEMO_STORY.momentumLoss;

interface CodedDeal {
  deal: DemoDeal;
  reason: CodedLostReason;
}

function buildScopeInput(data: DemoData, coded: readonly CodedDeal[], scopeSegment: string): DiagnosisInput {
  const start = data.story.momentumLoss.shiftStartOn;
  const pick = (segmentName: string, from: string, to: string) =>
    coded
      .filter(({ deal }) => deal.product === product && deal.segment === segmentName)
      .filter(({ deal }) => deal.closedOn !== null && deal.closedOn >= from && deal.closedOn <= to)
      .map(({ reason }) => reason);
  return {
    answers: [],
    reps: [],
    lostReasons: {
      current: pick(scopeSegment, start, data.asOf),
      // The year before the shift: a full seasonal cycle of the scope's normal mix.
      baseline: pick(scopeSegment, addDays(start, -364), addDays(start, -1)),
      siblings: data.dimensions.segments
        .filter((name) => name !== scopeSegment)
        .map((name) => ({ scope: `${product} × ${name}`, reasons: pick(name, start, data.asOf) })),
    },
    funnel: { aidaStage: 'interest', indicator: 'new_opportunities' },
  };
}

function findingOf(diagnosis: Diagnosis, barrier: string) {
  const finding = diagnosis.barriers.find((item) => item.barrier === barrier);
  if (!finding) throw new Error(`no ${barrier}`);
  return finding;
}

describe('diagnosis of the demo story (a) from lost reasons alone', () => {
  let data: DemoData;
  let coded: CodedDeal[];

  beforeAll(() => {
    data = generateDemo({ seed: 42, asOf: AS_OF });
    const lost = data.deals.filter((deal) => deal.outcome === 'lost');
    const codes = codeTexts(lost.map((deal) => deal.lostReason ?? ''));
    coded = lost.map((deal, index) => ({
      deal,
      reason: {
        dealId: index + 1,
        barrier: deal.lostReason ? (codes[index]?.barrier ?? null) : null,
        text: deal.lostReason,
        competitor: deal.competitor,
        amountCents: deal.amountCents,
      },
    }));
  });

  it('ranks price or competitor first at the Desire stage, risen against baseline and siblings', () => {
    const diagnosis = computeDiagnosis(buildScopeInput(data, coded, segment));
    expect(['price_perceived_high', 'competitor_preferred']).toContain(diagnosis.barriers[0]?.barrier);
    expect(diagnosis.aidaStage).toBe('desire');
    const price = findingOf(diagnosis, 'price_perceived_high');
    expect(price.lostReasons.changeVsBaseline?.isSignificant).toBe(true);
    expect(price.lostReasons.differenceVsSiblings?.isSignificant).toBe(true);
    expect(diagnosis.verdict).toBe('campaign_and_pricing');
    const lumetra = diagnosis.competitors.find((item) => item.name === competitor);
    expect(lumetra?.shareNow).toBeGreaterThan(0.25);
    expect(lumetra?.shareBaseline).toBeLessThan(0.05);
    // No rep has answered yet: the diagnosis says so through a low confidence.
    expect(diagnosis.confidence.value).toBeLessThan(0.4);
  });

  it('proposes Desire questions first from the reason shift, with the numbers', () => {
    const input = buildScopeInput(data, coded, segment);
    const proposal = proposeQuestions({
      aidaStage: 'interest',
      drivers: [{ indicator: 'new_opportunities', aidaStage: 'interest', changePct: -38 }],
      barrierShifts: computeBarrierShifts(input.lostReasons),
    });
    expect(proposal.length).toBeLessThanOrEqual(8);
    expect(proposal[0]?.key).toBe('price_perceived_high.lost_on_price');
    expect(proposal[0]?.because.en).toMatch(
      /^Share of lost deals “Seen as too expensive” rose from \d+ % to \d+ %$/,
    );
    expect(proposal.slice(0, 4).map((item) => indexQuestions().get(item.key)?.aidaStage)).toEqual([
      'desire',
      'desire',
      'desire',
      'desire',
    ]);
  });

  it.each(['Maschinenbau', 'Lebensmittel', 'Medizintechnik'])(
    'shows no price/competitor shift in %s',
    (sibling) => {
      const diagnosis = computeDiagnosis(buildScopeInput(data, coded, sibling));
      for (const barrier of ['price_perceived_high', 'competitor_preferred']) {
        const change = findingOf(diagnosis, barrier).lostReasons.changeVsBaseline;
        expect(change?.low ?? 0).toBeLessThanOrEqual(0);
      }
      expect(diagnosis.verdict).not.toBe('campaign_and_pricing');
    },
  );
});
