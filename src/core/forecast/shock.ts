/**
 * The period-level shock: one common random factor per simulated period that moves every open deal's odds of
 * winning and the rate of new deals together. Deals in one quarter are not independent (the economy, a
 * competitor's launch, the team's focus), and without such a factor the intervals come out far too narrow.
 * Its size is estimated from how much whole quarters differed in the workspace's own history, beyond what
 * chance alone (binomial / Poisson) explains: a method-of-moments random-effects estimate.
 */
import { addDays, type FiscalCalendar, listPeriods, periodOf, toEpochDay } from '../calendar.ts';
import type { PipelineIndex } from './pipeline-index.ts';

export interface PeriodShock {
  /** SD of the common log-odds shift of win probabilities. */
  sigmaWin: number;
  /** SD of the common log shift of the new-deal rate. */
  sigmaCreation: number;
  /** Quarters the estimates rest on (0 = defaults). */
  quartersWin: number;
  quartersCreation: number;
}

/** Used when history has fewer than MIN_QUARTERS usable quarters. */
export const DEFAULT_SHOCK = { sigmaWin: 0.3, sigmaCreation: 0.2 } as const;
/** Floors: a handful of quarters can show no excess variation by chance, which would not make it zero. */
const MIN_SIGMA_WIN = 0.15;
const MIN_SIGMA_CREATION = 0.1;
const MAX_SIGMA = 1;
const MIN_QUARTERS = 4;
const LOOKBACK_QUARTERS = 8;

interface QuarterCounts {
  won: number;
  lost: number;
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
    const counts: QuarterCounts = { won: 0, lost: 0, created: 0 };
    for (const item of index.deals) {
      if (item.createdDay >= start && item.createdDay <= end) counts.created++;
      if (item.closedDay === null || item.closedDay < start || item.closedDay > end) continue;
      if (item.deal.outcome === 'won') counts.won++;
      else counts.lost++;
    }
    return counts;
  });
}

function computeVariance(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Between-quarter variance of the logit win rate minus its binomial sampling variance. */
function estimateSigmaWin(quarters: readonly QuarterCounts[]): { sigma: number; quarters: number } {
  const usable = quarters.slice(-LOOKBACK_QUARTERS).filter((quarter) => quarter.won + quarter.lost >= 10);
  if (usable.length < MIN_QUARTERS) return { sigma: DEFAULT_SHOCK.sigmaWin, quarters: 0 };
  const logits = usable.map((q) => Math.log((q.won + 0.5) / (q.lost + 0.5)));
  const sampling = usable.map((q) => 1 / (q.won + 0.5) + 1 / (q.lost + 0.5));
  const excess = computeVariance(logits) - sampling.reduce((sum, value) => sum + value, 0) / usable.length;
  return { sigma: clamp(Math.sqrt(Math.max(0, excess)), MIN_SIGMA_WIN, MAX_SIGMA), quarters: usable.length };
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

/** Estimates the shock sizes from the complete fiscal quarters before asOf. */
export function estimatePeriodShock(index: PipelineIndex, calendar: FiscalCalendar): PeriodShock {
  const quarters = countQuarters(index, calendar);
  const win = estimateSigmaWin(quarters);
  const creation = estimateSigmaCreation(quarters);
  return {
    sigmaWin: win.sigma,
    sigmaCreation: creation.sigma,
    quartersWin: win.quarters,
    quartersCreation: creation.quarters,
  };
}
