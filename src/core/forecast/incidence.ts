/**
 * Cumulative incidence of winning, with losing as the competing outcome and "still open on asOf" as censoring
 * (Aalen–Johansen estimator, the competing-risks form of Kaplan–Meier). curve[d] = P(won within d days). It gives
 * both the probability of ever winning (curve[HORIZON_DAYS]) and the distribution of the time to a win, and it
 * uses recent deals that are still open without biasing toward quick outcomes.
 */

/** Curves run to one year ahead: the longest period a target can have. */
export const HORIZON_DAYS = 365;

const SIZE = HORIZON_DAYS + 2;
/** A cell keeps its records as a list until it holds this many, then switches to per-day counts. */
const DENSE_AFTER = 256;

/**
 * Outcomes by day: after exactly d days (HORIZON_DAYS + 1 = later). Small cells keep a list of codes
 * (day · 4 + event) and large ones per-day counts, so thousands of thin cells cost little memory.
 */
export interface EventHistogram {
  codes: number[] | null;
  /** won, lost and censored counts per day, interleaved: index 3·day + event. */
  counts: Int32Array | null;
  total: number;
  /** Distinct deals behind the records: the sample size used for shrinkage. */
  deals: number;
  lastDeal: number;
}

export function createHistogram(): EventHistogram {
  return { codes: [], counts: null, total: 0, deals: 0, lastDeal: -1 };
}

function toDense(histogram: EventHistogram): Int32Array {
  const counts = new Int32Array(3 * SIZE);
  for (const code of histogram.codes ?? []) counts[3 * (code >> 2) + (code & 3)]!++;
  histogram.codes = null;
  histogram.counts = counts;
  return counts;
}

/** Adds one record; `event` 0 = censored, 1 = won, 2 = lost (as in snapshots.ts). Records of a deal come together. */
export function addToHistogram(
  histogram: EventHistogram,
  dealIndex: number,
  timeDays: number,
  event: number,
) {
  const day = Math.min(Math.max(timeDays, 0), HORIZON_DAYS + 1);
  if (histogram.codes) {
    histogram.codes.push(day * 4 + event);
    if (histogram.codes.length > DENSE_AFTER) toDense(histogram);
  } else if (histogram.counts) {
    histogram.counts[3 * day + event]!++;
  }
  histogram.total++;
  if (dealIndex !== histogram.lastDeal) {
    histogram.deals++;
    histogram.lastDeal = dealIndex;
  }
}

/** Shared scratch counts for list-held cells; reset after each use. */
const scratch = new Int32Array(3 * SIZE);

/**
 * Aalen–Johansen: at each day the records still at risk (not yet closed or censored) close as won or lost;
 * censored records leave after that day's closes. Writes the curve to `curve` (when given) up to lastDay and
 * returns P(won within lastDay days).
 */
function runIncidence(histogram: EventHistogram, lastDay: number, curve: Float64Array | null): number {
  let counts = histogram.counts;
  if (!counts) {
    for (const code of histogram.codes ?? []) scratch[3 * (code >> 2) + (code & 3)]!++;
    counts = scratch;
  }
  let atRisk = histogram.total;
  let survival = 1;
  let cumulative = 0;
  for (let day = 0; day <= lastDay; day++) {
    const won = counts[3 * day + 1]!;
    const closed = won + counts[3 * day + 2]!;
    if (atRisk > 0 && closed > 0) {
      cumulative += (survival * won) / atRisk;
      survival *= 1 - closed / atRisk;
    }
    if (curve) curve[day] = cumulative;
    atRisk -= closed + counts[3 * day]!;
  }
  if (counts === scratch) for (const code of histogram.codes ?? []) scratch[3 * (code >> 2) + (code & 3)] = 0;
  return cumulative;
}

/** The cumulative incidence curve: curve[d] = P(won within d days), non-decreasing, d = 0 … lastDay. */
export function computeWinIncidence(histogram: EventHistogram, lastDay = HORIZON_DAYS): Float64Array {
  const curve = new Float64Array(lastDay + 1);
  runIncidence(histogram, lastDay, curve);
  return curve;
}

/**
 * Like shrinkThrough, for one horizon only (shrinkage acts day by day, so the chain can be followed on the
 * values at that day): cheap enough to evaluate for every cell and phase.
 */
export function shrinkThroughAt(
  histograms: readonly (EventHistogram | undefined)[],
  base: number,
  priorStrength: number,
  day: number,
): number {
  let value = base;
  for (const histogram of histograms) {
    if (!histogram || histogram.deals <= 0) continue;
    const own = runIncidence(histogram, day, null);
    value = (histogram.deals * own + priorStrength * value) / (histogram.deals + priorStrength);
  }
  return value;
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
  const used = histograms.filter(
    (histogram): histogram is EventHistogram => histogram !== undefined && histogram.deals > 0,
  );
  if (used.length === 0) return base;
  const curve = Float64Array.from(base);
  for (const histogram of used) {
    runIncidence(histogram, HORIZON_DAYS, ownCurve);
    const weight = histogram.deals / (histogram.deals + priorStrength);
    for (let day = 0; day <= HORIZON_DAYS; day++)
      curve[day] = weight * ownCurve[day]! + (1 - weight) * curve[day]!;
  }
  return curve;
}

/** Scratch for shrinkThrough. */
const ownCurve = new Float64Array(HORIZON_DAYS + 1);

/** P(close within (from, to] days | won): the timing share of a curve; 0 when the curve never wins. */
export function computeTimingShare(curve: Float64Array, fromDays: number, toDays: number): number {
  const total = curve[HORIZON_DAYS]!;
  if (total <= 0 || toDays < 0) return 0;
  const upper = curve[Math.min(toDays, HORIZON_DAYS)]!;
  const lower = fromDays < 0 ? 0 : curve[Math.min(fromDays, HORIZON_DAYS)]!;
  return Math.max(0, upper - lower) / total;
}
