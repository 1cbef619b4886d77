/**
 * New business: deals not yet created on asOf that will be created and won inside the period. Expected count =
 * seasonal creation rate (the same weeks one and two years back, scaled by growth over the last 13 weeks) ×
 * the historical probability that a deal created on a given day is won by the period's end (creation curve).
 */
import { HORIZON_DAYS } from './incidence.ts';
import type { IndexedDeal } from './pipeline-index.ts';

/** 52 weeks, so last year's window covers the same weekdays. */
const YEAR_DAYS = 364;
const RECENT_DAYS = 91;
/** Growth ratios are shrunk toward 1 with this many pseudo-deals on each side. */
const GROWTH_PSEUDO_DEALS = 5;
/** A past year's window with fewer deals than this is not used for seasonality (e.g. a new product). */
const MIN_SEASONAL_DEALS = 10;

export interface NewBusinessInput {
  /** The scope's deals (after the as-of cut). */
  deals: readonly IndexedDeal[];
  /** P(won within d days of creation), by the day of creation (curves differ by week of the quarter). */
  findCreationCurve: (createdDay: number) => Float64Array;
  asOfDay: number;
  /** First day with data in the workspace (seasonal years must lie after it). */
  firstDay: number;
  periodStartDay: number;
  periodEndDay: number;
}

export interface NewBusinessEstimate {
  /** Expected deals created after asOf and before the period ends. */
  expectedCreated: number;
  /** Expected deals among them won inside the period. */
  expectedWins: number;
  /**
   * Variance of log(expectedWins) from estimating it out of Poisson counts (last year's window, the growth
   * ratio's two windows): the estimate's own error, on top of the period's real shocks.
   */
  logVariance: number;
  method: 'seasonal' | 'recent_rate' | 'none';
}

const NONE: NewBusinessEstimate = { expectedCreated: 0, expectedWins: 0, logVariance: 0, method: 'none' };

/** P(won with a close inside [periodStart, periodEnd] | created on `createdDay`). */
function computeCloseShare(createdDay: number, input: NewBusinessInput): number {
  const curve = input.findCreationCurve(createdDay);
  const upper = input.periodEndDay - createdDay;
  if (upper < 0) return 0;
  const lower = Math.max(input.periodStartDay, createdDay) - createdDay;
  const won = curve[Math.min(upper, HORIZON_DAYS)]!;
  return lower > 0 ? won - curve[Math.min(lower - 1, HORIZON_DAYS)]! : won;
}

function countCreated(deals: readonly IndexedDeal[], fromExclusive: number, toInclusive: number): number {
  let count = 0;
  for (const item of deals) if (item.createdDay > fromExclusive && item.createdDay <= toInclusive) count++;
  return count;
}

function estimateFromYear(input: NewBusinessInput, shiftDays: number): NewBusinessEstimate | null {
  const { deals, asOfDay } = input;
  if (input.firstDay > asOfDay - RECENT_DAYS - shiftDays) return null;
  const base = countCreated(deals, asOfDay - RECENT_DAYS - shiftDays, asOfDay - shiftDays);
  if (base < MIN_SEASONAL_DEALS) return null;
  const recent = countCreated(deals, asOfDay - RECENT_DAYS, asOfDay);
  const growth = (recent + GROWTH_PSEUDO_DEALS) / (base + GROWTH_PSEUDO_DEALS);
  let created = 0;
  let wins = 0;
  for (const item of deals) {
    if (item.createdDay <= asOfDay - shiftDays || item.createdDay > input.periodEndDay - shiftDays) continue;
    created++;
    wins += computeCloseShare(item.createdDay + shiftDays, input);
  }
  const logVariance =
    1 / (recent + GROWTH_PSEUDO_DEALS) + 1 / (base + GROWTH_PSEUDO_DEALS) + 1 / Math.max(1, created);
  return { expectedCreated: growth * created, expectedWins: growth * wins, logVariance, method: 'seasonal' };
}

function estimateFromRecentRate(input: NewBusinessInput): NewBusinessEstimate {
  const { asOfDay } = input;
  const days = Math.min(RECENT_DAYS, asOfDay - input.firstDay + 1);
  if (days <= 0) return NONE;
  const recent = countCreated(input.deals, asOfDay - days, asOfDay);
  const ratePerDay = recent / days;
  let shareSum = 0;
  for (let day = asOfDay + 1; day <= input.periodEndDay; day++) {
    shareSum += computeCloseShare(day, input);
  }
  const remaining = Math.max(0, input.periodEndDay - asOfDay);
  return {
    expectedCreated: ratePerDay * remaining,
    expectedWins: ratePerDay * shareSum,
    logVariance: 1 / Math.max(1, recent),
    method: 'recent_rate',
  };
}

/** Seasonal estimate averaged over the last two years where both have data; otherwise the recent daily rate. */
export function estimateNewBusiness(input: NewBusinessInput): NewBusinessEstimate {
  if (input.periodEndDay <= input.asOfDay) return NONE;
  const years = [1, 2]
    .map((years) => estimateFromYear(input, years * YEAR_DAYS))
    .filter((estimate) => estimate !== null);
  if (years.length === 0) return estimateFromRecentRate(input);
  return {
    expectedCreated: years.reduce((sum, year) => sum + year.expectedCreated, 0) / years.length,
    expectedWins: years.reduce((sum, year) => sum + year.expectedWins, 0) / years.length,
    // Averaging years shrinks the variance (treated as independent, though they share the recent window).
    logVariance: years.reduce((sum, year) => sum + year.logVariance, 0) / years.length ** 2,
    method: 'seasonal',
  };
}

export interface NewBusinessValueInput {
  deals: readonly IndexedDeal[];
  asOfDay: number;
  windowDays: number;
  /** Days a new deal has to be won in (from the later of asOf and the period start to the period end). */
  maxCycleDays: number;
  measureOf: (item: IndexedDeal) => number;
}

/** At least this many values are drawn from, taking the fastest wins when too few are fast enough. */
export const MIN_VALUE_SAMPLES = 20;

/**
 * Measure values of recent won deals, to draw the size of each new win from: the deals won within maxCycleDays
 * of creation, or at least the MIN_VALUE_SAMPLES fastest. New business is made of quick wins, and quick wins
 * tend to be the smaller, simpler deals; drawing from all wins would overstate it.
 */
export function listNewBusinessValues(input: NewBusinessValueInput): number[] {
  const windowStart = input.asOfDay - input.windowDays;
  const won = input.deals
    .filter((item) => item.deal.outcome === 'won' && item.closedDay !== null && item.closedDay >= windowStart)
    .map((item) => ({ cycle: (item.closedDay ?? 0) - item.createdDay, value: input.measureOf(item) }))
    .sort((a, b) => a.cycle - b.cycle);
  const fast = won.filter((win, i) => win.cycle <= input.maxCycleDays || i < MIN_VALUE_SAMPLES);
  return fast.map((win) => win.value);
}
