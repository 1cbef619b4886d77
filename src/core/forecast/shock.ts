/**
 * The period-level shock: one common random factor per simulated period that moves every open deal's odds of
 * winning and the rate of new deals together. Deals in one quarter are not independent (the economy, a
 * competitor's launch, the team's focus), and without such a factor the intervals come out far too narrow.
 * Its size is estimated from how much whole periods differed in the workspace's own history, beyond what
 * chance alone (binomial / Poisson) explains: method-of-moments random-effects estimates — for win odds from
 * past snapshots against the win curves (dispersion.ts), for new deals from year-over-year quarterly counts.
 */
import { addDays, type FiscalCalendar, listPeriods, periodOf, toEpochDay } from '../calendar.ts';
import { estimateWinDispersion } from './dispersion.ts';
import type { PipelineIndex } from './pipeline-index.ts';
import type { QuarterPhaseLookup } from './quarter-phase.ts';
import type { SnapshotRecords } from './snapshots.ts';

export interface PeriodShock {
  /** SD of the common log-odds shift of win probabilities. */
  sigmaWin: number;
  /** SD of the common log shift of the new-deal rate. */
  sigmaCreation: number;
  /** Past snapshot days the win estimate rests on (0 = default). */
  snapshotsWin: number;
  /** Year-over-year quarter pairs the creation estimate rests on (0 = default). */
  quartersCreation: number;
}

/** Used when history is too short to estimate. */
export const DEFAULT_SHOCK = { sigmaWin: 0.3, sigmaCreation: 0.2 } as const;
/** Floors: a short history can show no excess variation by chance, which would not make it zero. */
const MIN_SIGMA_WIN = 0.15;
const MIN_SIGMA_CREATION = 0.1;
const MAX_SIGMA = 1;
const MIN_QUARTERS = 4;
const LOOKBACK_QUARTERS = 8;

interface QuarterCounts {
  created: number;
}

function countQuarters(index: PipelineIndex, calendar: FiscalCalendar): QuarterCounts[] {
  const current = periodOf(index.asOf, 'quarter', calendar);
  const lookbackStart = addDays(current.start, -92 * (LOOKBACK_QUARTERS + 4));
  const periods = listPeriods('quarter', lookbackStart, current.start, calendar)
    .filter((period) => period.end < current.start && toEpochDay(period.start) >= index.firstDay)
    .slice(-(LOOKBACK_QUARTERS + 4));
  return periods.map((period) => {
    const start = toEpochDay(period.start);
    const end = toEpochDay(period.end);
    let created = 0;
    for (const item of index.deals) if (item.createdDay >= start && item.createdDay <= end) created++;
    return { created };
  });
}

function computeVariance(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Year-over-year log ratios of quarterly new-deal counts: each ratio carries two quarters' shocks, so the excess
 * variance over Poisson noise is halved.
 */
function estimateSigmaCreation(quarters: readonly QuarterCounts[]): { sigma: number; quarters: number } {
  const ratios: number[] = [];
  const sampling: number[] = [];
  for (let i = 4; i < quarters.length; i++) {
    const now = quarters[i]!.created;
    const before = quarters[i - 4]!.created;
    if (now < 10 || before < 10) continue;
    ratios.push(Math.log(now / before));
    sampling.push(1 / now + 1 / before);
  }
  if (ratios.length < MIN_QUARTERS - 1) return { sigma: DEFAULT_SHOCK.sigmaCreation, quarters: 0 };
  const meanSampling = sampling.reduce((sum, value) => sum + value, 0) / sampling.length;
  const excess = (computeVariance(ratios) - meanSampling) / 2;
  return {
    sigma: clamp(Math.sqrt(Math.max(0, excess)), MIN_SIGMA_CREATION, MAX_SIGMA),
    quarters: ratios.length,
  };
}

export interface PeriodShockInput {
  index: PipelineIndex;
  calendar: FiscalCalendar;
  records: SnapshotRecords;
  phase: QuarterPhaseLookup;
  priorStrength: number;
}

/** Estimates both shock sizes from the history before asOf. */
export function estimatePeriodShock({
  index,
  calendar,
  records,
  phase,
  priorStrength,
}: PeriodShockInput): PeriodShock {
  const win = estimateWinDispersion({ records, phase, asOfDay: index.asOfDay, priorStrength });
  const creation = estimateSigmaCreation(countQuarters(index, calendar));
  return {
    sigmaWin: win.sigma === null ? DEFAULT_SHOCK.sigmaWin : clamp(win.sigma, MIN_SIGMA_WIN, MAX_SIGMA),
    sigmaCreation: creation.sigma,
    snapshotsWin: win.sigma === null ? 0 : win.snapshots,
    quartersCreation: creation.quarters,
  };
}
