/**
 * One KPI's impact: lay the series on the week grid, bootstrap both comparisons, check the controls and the
 * window, decide the verdict. The controls decide when there are any; the baseline is the second opinion.
 */
import { daysBetween } from '../calendar.ts';
import type { Random } from '../random.ts';
import { type BootstrapResult, bootstrapComparisons } from './bootstrap.ts';
import { checkControls } from './control-checks.ts';
import type { BootstrapSummary, PeriodSeries } from './estimate.ts';
import type { ImpactWarning, KpiImpact, KpiSeriesInput, ScopeLevels } from './types.ts';
import { decideVerdict, toComparison, type VerdictDecision } from './verdict.ts';
import { type AlignedSeries, alignSeries, poolSeries, type WeekGrid } from './weeks.ts';
import { checkWindow, MIN_EFFECT_WEEKS, MIN_PRE_WEEKS } from './window-checks.ts';

export interface EvaluateKpiInput {
  kpi: KpiSeriesInput;
  grid: WeekGrid;
  random: Random;
  replicates: number;
  blockWeeks: number;
  meaningfulLift: number;
}

function computeLevel(series: AlignedSeries): number {
  let value = 0;
  let base = 0;
  for (let i = 0; i < series.values.length; i++) {
    value += series.values[i] ?? 0;
    base += series.bases[i] ?? 0;
  }
  return base > 0 ? value / base : Number.NaN;
}

function alignPeriods(series: KpiSeriesInput['target'], input: EvaluateKpiInput): PeriodSeries {
  const { grid, kpi } = input;
  return { pre: alignSeries(series, grid.pre, kpi.kind), effect: alignSeries(series, grid.effect, kpi.kind) };
}

function poolControls(input: EvaluateKpiInput): PeriodSeries | null {
  const { grid, kpi } = input;
  if (kpi.controls.length === 0) return null;
  const aligned = kpi.controls.map((control) => alignPeriods(control.series, input));
  return {
    pre: poolSeries(
      aligned.map((a) => a.pre),
      grid.pre.length,
    ),
    effect: poolSeries(
      aligned.map((a) => a.effect),
      grid.effect.length,
    ),
  };
}

function computeLevels(target: PeriodSeries, control: PeriodSeries | null): ScopeLevels {
  return {
    targetPre: computeLevel(target.pre),
    targetPost: computeLevel(target.effect),
    controlPre: control ? computeLevel(control.pre) : null,
    controlPost: control ? computeLevel(control.effect) : null,
  };
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

interface Prepared {
  target: PeriodSeries;
  control: PeriodSeries | null;
  baseline: AlignedSeries | null;
  levels: ScopeLevels;
  warnings: ImpactWarning[];
}

function prepare(input: EvaluateKpiInput): Prepared {
  const { kpi, grid } = input;
  const target = alignPeriods(kpi.target, input);
  const control = poolControls(input);
  return {
    target,
    control,
    baseline: kpi.baseline ? alignSeries(kpi.baseline, grid.effect, kpi.kind) : null,
    levels: computeLevels(target, control),
    warnings: checkWindow({ kpiKey: kpi.key, grid, hasControls: control !== null }),
  };
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
  const prepared = prepare(input);
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
