/**
 * How much of the alert's shortfall the campaign closed. The extra KPI units in the effect weeks are the observed
 * total minus the counterfactual total (observed / (1 + lift)); at the interval's ends the same formula gives the
 * range, since it is monotone in the lift. Units are valued with the funnel rates the gap goal used, so the
 * figure assumes the extra units convert like the ones before and close inside the period.
 */
import type { GapEffect, GapLink, KpiImpact, KpiSeriesInput } from './types.ts';
import { alignSeries, type WeekGrid } from './weeks.ts';

export interface ComputeGapEffectInput {
  gap: GapLink;
  kpi: KpiSeriesInput;
  impact: KpiImpact;
  grid: WeekGrid;
}

function extraUnitsAt(observedTotal: number, lift: number): number {
  return observedTotal * (1 - 1 / (1 + lift));
}

/** The share of the shortfall closed; null when the KPI could not be estimated. */
export function computeGapEffect({ gap, kpi, impact, grid }: ComputeGapEffectInput): GapEffect | null {
  const comparison = impact.controls ?? impact.baseline;
  if (!comparison) return null;
  const observed = alignSeries(kpi.target, grid.effect, kpi.kind).values.reduce(
    (sum, value) => sum + value,
    0,
  );
  const units = {
    estimate: extraUnitsAt(observed, comparison.effect),
    low: extraUnitsAt(observed, comparison.interval.low),
    high: extraUnitsAt(observed, comparison.interval.high),
  };
  const scale = (factor: number) => ({
    estimate: units.estimate * factor,
    low: units.low * factor,
    high: units.high * factor,
  });
  const cents = scale(gap.centsPerUnit);
  const required = gap.requiredUnits;
  return {
    kpiKey: gap.kpiKey,
    extraUnits: units,
    extraCents: cents,
    shortfallCents: gap.shortfallCents,
    shareOfGap: gap.shortfallCents > 0 ? scale(gap.centsPerUnit / gap.shortfallCents) : scale(0),
    shareOfGoal: required !== undefined && required > 0 ? scale(1 / required) : null,
  };
}
