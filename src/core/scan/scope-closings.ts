/**
 * A scope's deals ordered by close day, built once per scope. An alert's window reads only the deals still open
 * or closed within it, and its lost-reason shift only the coded losses of its two periods: binary searches
 * instead of a pass over every deal of the scope, which for the whole workspace is every deal there is, and a
 * large scan explains hundreds of windows.
 */
import { BARRIER_KEYS } from '../aida.ts';
import { type DealColumns, NO_BARRIER } from './deal-columns.ts';

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

/** Sort keys pack day · RANKS + rank into one exact double (below 2^53 for every day up to NO_DAY). */
const RANKS = 2 ** 28;

/** The ranks (positions in `items`) in ascending order of `dayOf(item)`, ties by rank, and their days. */
function sortByDay(items: Int32Array, dayOf: (item: number) => number) {
  const keys = new Float64Array(items.length);
  items.forEach((item, rank) => {
    keys[rank] = dayOf(item) * RANKS + rank;
  });
  keys.sort();
  const ranks = new Int32Array(keys.length);
  const days = new Int32Array(keys.length);
  keys.forEach((key, i) => {
    const day = Math.floor(key / RANKS);
    days[i] = day;
    ranks[i] = key - day * RANKS;
  });
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
  if (dealIndexes.length >= RANKS) throw new Error(`A scope of ${dealIndexes.length} deals is too large`);
  const byClose = sortByDay(dealIndexes, (i) => columns.closeDay[i]!);
  const losses = dealIndexes.filter((i) => columns.lossBarrier[i] !== NO_BARRIER);
  const byLoss = sortByDay(losses, (i) => columns.closeDay[i]!);
  const barrierOf = Uint8Array.from(byLoss.ranks, (rank) => columns.lossBarrier[losses[rank]!]!);
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
