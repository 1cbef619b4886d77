/**
 * How the mix of coded lost reasons moved in a scope (DESIGN §4 explanation): barrier shares of the deals lost
 * in the alert's window against the year before it. Only losses with a coded barrier count.
 */
import { BARRIER_KEYS } from '../aida.ts';
import type { ReasonShift } from '../alerts.ts';
import type { BarrierCounts } from './scope-closings.ts';

/** Baseline: the 52 weeks before the window. */
export const REASON_BASELINE_DAYS = 364;

/** Shares per barrier now and in the year before, biggest rise first; empty without coded losses in either. */
export function compareReasonShares(now: BarrierCounts, before: BarrierCounts): ReasonShift[] {
  if (now.total === 0 || before.total === 0) return [];
  return BARRIER_KEYS.map((barrier, i) => ({
    barrier,
    baselineShare: before.counts[i]! / before.total,
    currentShare: now.counts[i]! / now.total,
  }))
    .filter((shift) => shift.baselineShare > 0 || shift.currentShare > 0)
    .sort((a, b) => b.currentShare - b.baselineShare - (a.currentShare - a.baselineShare));
}
