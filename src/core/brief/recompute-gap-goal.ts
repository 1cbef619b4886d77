/**
 * The forecast moved: recompute the gap goal and everything derived from it, leaving what marketing edited
 * alone. Goals whose source is `gap_goal` or `catalogue` are re-derived, as are the campaign end (when it came
 * from the gap deadline) and the evaluation date; an `edited` value is never overwritten.
 */
import type { IsoDate } from '../calendar.ts';
import { type BriefChange, diffBriefs } from './diff-briefs.ts';
import { deriveGapGoal, listKpis, suggestEndOn, suggestEvaluateOn } from './prefill-kpis.ts';
import type {
  AlertIndicator,
  BriefContent,
  BriefKpi,
  ForecastSummary,
  FunnelRates,
  Suggested,
} from './types.ts';

export interface RecomputeGapGoalInput {
  brief: BriefContent;
  asOf: IsoDate;
  forecast: ForecastSummary | null;
  funnel: FunnelRates | null;
}

export interface RecomputedBrief {
  brief: BriefContent;
  /** What the new forecast changed (empty when nothing moved). */
  changes: BriefChange[];
}

function keepEdited<T>(current: Suggested<T>, fresh: Suggested<T>): Suggested<T> {
  return current.source.kind === 'edited' ? current : fresh;
}

function toIndicator(kpi: BriefKpi): AlertIndicator {
  return { key: kpi.key, unit: kpi.unit, baseline: kpi.baseline.value, direction: kpi.direction };
}

function updateKpis(brief: BriefContent, fresh: readonly BriefKpi[]): BriefKpi[] {
  const byKey = new Map(fresh.map((kpi) => [kpi.key, kpi]));
  const updated = brief.kpis.map((kpi) => {
    const next = byKey.get(kpi.key);
    return next ? { ...kpi, goal: keepEdited(kpi.goal, next.goal) } : kpi;
  });
  const added = fresh.filter((kpi) => !brief.kpis.some((existing) => existing.key === kpi.key));
  return [...updated, ...added];
}

/** The brief with its gap goal, derived KPI goals and timeline brought up to date with the new forecast. */
export function recomputeGapGoal(input: RecomputeGapGoalInput): RecomputedBrief {
  const { brief } = input;
  const gapGoal = deriveGapGoal(input);
  const fresh = listKpis(brief.kpis.map(toIndicator), {
    goal: gapGoal,
    funnel: input.funnel,
    isCampaignAdvised: brief.fit.isCampaignAdvised,
  });
  const endOn = keepEdited(brief.timeline.endOn, suggestEndOn(brief.timeline.startOn.value, gapGoal));
  const next: BriefContent = {
    ...brief,
    gapGoal,
    kpis: updateKpis(brief, fresh),
    timeline: {
      startOn: brief.timeline.startOn,
      endOn,
      evaluateOn: keepEdited(brief.timeline.evaluateOn, suggestEvaluateOn(endOn.value)),
    },
  };
  return { brief: next, changes: diffBriefs(brief, next) };
}
