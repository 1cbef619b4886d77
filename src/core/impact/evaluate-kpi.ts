/**
 * One KPI's impact: lay the series on the week grid, bootstrap both comparisons, check the controls and the
 * window, decide the verdict. The controls decide when there are any; the baseline is the second opinion.
 */
import { daysBetween } from '../calendar.ts';
import type { Random } from '../random.ts';
import { type BootstrapResult, bootstrapComparisons } from './bootstrap.ts';
import { checkControls } from './control-checks.ts';
import type { BootstrapSummary } from './estimate.ts';
import { type Prepared, prepareKpi } from './prepare-kpi.ts';
import type { ImpactWarning, KpiImpact, KpiSeriesInput, ScopeLevels } from './types.ts';
import { decideVerdict, toComparison, type VerdictDecision } from './verdict.ts';
import type { WeekGrid } from './weeks.ts';
import { MIN_EFFECT_WEEKS, MIN_PRE_WEEKS } from './window-checks.ts';

export interface EvaluateKpiInput {
  kpi: KpiSeriesInput;
  grid: WeekGrid;
  random: Random;
  replicates: number;
  blockWeeks: number;
  meaningfulLift: number;
}

function describeUnestimated(input: EvaluateKpiInput, prepared: Prepared): KpiImpact {
  const { kpi, grid } = input;
  const isTooShort = grid.effect.length < MIN_EFFECT_WEEKS || grid.pre.length < MIN_PRE_WEEKS;
  const code =
    grid.effect.length === 0
      ? 'not_started'
      : isTooShort
        ? 'window_too_short'
        : !hasEvents(prepared.levels)
          ? 'no_events'
          : 'no_comparison';
  return {
    key: kpi.key,
    direction: kpi.direction,
    verdict: 'inconclusive',
    reason: { code, kpiKey: kpi.key },
    controls: null,
    baseline: null,
    levels: prepared.levels,
    preWeeks: grid.pre,
    effectWeeks: grid.effect,
    plannedEffectWeeks: grid.plannedEffectWeeks,
    minimumDetectableLift: null,
    warnings: prepared.warnings,
  };
}

function hasEvents(levels: ScopeLevels): boolean {
  return levels.targetPre > 0 && Number.isFinite(levels.targetPost);
}

function canEstimate(input: EvaluateKpiInput, prepared: Prepared): boolean {
  const { grid } = input;
  const isLongEnough = grid.effect.length >= MIN_EFFECT_WEEKS && grid.pre.length >= MIN_PRE_WEEKS;
  return (
    isLongEnough && hasEvents(prepared.levels) && (prepared.control !== null || prepared.baseline !== null)
  );
}

/** Warnings that need the estimate: controls that disagree with the baseline, too little power. */
function checkEstimate(
  input: EvaluateKpiInput,
  result: BootstrapResult,
  decision: VerdictDecision,
): ImpactWarning[] {
  const { kpi, grid, meaningfulLift } = input;
  const warnings: ImpactWarning[] = [];
  if (result.controls && result.baseline && decision.verdict !== 'inconclusive') {
    const second = decideVerdict({
      kpiKey: kpi.key,
      summary: result.baseline,
      direction: kpi.direction,
      meaningfulLift,
    });
    if (second.verdict !== 'inconclusive' && second.verdict !== decision.verdict) {
      const figures = { baselineEffect: Math.expm1(result.baseline.estimate) };
      warnings.push({ code: 'comparisons_disagree', kpiKey: kpi.key, figures });
    }
  }
  if (decision.verdict === 'inconclusive') {
    const standardError = (result.controls ?? result.baseline)?.standardErrorLog ?? 0;
    // The effect-period noise dominates and shrinks with √weeks: weeks for 2.8 SE to reach the meaningful lift.
    const ratio = standardError / (Math.log1p(meaningfulLift) / 2.8);
    const figures = {
      minimumDetectableLift: Math.expm1(2.8 * standardError),
      weeksNeeded: Math.ceil(grid.effect.length * ratio ** 2),
    };
    warnings.push({ code: 'low_power', kpiKey: kpi.key, figures });
  }
  return warnings;
}

/** Weeks from the last pre week to the middle of the effect weeks: how far a pre-period trend is carried. */
function computeWeeksToEffectCenter(grid: WeekGrid): number {
  const lastPre = grid.pre[grid.pre.length - 1];
  const firstEffect = grid.effect[0];
  if (lastPre === undefined || firstEffect === undefined) return 0;
  return daysBetween(lastPre, firstEffect) / 7 - 1 + grid.effect.length / 2;
}

/** Impact of one KPI over the grid's pre and effect weeks. */
export function evaluateKpi(input: EvaluateKpiInput): KpiImpact {
  const { kpi, grid, meaningfulLift } = input;
  const prepared = prepareKpi(input);
  if (!canEstimate(input, prepared)) return describeUnestimated(input, prepared);
  const { target, control, baseline } = prepared;
  const result = bootstrapComparisons({ ...input, target, control, baseline });
  const decisive = (result.controls ?? result.baseline) as BootstrapSummary;
  const decision = decideVerdict({
    kpiKey: kpi.key,
    summary: decisive,
    direction: kpi.direction,
    meaningfulLift,
  });
  const controlWarnings = control
    ? checkControls({
        kpiKey: kpi.key,
        targetPre: target.pre,
        controlPre: control.pre,
        weeksToEffectCenter: computeWeeksToEffectCenter(grid),
        relevantDriftLog: Math.log1p(meaningfulLift) / 2,
      })
    : [];
  return {
    key: kpi.key,
    direction: kpi.direction,
    verdict: decision.verdict,
    reason: decision.reason,
    controls: result.controls ? toComparison('controls', result.controls) : null,
    baseline: result.baseline ? toComparison('baseline', result.baseline) : null,
    levels: prepared.levels,
    preWeeks: grid.pre,
    effectWeeks: grid.effect,
    plannedEffectWeeks: grid.plannedEffectWeeks,
    minimumDetectableLift: Math.expm1(2.8 * decisive.standardErrorLog),
    warnings: [...prepared.warnings, ...controlWarnings, ...checkEstimate(input, result, decision)],
  };
}
