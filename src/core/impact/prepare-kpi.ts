/**
 * A KPI laid onto the week grid: the target, the controls pooled week by week (summing values and bases, so
 * larger siblings weigh more), the baseline over the effect weeks, and the levels shown beside the estimate.
 */
import type { PeriodSeries } from './estimate.ts';
import type { ImpactWarning, KpiSeriesInput, ScopeLevels } from './types.ts';
import { type AlignedSeries, alignSeries, poolSeries, type WeekGrid } from './weeks.ts';
import { checkWindow } from './window-checks.ts';

export interface PrepareKpiInput {
  kpi: KpiSeriesInput;
  grid: WeekGrid;
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

function alignPeriods(series: KpiSeriesInput['target'], input: PrepareKpiInput): PeriodSeries {
  const { grid, kpi } = input;
  return { pre: alignSeries(series, grid.pre, kpi.kind), effect: alignSeries(series, grid.effect, kpi.kind) };
}

function poolControls(input: PrepareKpiInput): PeriodSeries | null {
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

export interface Prepared {
  target: PeriodSeries;
  control: PeriodSeries | null;
  baseline: AlignedSeries | null;
  levels: ScopeLevels;
  warnings: ImpactWarning[];
}

/** The target, pooled controls and baseline on the grid, their levels, and the window warnings. */
export function prepareKpi(input: PrepareKpiInput): Prepared {
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
