/**
 * Close-date slippage: the learned distribution of actual minus expected close (days) of won deals. For an open
 * deal with an expected close date, the time of a win is that date plus a slip drawn from the deals that had
 * not closed by the same point, i.e. the distribution conditioned on closing after asOf.
 */
import type { PipelineIndex } from './pipeline-index.ts';

/** Fewer conditional samples than this and the deal's timing falls back to its stage-and-age curve. */
export const MIN_SLIP_SAMPLES = 10;

export interface SlippageOptions {
  windowDays: number;
  /**
   * Only deals expected to close at least this many days before asOf are used: later ones that slip far have
   * not closed yet, and including the rest would make slips look shorter than they are.
   */
  settleDays: number;
}

/** Slips in days (positive = late), sorted ascending. */
export function learnSlippage(index: PipelineIndex, options: SlippageOptions): Int32Array {
  const slips: number[] = [];
  const windowStart = index.asOfDay - options.windowDays;
  const settledBy = index.asOfDay - options.settleDays;
  for (const item of index.deals) {
    if (item.deal.outcome !== 'won' || item.closedDay === null || item.expectedCloseDay === null) continue;
    if (item.closedDay < windowStart || item.expectedCloseDay > settledBy) continue;
    slips.push(item.closedDay - item.expectedCloseDay);
  }
  return Int32Array.from(slips).sort();
}

/** Index of the first element greater than `value` in a sorted array. */
function findUpperBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface SlipTimingInput {
  slips: Int32Array;
  expectedCloseDay: number;
  asOfDay: number;
  /** The window, in days after asOf: a close on day asOf + k counts when fromDays < k ≤ toDays. */
  fromDays: number;
  toDays: number;
}

/**
 * P(a win closes in the window | the deal wins), or null when too few slips are consistent with the deal still
 * being open (then the caller uses the stage-and-age curve).
 */
export function computeSlipTimingShare(input: SlipTimingInput): number | null {
  const { slips, expectedCloseDay, asOfDay } = input;
  // A slip s puts the close on expectedCloseDay + s, which must be after asOf: s > asOfDay − expectedCloseDay.
  const minSlip = asOfDay - expectedCloseDay;
  const first = findUpperBound(slips, minSlip);
  const available = slips.length - first;
  if (available < MIN_SLIP_SAMPLES) return null;
  if (input.toDays <= input.fromDays) return 0;
  const lower = findUpperBound(slips, Math.max(minSlip, input.fromDays + minSlip));
  const upper = findUpperBound(slips, input.toDays + minSlip);
  return Math.max(0, upper - lower) / available;
}
