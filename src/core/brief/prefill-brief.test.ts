import { describe, expect, it } from 'vitest';
import { BARRIER_KEYS, BARRIERS, getBarrier } from '../aida.ts';
import { LOCALES } from '../types.ts';
import { diagnosisFor, STORY_A_INPUT } from './brief.test-data.ts';
import { describeSource } from './describe-source.ts';
import { getBarrierPlaybook } from './playbook.ts';
import { prefillBrief } from './prefill-brief.ts';
import { BRIEF_SOURCE_KINDS, type BriefContent, type BriefSource } from './types.ts';

/** Every `{ value, source }` node in the brief, with its path. */
function listSuggestions(node: unknown, path = ''): { path: string; source: BriefSource }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => listSuggestions(item, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const here =
    'value' in record && 'source' in record ? [{ path, source: record.source as BriefSource }] : [];
  return [
    ...here,
    ...Object.entries(record).flatMap(([key, value]) => listSuggestions(value, `${path}.${key}`)),
  ];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('prefillBrief for each barrier', () => {
  for (const key of BARRIER_KEYS) {
    const verdict = getBarrier(key).campaignCanHelp === 'no' ? 'not_a_campaign_problem' : 'campaign';
    for (const locale of LOCALES) {
      it(`${key} (${locale}) gets a pillar with message, proof and channels, each with its source`, () => {
        const brief = prefillBrief({ ...STORY_A_INPUT, locale, diagnosis: diagnosisFor(key, verdict) });
        const pillar = brief.messageHouse.pillars.find((p) => p.barrier === key);
        expect(pillar?.message.value.length).toBeGreaterThan(20);
        expect(pillar?.proofPoints.length).toBeGreaterThanOrEqual(3);
        expect(pillar?.message.source).toEqual({ kind: 'diagnosis', barrier: key, share: 0.55 });
        const stage = brief.stages.find((plan) => plan.stage === getBarrierPlaybook(key).messageStage);
        expect(stage?.messages.map((m) => m.value)).toContain(pillar?.message.value);
        const ownChannels = stage?.channels.filter((c) => c.source.barrier === key) ?? [];
        expect(ownChannels.length).toBeGreaterThanOrEqual(2);
        expect(brief.tone.source.barrier).toBe(key);
        expect(brief.callToAction.value.length).toBeGreaterThan(5);
        const json = JSON.stringify(brief);
        expect(json).not.toMatch(/\{(product|segment)\}/);
        for (const { path, source } of listSuggestions(brief)) {
          expect(BRIEF_SOURCE_KINDS, path).toContain(source.kind);
          expect(describeSource(source, locale).length, path).toBeGreaterThan(3);
        }
      });
    }
  }

  it('covers every barrier of the catalogue', () => {
    expect(BARRIERS.map((b) => b.key)).toEqual([...BARRIER_KEYS]);
  });
});

describe('prefillBrief', () => {
  it('fills every AIDA stage, marks the objective and suggests channels by stage', () => {
    const brief = prefillBrief(STORY_A_INPUT);
    expect(brief.stages.map((plan) => plan.stage)).toEqual(['attention', 'interest', 'desire', 'action']);
    expect(brief.stages.filter((plan) => plan.isObjective).map((plan) => plan.stage)).toEqual(['desire']);
    const channelsOf = (stage: string) =>
      brief.stages.find((p) => p.stage === stage)?.channels.map((c) => c.value);
    expect(channelsOf('attention')).toContain('Fachmesse');
    expect(channelsOf('interest')).toContain('Webinar');
    expect(channelsOf('desire')).toEqual(expect.arrayContaining(['Test- und Pilotangebote', 'TCO-Rechner']));
    expect(channelsOf('action')).toContain('Vertragsvereinfachung');
    const defaults = brief.stages.find((p) => p.stage === 'attention')?.messages[0]?.source;
    expect(defaults).toEqual({ kind: 'catalogue', stage: 'attention' });
  });

  it('addresses the barriers with at least 10 % share and keeps the evidence beside them', () => {
    const brief = prefillBrief(STORY_A_INPUT);
    expect(brief.barriers.map((b) => [b.key, b.isAddressed])).toEqual([
      ['price_perceived_high', true],
      ['competitor_preferred', true],
      ['product_gap', false],
    ]);
    expect(brief.barriers[0]?.evidence[0]).toEqual(STORY_A_INPUT.diagnosis.barriers[0]?.evidence[0]);
    expect(brief.messageHouse.pillars.map((p) => p.barrier)).toEqual([
      'price_perceived_high',
      'competitor_preferred',
    ]);
    expect(describeSource(brief.messageHouse.umbrella.source, 'en')).toBe(
      'from diagnosis: Seen as too expensive, share 61%',
    );
  });

  it('routes the price itself to pricing for campaign_and_pricing', () => {
    const brief = prefillBrief(STORY_A_INPUT);
    expect(brief.fit.isCampaignAdvised).toBe(true);
    expect(brief.fit.routes).toEqual([{ to: 'pricing', barrier: 'price_perceived_high', share: 0.61 }]);
    expect(brief.fit.statement.value).toMatch(/^Kampagne und Preisarbeit/);
  });

  it('derives the opportunity goal from the gap and says so', () => {
    const brief = prefillBrief(STORY_A_INPUT);
    const goal = brief.gapGoal;
    expect(goal?.status).toBe('in_time');
    const opportunities = brief.kpis.find((kpi) => kpi.key === 'new_opportunities');
    expect(opportunities?.baseline).toEqual({
      value: 14.2,
      source: { kind: 'indicator', field: 'new_opportunities' },
    });
    expect(opportunities?.goal.source.kind).toBe('gap_goal');
    expect(opportunities?.goal.value).toBeCloseTo(14.2 + (goal?.opportunitiesPerWeekNeeded ?? 0), 1);
    const cycle = brief.kpis.find((kpi) => kpi.key === 'cycle_time');
    expect(cycle).toMatchObject({
      direction: 'decrease',
      goal: { value: 58, source: { kind: 'catalogue' } },
    });
  });

  it('ends the campaign on the gap deadline when that leaves at least four weeks, else after eight', () => {
    const early = prefillBrief({ ...STORY_A_INPUT, asOf: '2026-09-01' }).timeline;
    expect(early.startOn).toEqual({ value: '2026-09-07', source: { kind: 'catalogue' } });
    expect(early.endOn).toEqual({ value: '2026-10-28', source: { kind: 'gap_goal' } });
    expect(early.evaluateOn.value).toBe('2027-01-27');
    const late = prefillBrief(STORY_A_INPUT).timeline;
    expect(late.startOn.value).toBe('2026-10-05');
    expect(late.endOn).toEqual({ value: '2026-11-29', source: { kind: 'catalogue' } });
  });

  it('adds new opportunities as a KPI when the gap asks for them and the alert did not', () => {
    const brief = prefillBrief({
      ...STORY_A_INPUT,
      indicators: [{ key: 'win_rate', unit: 'rate', baseline: 0.32 }],
    });
    const added = brief.kpis.find((kpi) => kpi.key === 'new_opportunities');
    expect(added?.baseline).toEqual({ value: 12, source: { kind: 'funnel', field: 'opportunitiesPerWeek' } });
    expect(added?.goal.source.kind).toBe('gap_goal');
  });

  it('says plainly when a campaign cannot help, instead of pretending', () => {
    const brief = prefillBrief({
      ...STORY_A_INPUT,
      locale: 'en',
      diagnosis: diagnosisFor('product_gap', 'not_a_campaign_problem'),
    });
    expect(brief.fit.isCampaignAdvised).toBe(false);
    expect(brief.fit.statement.value).toMatch(
      /^No campaign advised: the main barrier is “Product does not fit” \(55%\)/,
    );
    expect(brief.fit.statement.value).toContain('product management');
    expect(brief.fit.routes).toEqual([{ to: 'product', barrier: 'product_gap', share: 0.55 }]);
    expect(brief.objective.stage.value).toBeNull();
    expect(brief.objective.statement.value).toMatch(/^No campaign objective/);
    expect(brief.title.value).toMatch(/^Not a campaign issue/);
    expect(brief.kpis.every((kpi) => kpi.goal.value === null)).toBe(true);
    expect(brief.stages.some((plan) => plan.isObjective)).toBe(false);
  });

  it('works without forecast and funnel (an indicator-shift alert without a target)', () => {
    const brief = prefillBrief({ ...STORY_A_INPUT, forecast: null, funnel: null });
    expect(brief.gapGoal).toBeNull();
    expect(brief.kpis.map((kpi) => kpi.goal.source.kind)).toEqual(['catalogue', 'catalogue', 'catalogue']);
    expect(brief.timeline.endOn.source.kind).toBe('catalogue');
  });

  it('reads "our offering" for a scope over all products and keeps placeholders for budget and owner', () => {
    const brief = prefillBrief({ ...STORY_A_INPUT, locale: 'en', scope: { segment: 'Automotive' } });
    expect(brief.objective.statement.value).toBe(
      'Proposals for our offering in Automotive should be won more often.',
    );
    expect(brief.budgetCents).toEqual({ value: null, source: { kind: 'placeholder' } });
    expect(brief.owner).toEqual({ value: null, source: { kind: 'placeholder' } });
    const given = prefillBrief({ ...STORY_A_INPUT, owner: 'Jana Krüger', budgetCents: 6_800_000 });
    expect(given.owner.value).toBe('Jana Krüger');
    expect(given.budgetCents.value).toBe(6_800_000);
  });

  it('never modifies its input and gives the same brief twice', () => {
    const input = deepFreeze(structuredClone(STORY_A_INPUT));
    const first: BriefContent = prefillBrief(input);
    expect(prefillBrief(input)).toEqual(first);
  });
});
