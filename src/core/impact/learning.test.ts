import { describe, expect, it } from 'vitest';
import { LOCALES } from '../types.ts';
import { describeImpactReason, describeImpactWarning } from './describe-impact.ts';
import { buildLearningRecords, listLearnings } from './learning.ts';
import type { ImpactEvaluation, ImpactReasonCode, ImpactWarningCode, LearningRecord } from './types.ts';

const EVALUATION: ImpactEvaluation = {
  verdict: 'worked',
  reason: {
    code: 'interval_above_zero',
    kpiKey: 'new_leads',
    effect: 0.194,
    interval: { low: 0.041, high: 0.381 },
    meaningfulLift: 0.1,
  },
  primaryKpi: 'new_leads',
  kpis: [
    {
      key: 'new_leads',
      direction: 'increase',
      verdict: 'worked',
      reason: { code: 'interval_above_zero', kpiKey: 'new_leads' },
      controls: {
        method: 'controls',
        effect: 0.194,
        interval: { low: 0.041, high: 0.381 },
        standardErrorLog: 0.07,
      },
      baseline: null,
      levels: { targetPre: 13.9, targetPost: 17.5, controlPre: 70, controlPost: 73 },
      preWeeks: [],
      effectWeeks: [],
      plannedEffectWeeks: 36,
      minimumDetectableLift: 0.22,
      warnings: [],
    },
  ],
  warnings: [],
  gapEffect: null,
};

describe('buildLearningRecords', () => {
  const campaign = {
    barriers: ['awareness_low' as const],
    objectiveStage: 'attention' as const,
    channels: ['Fachmesse', 'Webinar'],
  };

  it('keeps barrier, stage, channels, effect in percent and verdict, with a sentence', () => {
    const [record] = buildLearningRecords({ campaign, evaluation: EVALUATION, locale: 'de' });
    expect(record).toEqual({
      barrier: 'awareness_low',
      aidaStage: 'attention',
      channels: ['Fachmesse', 'Webinar'],
      kpiKey: 'new_leads',
      effectPct: 19.4,
      interval: { low: 4.1, high: 38.1 },
      verdict: 'worked',
      summary:
        'Kampagne (Stufe Aufmerksamkeit) gegen „Zu geringe Markenbekanntheit“ (Fachmesse, Webinar): Neue Leads pro Woche +19 % (+4,1 % … +38 %) – hat gewirkt.',
    });
    const [english] = buildLearningRecords({ campaign, evaluation: EVALUATION, locale: 'en' });
    expect(english?.summary).toBe(
      'Attention campaign against "Brand not known" (Fachmesse, Webinar): New leads per week +19% (+4.1% … +38%) – worked.',
    );
  });

  it('gives one record per barrier addressed', () => {
    const records = buildLearningRecords({
      campaign: { ...campaign, barriers: ['awareness_low', 'benefits_unknown'] },
      evaluation: EVALUATION,
      locale: 'en',
    });
    expect(records.map((record) => record.barrier)).toEqual(['awareness_low', 'benefits_unknown']);
  });
});

describe('listLearnings', () => {
  const record = (overrides: Partial<LearningRecord>): LearningRecord => ({
    barrier: 'awareness_low',
    aidaStage: 'attention',
    channels: [],
    kpiKey: 'new_leads',
    effectPct: 10,
    interval: null,
    verdict: 'worked',
    summary: '',
    ...overrides,
  });

  it('shows the same barrier only: same stage first, then what worked, larger effects first', () => {
    const records = [
      record({ summary: 'a', verdict: 'no_effect', effectPct: 1 }),
      record({ summary: 'b', effectPct: 12 }),
      record({ summary: 'c', aidaStage: 'interest', effectPct: 40 }),
      record({ summary: 'd', effectPct: 25 }),
      record({ summary: 'e', verdict: 'inconclusive', effectPct: null }),
      record({ summary: 'f', barrier: 'trust_risk' }),
    ];
    const listed = listLearnings({ records, barrier: 'awareness_low', aidaStage: 'attention' });
    expect(listed.map((r) => r.summary)).toEqual(['d', 'b', 'e', 'a', 'c']);
  });
});

describe('impact texts', () => {
  const reasons: ImpactReasonCode[] = [
    'interval_above_zero',
    'interval_below_meaningful',
    'interval_wrong_way',
    'interval_wide',
    'not_started',
    'window_too_short',
    'no_events',
    'no_comparison',
  ];
  const warnings: ImpactWarningCode[] = [
    'pre_trend_diverges',
    'low_correlation',
    'window_short',
    'window_incomplete',
    'pre_period_short',
    'low_power',
    'no_controls',
    'comparisons_disagree',
  ];
  const figures = {
    drift: 0.38,
    weeklyDrift: 0.008,
    t: 3.1,
    correlation: 0.12,
    blocks: 13,
    weeks: 5,
    minimumWeeks: 4,
    comfortableWeeks: 8,
    plannedWeeks: 23,
    minimumDetectableLift: 0.41,
    weeksNeeded: 60,
    baselineEffect: -0.02,
  };

  it('has a sentence for every reason and warning in both languages', () => {
    for (const locale of LOCALES) {
      for (const code of reasons) {
        const text = describeImpactReason({ ...EVALUATION.reason, code }, locale);
        expect(text, code).toMatch(/^(Neue Leads pro Woche|New leads per week): /);
        expect(text, code).not.toMatch(/undefined|NaN/);
      }
      for (const code of warnings) {
        const text = describeImpactWarning({ code, kpiKey: 'new_leads', figures }, locale);
        expect(text, code).not.toMatch(/undefined|NaN/);
      }
    }
  });

  it('quotes the effect and interval', () => {
    expect(describeImpactReason(EVALUATION.reason, 'en')).toBe(
      'New leads per week: +19% against the comparison scopes (95% interval +4.1% to +38%) – the whole interval is above zero.',
    );
    expect(
      describeImpactWarning({ code: 'pre_trend_diverges', kpiKey: 'new_leads', figures }, 'de'),
    ).toContain('(+0,8 % je Woche)');
  });
});
