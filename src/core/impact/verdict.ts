/**
 * The verdict rule, on the log scale and in the direction the campaign meant to move the KPI:
 * - the whole 95 % interval above 0 → `worked`;
 * - the interval includes 0 (or lies below it) and stays under the smallest lift worth having → `no_effect`;
 * - otherwise the interval is too wide to tell → `inconclusive`.
 * A one-sided 2.5 % error at a lift of 0 keeps false "worked" calls rare; `no_effect` needs the data to rule out
 * a meaningful lift, so a short or thin window cannot produce it by accident.
 */
import type { ImpactVerdict } from '../types.ts';
import type { BootstrapSummary } from './estimate.ts';
import type { Comparison, ImpactReason, Interval, KpiDirection } from './types.ts';

export interface VerdictInput {
  kpiKey: string;
  summary: BootstrapSummary;
  direction: KpiDirection;
  meaningfulLift: number;
}

export interface VerdictDecision {
  verdict: ImpactVerdict;
  reason: ImpactReason;
}

function toLift(logValue: number): number {
  return Math.expm1(logValue);
}

/** The comparison as relative lifts (for display) from its log-scale summary. */
export function toComparison(method: Comparison['method'], summary: BootstrapSummary): Comparison {
  return {
    method,
    effect: toLift(summary.estimate),
    interval: { low: toLift(summary.intervalLog.low), high: toLift(summary.intervalLog.high) },
    standardErrorLog: summary.standardErrorLog,
  };
}

/** Decides worked / no_effect / inconclusive from one comparison's interval. */
export function decideVerdict(input: VerdictInput): VerdictDecision {
  const { summary, direction, meaningfulLift, kpiKey } = input;
  const sign = direction === 'increase' ? 1 : -1;
  // In the "good" direction: for a KPI meant to fall, a fall is a positive effect.
  const low = Math.min(sign * summary.intervalLog.low, sign * summary.intervalLog.high);
  const high = Math.max(sign * summary.intervalLog.low, sign * summary.intervalLog.high);
  const meaningfulLog = Math.log1p(meaningfulLift);
  const interval: Interval = {
    low: toLift(summary.intervalLog.low),
    high: toLift(summary.intervalLog.high),
  };
  const base = { kpiKey, effect: toLift(summary.estimate), interval, meaningfulLift };
  if (low > 0) return { verdict: 'worked', reason: { code: 'interval_above_zero', ...base } };
  if (high < 0) return { verdict: 'no_effect', reason: { code: 'interval_wrong_way', ...base } };
  if (high < meaningfulLog) {
    return { verdict: 'no_effect', reason: { code: 'interval_below_meaningful', ...base } };
  }
  return { verdict: 'inconclusive', reason: { code: 'interval_wide', ...base } };
}
