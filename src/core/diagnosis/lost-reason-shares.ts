/**
 * Shares of coded lost reasons per barrier: in the scope now, in its baseline period and in its sibling scopes
 * now, with Wilson intervals, and the changes now − baseline and here − siblings with Newcombe intervals.
 * The denominator is the lost deals with a coded reason: `unknown` and empty reasons say nothing about the mix.
 */
import { BARRIER_KEYS, type BarrierKey, isBarrierKey } from '../aida.ts';
import type { BarrierShift } from '../questions/propose-questions.ts';
import { computeNewcombeDifference, computeWilsonInterval, type Difference } from './intervals.ts';
import type { CodedLostReason, DiagnosisInput, Proportion } from './types.ts';

export interface LostReasonShare {
  now: Proportion | null;
  baseline: Proportion | null;
  siblings: Proportion | null;
  changeVsBaseline: Difference | null;
  differenceVsSiblings: Difference | null;
  lostDealIds: number[];
}

export interface LostReasonShares {
  byBarrier: Record<BarrierKey, LostReasonShare>;
  coded: { now: number; baseline: number; siblings: number };
}

function countBarriers(reasons: readonly CodedLostReason[]) {
  const counts = new Map<BarrierKey, number>();
  let coded = 0;
  for (const reason of reasons) {
    if (reason.barrier === null || !isBarrierKey(reason.barrier)) continue;
    counts.set(reason.barrier, (counts.get(reason.barrier) ?? 0) + 1);
    coded++;
  }
  return { counts, coded };
}

function toProportion(count: number, total: number): Proportion | null {
  const interval = computeWilsonInterval(count, total);
  return interval ? { count, total, share: count / total, ...interval } : null;
}

/** Per-barrier shares and changes; barriers without any coded reason get zero counts, not nulls. */
export function computeLostReasonShares(lostReasons: DiagnosisInput['lostReasons']): LostReasonShares {
  const now = countBarriers(lostReasons.current);
  const baseline = countBarriers(lostReasons.baseline);
  const siblings = countBarriers(lostReasons.siblings.flatMap((sibling) => sibling.reasons));
  const describe = (barrier: BarrierKey): LostReasonShare => {
    const here = { count: now.counts.get(barrier) ?? 0, total: now.coded };
    const before = { count: baseline.counts.get(barrier) ?? 0, total: baseline.coded };
    const there = { count: siblings.counts.get(barrier) ?? 0, total: siblings.coded };
    return {
      now: toProportion(here.count, here.total),
      baseline: toProportion(before.count, before.total),
      siblings: toProportion(there.count, there.total),
      changeVsBaseline: computeNewcombeDifference(here, before),
      differenceVsSiblings: computeNewcombeDifference(here, there),
      lostDealIds: lostReasons.current
        .filter((reason) => reason.barrier === barrier)
        .map((reason) => reason.dealId),
    };
  };
  const byBarrier = Object.fromEntries(BARRIER_KEYS.map((barrier) => [barrier, describe(barrier)]));
  return {
    byBarrier: byBarrier as Record<BarrierKey, LostReasonShare>,
    coded: { now: now.coded, baseline: baseline.coded, siblings: siblings.coded },
  };
}

/**
 * Shares now and in the baseline per barrier, in the shape proposeQuestions takes — for a request made by hand,
 * or when the alert's explanation carries no reason shift. Barriers without coded reasons in either period are
 * left out.
 */
export function computeBarrierShifts(
  lostReasons: Pick<DiagnosisInput['lostReasons'], 'current' | 'baseline'>,
): BarrierShift[] {
  const shares = computeLostReasonShares({ ...lostReasons, siblings: [] });
  return BARRIER_KEYS.flatMap((barrier) => {
    const { now, baseline } = shares.byBarrier[barrier];
    return now && baseline ? [{ barrier, baselineShare: baseline.share, currentShare: now.share }] : [];
  });
}
