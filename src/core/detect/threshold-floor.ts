/**
 * A safe lower bound of a series' calibrated threshold, so a scan simulates thresholds only for series whose
 * statistic comes near one. The calibrated threshold h satisfies ARL0(h) = target with *estimated* baselines
 * and several charts; both only raise h above the known-baseline single-chart value. For that one, Siegmund's
 * approximation ARL0 ≈ (e^h − h − 1) / I (I: in-control Kullback–Leibler drift per week of the chart) gives
 * h_S, and the overshoot over the boundary makes the true h smaller by about the mean overshoot: we take
 * 0.75 · h_S − 0.6 and the most informative chart (the smallest of the single-chart thresholds is not needed:
 * any single chart's h bounds the multi-chart h from below).
 */
import { computeInformation } from './likelihood.ts';
import type { MonitorPlan } from './monitor.ts';
import { traceStatistic } from './statistic.ts';

function solveSiegmund(arl0: number, information: number): number {
  const target = arl0 * information;
  let low = 0;
  let high = 60;
  for (let step = 0; step < 60; step++) {
    const mid = (low + high) / 2;
    if (Math.exp(mid) - mid - 1 < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export function estimateThresholdFloor(plan: MonitorPlan, targetArl0: number): number {
  if (plan.models.length === 0) return 0;
  let best = 0;
  for (const ratio of plan.ratios) {
    let sum = 0;
    for (const model of plan.models) sum += Math.max(0, computeInformation(model, ratio).pre);
    best = Math.max(best, sum / plan.models.length);
  }
  if (!(best > 0)) return 0;
  return Math.max(0, 0.75 * solveSiegmund(targetArl0, best) - 0.6);
}

/** The highest value the statistic reaches without any restart: no alarm below it at any threshold above. */
export function computePathMax(plan: MonitorPlan): number {
  const { path } = traceStatistic(plan, Number.POSITIVE_INFINITY);
  let max = 0;
  for (const value of path) if (value > max) max = value;
  return max;
}
