/**
 * A scope's deals ordered by close day, built once per scope. An alert's window reads only the deals still open
 * or closed within it, and its lost-reason shift only the coded losses of its two periods: binary searches
 * instead of a pass over every deal of the scope, which for the whole workspace is every deal there is, and a
 * large scan explains hundreds of windows.
 */
import { BARRIER_KEYS } from '../aida.ts';
import { type DealColumns, NO_BARRIER, NO_DAY } from './deal-columns.ts';

/** Coded losses per barrier (BARRIER_KEYS order) and in all. */
export interface BarrierCounts {
  counts: Int32Array;
  total: number;
}

export interface ScopeClosings {
  /** Positions of the deals still open on asOf or closed on or after `fromDay`, in the scope's order. */
  listDealsClosingFrom(fromDay: number): Int32Array;
  /** Losses with a coded barrier closed from `fromDay` to `toDay`, both included. */
  countLosses(fromDay: number, toDay: number): BarrierCounts;
}

/**
 * The ranks (positions in `items`) in ascending order of `dayOf(item)`, ties by rank, and their days: a counting
 * sort, linear in the items and the span of days (a few thousand for real data), where a comparison sort of the
 * whole workspace's deals per explained scope was most of the explanations' time.
 */
function sortByDay(items: Int32Array, dayOf: Int32Array) {
  // Plain loops over typed arrays: TypedArray.from with a map function goes through the iterator protocol.
  const itemDays = new Int32Array(items.length);
  for (let rank = 0; rank < items.length; rank++) itemDays[rank] = dayOf[items[rank]!]!;
  // Open deals (NO_DAY) get one bucket after the latest real day, so the span stays that of real dates.
  let first = NO_DAY;
  let last = NO_DAY;
  for (const day of itemDays) {
    if (day === NO_DAY) continue;
    if (first === NO_DAY || day < first) first = day;
    if (last === NO_DAY || day > last) last = day;
  }
  if (first === NO_DAY) first = last = 0;
  // A stray date (year 1 or 9999) would make the buckets span millions of days: sort by comparison then.
  if (last - first > 4 * items.length + 10_000) return sortByComparison(itemDays);
  const bucketOf = (day: number) => (day === NO_DAY ? last + 1 - first : day - first);
  const starts = new Int32Array(last - first + 3);
  for (const day of itemDays) starts[bucketOf(day) + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const ranks = new Int32Array(items.length);
  const days = new Int32Array(items.length);
  for (let rank = 0; rank < items.length; rank++) {
    const day = itemDays[rank]!;
    const at = starts[bucketOf(day)]!++;
    ranks[at] = rank;
    days[at] = day;
  }
  return { ranks, days };
}

/** The same order as sortByDay's (open deals last, ties by rank), by comparison. */
function sortByComparison(itemDays: Int32Array) {
  const sortKey = (day: number) => (day === NO_DAY ? Number.POSITIVE_INFINITY : day);
  const order = Array.from({ length: itemDays.length }, (_, rank) => rank);
  order.sort((a, b) => sortKey(itemDays[a]!) - sortKey(itemDays[b]!) || a - b);
  const ranks = Int32Array.from(order);
  const days = new Int32Array(order.length);
  for (let at = 0; at < order.length; at++) days[at] = itemDays[order[at]!]!;
  return { ranks, days };
}

/** The first index whose day is ≥ `day`. */
function findFirstFrom(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `dealIndexes`: the scope's deals as positions in `columns`, in the scope's order. */
export function indexScopeClosings(columns: DealColumns, dealIndexes: Int32Array): ScopeClosings {
  const byClose = sortByDay(dealIndexes, columns.closeDay);
  const losses = dealIndexes.filter((i) => columns.lossBarrier[i] !== NO_BARRIER);
  const byLoss = sortByDay(losses, columns.closeDay);
  const barrierOf = new Uint8Array(losses.length);
  for (let i = 0; i < losses.length; i++) barrierOf[i] = columns.lossBarrier[losses[byLoss.ranks[i]!]!]!;
  return {
    listDealsClosingFrom(fromDay) {
      // Sorted by rank: the scope's order, which the waterfall's floating-point sums follow.
      const ranks = byClose.ranks.slice(findFirstFrom(byClose.days, fromDay)).sort();
      return ranks.map((rank) => dealIndexes[rank]!);
    },
    countLosses(fromDay, toDay) {
      const counts = new Int32Array(BARRIER_KEYS.length);
      const start = findFirstFrom(byLoss.days, fromDay);
      const end = findFirstFrom(byLoss.days, toDay + 1);
      for (let i = start; i < end; i++) counts[barrierOf[i]!]!++;
      return { counts, total: end - start };
    },
  };
}
