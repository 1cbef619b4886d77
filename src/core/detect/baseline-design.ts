/**
 * The baseline's design: log-level (or logit, or mean log) = intercept + trend + annual seasonality (two
 * Fourier harmonics) + quarter shape (the first and the last two weeks of the fiscal quarter, where B2B
 * volumes dip and spike). Terms enter only when the history is long enough to tell them apart.
 */
import { addDays, daysBetween, type FiscalCalendar, type IsoDate, periodOf } from '../calendar.ts';
import { toWeekNumber } from './series.ts';

/** Week-level features that do not depend on the fit: computed once per series (or per simulation grid). */
export interface WeekFeatures {
  weekNumbers: Int32Array;
  /** cos/sin of one and two cycles per year, four values per week. */
  annual: Float64Array;
  isQuarterStart: Uint8Array;
  isQuarterEnd: Uint8Array;
}

export interface BaselineTerms {
  hasTrend: boolean;
  hasAnnual: boolean;
  hasQuarterShape: boolean;
}

/** Below these history lengths a term is confounded with noise or with another term (weeks). */
export const MIN_WEEKS_FOR_TREND = 52;
export const MIN_WEEKS_FOR_ANNUAL = 52;
export const MIN_WEEKS_FOR_QUARTER_SHAPE = 26;

/**
 * Ridge prior standard deviations on the log (or logit) scale. Seasonal terms are weak priors. The trend's
 * prior (10 % a year) matters more: an unshrunk slope from two years of weekly data, extrapolated half a year,
 * is the largest error in the baseline; leading indicators rarely drift by more than ±10–20 % a year, and
 * strong trends in high-volume series still come through. In the benchmark, 5 %/yr shortened delays by ~15 %
 * against 15 %/yr; 10 % is the compromise that does not fit the synthetic trends (±8 %/yr).
 */
const PRIOR_SD = { trendPerYear: 0.1, annual: 0.25, quarter: 0.25 };

const DAYS_PER_YEAR = 365.2425;
const EDGE_DAYS = 14;

export function computeWeekFeatures(weekStarts: readonly IsoDate[], calendar: FiscalCalendar): WeekFeatures {
  const count = weekStarts.length;
  const features: WeekFeatures = {
    weekNumbers: new Int32Array(count),
    annual: new Float64Array(count * 4),
    isQuarterStart: new Uint8Array(count),
    isQuarterEnd: new Uint8Array(count),
  };
  weekStarts.forEach((weekStart, i) => {
    // The Thursday places the week in its year and quarter, as ISO 8601 does.
    const thursday = addDays(weekStart, 3);
    features.weekNumbers[i] = toWeekNumber(weekStart);
    const phase = (2 * Math.PI * daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday)) / DAYS_PER_YEAR;
    features.annual.set([Math.cos(phase), Math.sin(phase), Math.cos(2 * phase), Math.sin(2 * phase)], i * 4);
    const quarter = periodOf(thursday, 'quarter', calendar);
    features.isQuarterStart[i] = daysBetween(quarter.start, thursday) < EDGE_DAYS ? 1 : 0;
    features.isQuarterEnd[i] = daysBetween(thursday, quarter.end) < EDGE_DAYS ? 1 : 0;
  });
  return features;
}

export function chooseTerms(historyWeeks: number): BaselineTerms {
  return {
    hasTrend: historyWeeks >= MIN_WEEKS_FOR_TREND,
    hasAnnual: historyWeeks >= MIN_WEEKS_FOR_ANNUAL,
    hasQuarterShape: historyWeeks >= MIN_WEEKS_FOR_QUARTER_SHAPE,
  };
}

export function countCoefficients(terms: BaselineTerms): number {
  return 1 + (terms.hasTrend ? 1 : 0) + (terms.hasAnnual ? 4 : 0) + (terms.hasQuarterShape ? 2 : 0);
}

/** Prior precision per coefficient, in the order of `buildDesignRow`. The intercept is free. */
export function listPriorPrecisions(terms: BaselineTerms): number[] {
  const precisions = [0];
  if (terms.hasTrend) precisions.push(1 / PRIOR_SD.trendPerYear ** 2);
  if (terms.hasAnnual) precisions.push(...new Array<number>(4).fill(1 / PRIOR_SD.annual ** 2));
  if (terms.hasQuarterShape) precisions.push(1 / PRIOR_SD.quarter ** 2, 1 / PRIOR_SD.quarter ** 2);
  return precisions;
}

export interface DesignContext {
  features: WeekFeatures;
  terms: BaselineTerms;
  /** The trend is in years from this week number (the week after the history ends). */
  originWeek: number;
}

/** One row of the design for week index `i`; the intercept is the level where the history stops. */
export function buildDesignRow(context: DesignContext, i: number): Float64Array {
  const { features, terms } = context;
  const row = new Float64Array(countCoefficients(terms));
  let j = 0;
  row[j++] = 1;
  if (terms.hasTrend) row[j++] = (features.weekNumbers[i]! - context.originWeek) / 52;
  if (terms.hasAnnual) for (let k = 0; k < 4; k++) row[j++] = features.annual[i * 4 + k]!;
  if (terms.hasQuarterShape) {
    row[j++] = features.isQuarterStart[i]!;
    row[j++] = features.isQuarterEnd[i]!;
  }
  return row;
}
