/**
 * Cumulative incidence of winning, with losing as the competing outcome and "still open on asOf" as censoring
 * (Aalen–Johansen estimator, the competing-risks form of Kaplan–Meier). curve[d] = P(won within d days). It gives
 * both the probability of ever winning (curve[HORIZON_DAYS]) and the distribution of the time to a win, and it
 * uses recent deals that are still open without biasing toward quick outcomes.
 */

/** Curves run to one year ahead: the longest period a target can have. */
export const HORIZON_DAYS = 365;

/** Event counts per day: index d holds outcomes after exactly d days; HORIZON_DAYS + 1 holds everything later. */
export interface EventHistogram {
  won: Int32Array;
  lost: Int32Array;
  censored: Int32Array;
  total: number;
  /** Distinct deals behind the records: the sample size used for shrinkage. */
  deals: number;
  lastDeal: number;
}

export function createHistogram(): EventHistogram {
  const size = HORIZON_DAYS + 2;
  return {
    won: new Int32Array(size),
    lost: new Int32Array(size),
    censored: new Int32Array(size),
    total: 0,
    deals: 0,
    lastDeal: -1,
  };
}

/** Adds one record; `event` 0 = censored, 1 = won, 2 = lost (as in snapshots.ts). Records of a deal come together. */
export function addToHistogram(
  histogram: EventHistogram,
  dealIndex: number,
  timeDays: number,
  event: number,
) {
  const day = Math.min(Math.max(timeDays, 0), HORIZON_DAYS + 1);
  if (event === 1) histogram.won[day]!++;
  else if (event === 2) histogram.lost[day]!++;
  else histogram.censored[day]!++;
  histogram.total++;
  if (dealIndex !== histogram.lastDeal) {
    histogram.deals++;
    histogram.lastDeal = dealIndex;
  }
}

/**
 * Aalen–Johansen: at each day the records still at risk (not yet closed or censored) close as won or lost;
 * censored records leave after that day's closes. Returns a non-decreasing curve of length HORIZON_DAYS + 1.
 */
export function computeWinIncidence(histogram: EventHistogram): Float64Array {
  const curve = new Float64Array(HORIZON_DAYS + 1);
  let atRisk = histogram.total;
  let survival = 1;
  let cumulative = 0;
  for (let day = 0; day <= HORIZON_DAYS; day++) {
    const won = histogram.won[day]!;
    const closed = won + histogram.lost[day]!;
    if (atRisk > 0 && closed > 0) {
      cumulative += (survival * won) / atRisk;
      survival *= 1 - closed / atRisk;
    }
    curve[day] = cumulative;
    atRisk -= closed + histogram.censored[day]!;
  }
  return curve;
}

/**
 * Empirical-Bayes shrinkage of a thin cell toward its parent: at every horizon the estimate is the beta-binomial
 * posterior mean with the parent's value as prior mean and `priorStrength` pseudo-deals as prior weight,
 * (n·own + κ·parent) / (n + κ). With n = 0 the parent is returned unchanged.
 */
export function shrinkCurve(own: Float64Array, deals: number, parent: Float64Array, priorStrength: number) {
  if (deals <= 0) return parent;
  const weight = deals / (deals + priorStrength);
  const curve = new Float64Array(own.length);
  for (let day = 0; day < own.length; day++) curve[day] = weight * own[day]! + (1 - weight) * parent[day]!;
  return curve;
}

/** Shrinks through a chain of ever more specific histograms, each toward the curve before it. */
export function shrinkThrough(
  histograms: readonly (EventHistogram | undefined)[],
  base: Float64Array,
  priorStrength: number,
): Float64Array {
  let curve = base;
  for (const histogram of histograms) {
    if (histogram) curve = shrinkCurve(computeWinIncidence(histogram), histogram.deals, curve, priorStrength);
  }
  return curve;
}

/** P(close within (from, to] days | won): the timing share of a curve; 0 when the curve never wins. */
export function computeTimingShare(curve: Float64Array, fromDays: number, toDays: number): number {
  const total = curve[HORIZON_DAYS]!;
  if (total <= 0 || toDays < 0) return 0;
  const upper = curve[Math.min(toDays, HORIZON_DAYS)]!;
  const lower = fromDays < 0 ? 0 : curve[Math.min(fromDays, HORIZON_DAYS)]!;
  return Math.max(0, upper - lower) / total;
}
