/**
 * Story (b) end to end through the impact core: the past awareness campaign for PressLine × Lebensmittel must
 * evaluate as `worked`, and the same weeks in the world without stories must not.
 *
 * Controls: the union of both sibling families, PressLine in the other three segments and the other three
 * products in Lebensmittel. Same-product siblings share what moves the product (its web presence, pricing, the
 * sales team's focus); same-segment siblings share what moves the food industry (Anuga FoodTec in March, its
 * investment cycle). Either family alone misses one of the two; pooled, six scopes give ~70 leads a week, so
 * the controls add little noise. None of them was targeted (the demo campaign has no spill-over).
 * Window: from the campaign start to 26 weeks after its end (the lift ramps up over the ten campaign weeks and
 * stays), against all weeks since the data window starts (~94), the default of up to two years.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateImpact } from '../core/impact/evaluate-impact.ts';
import { buildLearningRecords } from '../core/impact/learning.ts';
import type { EvaluateImpactInput, ImpactEvaluation } from '../core/impact/types.ts';
import { countByWeek } from '../core/impact/weeks.ts';
import { generateDemo } from './generate.ts';
import type { DemoCampaign, DemoData } from './types.ts';

const AS_OF = '2026-11-28';

function buildInput(data: DemoData, campaign: DemoCampaign): EvaluateImpactInput {
  const { product, segment } = campaign.scope;
  const weeklyLeads = (p: string, s: string) =>
    countByWeek({
      dates: data.leads
        .filter((lead) => lead.product === p && lead.segment === s)
        .map((lead) => lead.createdOn),
      from: data.windowStart,
      to: AS_OF,
    });
  if (!product || !segment) throw new Error('story (b) is a product × segment campaign');
  const controls = [
    ...data.dimensions.segments
      .filter((s) => s !== segment)
      .map((s) => ({ label: `${product} × ${s}`, s, p: product })),
    ...data.dimensions.products
      .filter((p) => p !== product)
      .map((p) => ({ label: `${p} × ${segment}`, s: segment, p })),
  ].map(({ label, p, s }) => ({ label, series: weeklyLeads(p, s) }));
  return {
    window: { startOn: campaign.startOn, endOn: campaign.endOn, postWeeks: 26 },
    kpis: [
      {
        key: 'new_leads',
        kind: 'count',
        direction: 'increase',
        target: weeklyLeads(product, segment),
        controls,
      },
    ],
    asOf: AS_OF,
    seed: 42,
  };
}

describe('the demo awareness campaign (story b)', () => {
  let data: DemoData;
  let campaign: DemoCampaign;
  let evaluation: ImpactEvaluation;

  beforeAll(() => {
    data = generateDemo({ seed: 42, asOf: AS_OF });
    const [first] = data.campaigns;
    if (!first) throw new Error('the demo records the story (b) campaign');
    campaign = first;
    evaluation = evaluateImpact(buildInput(data, campaign));
  });

  it('worked: new leads rose against the six sibling scopes, the whole interval above zero', () => {
    expect(campaign.kpis[0]?.indicator).toBe('new_leads');
    expect(evaluation.verdict).toBe('worked');
    const kpi = evaluation.kpis[0];
    expect(kpi?.controls?.interval.low).toBeGreaterThan(0);
    expect(kpi?.controls?.effect).toBeGreaterThan(0.1);
    expect(kpi?.controls?.effect).toBeLessThan(0.45);
    expect(kpi?.effectWeeks).toHaveLength(36);
    expect(kpi?.preWeeks.length).toBeGreaterThan(80);
    const controlWarnings = evaluation.warnings.filter(
      (w) => w.code === 'pre_trend_diverges' || w.code === 'low_correlation',
    );
    expect(controlWarnings).toEqual([]);
  });

  it('leaves the learning "awareness_low / Attention / these channels" for the next diagnosis', () => {
    const [record] = buildLearningRecords({ campaign, evaluation, locale: 'de' });
    expect(record).toMatchObject({
      barrier: 'awareness_low',
      aidaStage: 'attention',
      channels: ['Fachmesse', 'LinkedIn Ads', 'Fachpresse', 'Webinar', 'E-Mail-Nurturing'],
      verdict: 'worked',
    });
    expect(record?.effectPct).toBeGreaterThan(10);
  });

  it('does not call the same weeks `worked` in the world without the campaign', () => {
    const counterfactual = generateDemo({ seed: 42, asOf: AS_OF, withStories: false });
    expect(evaluateImpact(buildInput(counterfactual, campaign)).verdict).not.toBe('worked');
  });
});
