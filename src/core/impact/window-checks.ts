/**
 * Is the window long enough to say anything? Below the minimums the verdict is `inconclusive` whatever the
 * numbers; between the minimums and the comfortable lengths the verdict stands with a warning.
 */
import type { ImpactWarning } from './types.ts';
import type { WeekGrid } from './weeks.ts';

/** A block bootstrap over fewer effect weeks has too few distinct resamples to give an interval. */
export const MIN_EFFECT_WEEKS = 4;
/** Fewer pre weeks give no stable level to compare with. */
export const MIN_PRE_WEEKS = 8;
/** At 10–20 events a week, fewer effect weeks can only detect lifts far beyond what campaigns achieve. */
const COMFORTABLE_EFFECT_WEEKS = 8;
/** Half a year of pre-period, so the controls' seasonal swing can be compared with the target's. */
const COMFORTABLE_PRE_WEEKS = 26;

export interface WindowCheckInput {
  kpiKey: string;
  grid: WeekGrid;
  hasControls: boolean;
}

/** Warnings about the length of the window and the lack of controls. */
export function checkWindow({ kpiKey, grid, hasControls }: WindowCheckInput): ImpactWarning[] {
  const warnings: ImpactWarning[] = [];
  const observed = grid.effect.length;
  if (observed < COMFORTABLE_EFFECT_WEEKS) {
    warnings.push({
      code: 'window_short',
      kpiKey,
      figures: {
        weeks: observed,
        minimumWeeks: MIN_EFFECT_WEEKS,
        comfortableWeeks: COMFORTABLE_EFFECT_WEEKS,
      },
    });
  }
  if (observed < grid.plannedEffectWeeks) {
    warnings.push({
      code: 'window_incomplete',
      kpiKey,
      figures: { weeks: observed, plannedWeeks: grid.plannedEffectWeeks },
    });
  }
  if (grid.pre.length < COMFORTABLE_PRE_WEEKS) {
    warnings.push({
      code: 'pre_period_short',
      kpiKey,
      figures: { weeks: grid.pre.length, comfortableWeeks: COMFORTABLE_PRE_WEEKS },
    });
  }
  if (!hasControls) warnings.push({ code: 'no_controls', kpiKey, figures: {} });
  return warnings;
}
