/**
 * How bad a forecast gap is (issue 5): from P(miss) and the median shortfall as a share of the target. High means
 * all but certain to miss by a lot; medium, likely to miss by a noticeable amount; low, more likely than not to
 * miss at all; no severity, on track.
 */
import type { AttainmentForecast } from '../forecast/forecast.ts';
import type { Severity } from '../types.ts';

const GAP_STEPS: ReadonlyArray<{ pMiss: number; shortfall: number; severity: Severity }> = [
  { pMiss: 0.9, shortfall: 0.15, severity: 'high' },
  { pMiss: 0.65, shortfall: 0.05, severity: 'medium' },
  { pMiss: 0.5, shortfall: 0, severity: 'low' },
];

export function rateGapSeverity(
  forecast: Pick<AttainmentForecast, 'target' | 'p50' | 'pMiss'>,
): Severity | null {
  if (forecast.target <= 0) return null;
  const shortfall = (forecast.target - forecast.p50) / forecast.target;
  return (
    GAP_STEPS.find((step) => forecast.pMiss >= step.pMiss && shortfall >= step.shortfall)?.severity ?? null
  );
}
