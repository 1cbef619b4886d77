/**
 * How the mix of coded lost reasons moved in a scope (DESIGN §4 explanation): barrier shares of the deals lost
 * in the alert's window against the year before it. Only losses with a coded barrier count.
 */
import { BARRIER_KEYS, type BarrierKey } from '../aida.ts';
import type { ReasonShift } from '../alerts.ts';
import { addDays, type IsoDate } from '../calendar.ts';
import type { Deal } from '../types.ts';

/** Baseline: the 52 weeks before the window. */
export const REASON_BASELINE_DAYS = 364;

function countShares(deals: readonly Deal[], from: IsoDate, to: IsoDate) {
  const counts = new Map<BarrierKey, number>();
  let total = 0;
  for (const deal of deals) {
    if (deal.outcome !== 'lost' || deal.lostBarrier === null || deal.closedOn === null) continue;
    if (deal.closedOn < from || deal.closedOn > to) continue;
    counts.set(deal.lostBarrier, (counts.get(deal.lostBarrier) ?? 0) + 1);
    total++;
  }
  return { counts, total };
}

/** Shares per barrier now (from..to) and in the year before, biggest rise first; empty without coded losses. */
export function computeReasonShifts(deals: readonly Deal[], from: IsoDate, to: IsoDate): ReasonShift[] {
  const now = countShares(deals, from, to);
  const before = countShares(deals, addDays(from, -REASON_BASELINE_DAYS), addDays(from, -1));
  if (now.total === 0 || before.total === 0) return [];
  return BARRIER_KEYS.map((barrier) => ({
    barrier,
    baselineShare: (before.counts.get(barrier) ?? 0) / before.total,
    currentShare: (now.counts.get(barrier) ?? 0) / now.total,
  }))
    .filter((shift) => shift.baselineShare > 0 || shift.currentShare > 0)
    .sort((a, b) => b.currentShare - b.baselineShare - (a.currentShare - a.baselineShare));
}
