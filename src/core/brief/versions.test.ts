import { describe, expect, it } from 'vitest';
import { STORY_A_INPUT } from './brief.test-data.ts';
import { diffBriefs } from './diff-briefs.ts';
import { markEdited } from './mark-edited.ts';
import { prefillBrief } from './prefill-brief.ts';
import { recomputeGapGoal } from './recompute-gap-goal.ts';
import type { BriefContent } from './types.ts';

const original = prefillBrief(STORY_A_INPUT);
const copy = (): BriefContent => structuredClone(original);

describe('diffBriefs', () => {
  it('finds nothing between equal versions', () => {
    expect(diffBriefs(original, copy())).toEqual([]);
  });

  it('lists a changed field once, with before and after', () => {
    const next = copy();
    next.tone = { value: 'nüchtern', source: { kind: 'edited' } };
    expect(diffBriefs(original, next)).toEqual([
      { path: 'tone.value', kind: 'changed', before: original.tone.value, after: 'nüchtern' },
    ]);
    expect(diffBriefs(original, next, { includeSources: true }).map((change) => change.path)).toEqual([
      'tone.value',
      'tone.source.kind',
      'tone.source.barrier',
      'tone.source.share',
    ]);
  });

  it('matches KPIs, stages and pillars by identity, so removing one is one change', () => {
    const next = copy();
    next.kpis = next.kpis.filter((kpi) => kpi.key !== 'new_opportunities');
    const goal = next.kpis.find((kpi) => kpi.key === 'win_rate')?.goal;
    if (goal) goal.value = 0.4;
    const changes = diffBriefs(original, next);
    expect(changes.map((change) => [change.path, change.kind])).toEqual([
      ['kpis[new_opportunities]', 'removed'],
      ['kpis[win_rate].goal.value', 'changed'],
    ]);
    expect(changes[1]).toMatchObject({ before: 0.352, after: 0.4 });
  });

  it('shows an added channel and a removed proof point by position inside a stage', () => {
    const next = copy();
    const desire = next.stages.find((plan) => plan.stage === 'desire');
    desire?.channels.push({ value: 'Roadshow', source: { kind: 'edited' } });
    desire?.proofPoints.pop();
    const changes = diffBriefs(original, next);
    const count = original.stages.find((plan) => plan.stage === 'desire')?.channels.length ?? 0;
    expect(changes.map((change) => [change.path, change.kind])).toEqual([
      ['stages[desire].proofPoints[5]', 'removed'],
      [`stages[desire].channels[${count}]`, 'added'],
    ]);
  });
});

describe('markEdited', () => {
  it('marks a changed suggestion as edited and leaves the rest alone', () => {
    const next = copy();
    next.callToAction.value = 'Jetzt TCO-Vergleich anfordern';
    next.kpis.reverse();
    const marked = markEdited(original, next);
    expect(marked.callToAction).toEqual({
      value: 'Jetzt TCO-Vergleich anfordern',
      source: { kind: 'edited' },
    });
    expect(marked.tone).toEqual(original.tone);
    expect(marked.kpis.map((kpi) => kpi.key)).toEqual(next.kpis.map((kpi) => kpi.key));
    expect(marked.kpis).toEqual(next.kpis);
    expect(next.callToAction.source.kind).toBe('diagnosis');
  });

  it('keeps a source the client set itself', () => {
    const next = copy();
    next.owner = { value: 'Jana Krüger', source: { kind: 'edited' } };
    next.budgetCents = { value: 6_800_000, source: { kind: 'placeholder' } };
    const marked = markEdited(original, next);
    expect(marked.owner.source.kind).toBe('edited');
    expect(marked.budgetCents.source.kind).toBe('edited');
  });
});

describe('recomputeGapGoal', () => {
  it('follows a moved forecast and keeps what marketing edited', () => {
    const edited = markEdited(original, {
      ...copy(),
      kpis: original.kpis.map((kpi) =>
        kpi.key === 'win_rate' ? { ...kpi, goal: { ...kpi.goal, value: 0.3 } } : kpi,
      ),
    });
    const forecast = STORY_A_INPUT.forecast && { ...STORY_A_INPUT.forecast, shortfallCents: 35_000_000 };
    const { brief, changes } = recomputeGapGoal({
      brief: edited,
      asOf: '2026-10-01',
      forecast,
      funnel: STORY_A_INPUT.funnel,
    });
    expect(brief.gapGoal?.opportunitiesNeeded).toBe(35);
    const opportunities = brief.kpis.find((kpi) => kpi.key === 'new_opportunities');
    expect(opportunities?.goal.value).toBeCloseTo(14.2 + 35 / (27 / 7), 1);
    expect(brief.kpis.find((kpi) => kpi.key === 'win_rate')?.goal).toEqual({
      value: 0.3,
      source: { kind: 'edited' },
    });
    const paths = changes.map((change) => change.path);
    expect(paths).toContain('gapGoal.opportunitiesNeeded');
    expect(paths).toContain('kpis[new_opportunities].goal.value');
    expect(paths.some((path) => path.startsWith('kpis[win_rate]'))).toBe(false);
  });

  it('changes nothing when the forecast did not move', () => {
    const { changes } = recomputeGapGoal({
      brief: original,
      asOf: STORY_A_INPUT.asOf,
      forecast: STORY_A_INPUT.forecast,
      funnel: STORY_A_INPUT.funnel,
    });
    expect(changes).toEqual([]);
  });

  it('moves the goal to next quarter once the deadline has passed', () => {
    const { brief } = recomputeGapGoal({
      brief: original,
      asOf: '2026-11-28',
      forecast: STORY_A_INPUT.forecast,
      funnel: STORY_A_INPUT.funnel,
    });
    expect(brief.gapGoal).toMatchObject({ status: 'too_late', period: '2027-Q1', deadline: '2027-01-26' });
    expect(brief.timeline.endOn).toEqual({ value: '2027-01-26', source: { kind: 'gap_goal' } });
  });
});
