/**
 * The two references our detector is measured against: the oracle (a CUSUM that knows the true baseline and
 * the true shift, the optimum by Lorden 1971 / Moustakides 1986), simulated and by Siegmund's approximation;
 * and the naive rule managers use today, "month-end attainment below a threshold".
 */
import { addDays } from '../src/core/calendar.ts';
import { computeInformation, computeLinearLlr, type WeekModel } from '../src/core/detect/likelihood.ts';
import type { IncrementPaths } from '../src/core/detect/statistic.ts';
import type { Scenario, ScenarioRun } from './detect-scenarios.ts';
import { HISTORY_WEEKS, MONITORED_WEEKS, WEEK_STARTS } from './detect-scenarios.ts';

/** One simulated series with the scenario that produced it. */
export interface SimulatedCase {
  scenario: Scenario;
  run: ScenarioRun;
}

function trueModel({ scenario, run }: SimulatedCase, i: number): WeekModel {
  return {
    family: scenario.family,
    expected: run.baseline[i]!,
    n: scenario.family === 'count' ? 1 : run.n[i]!,
    dispersion: scenario.dispersion,
  };
}

/** The oracle CUSUM's increments over the monitored weeks: true baseline, true post-change ratio. */
export function computeOracleIncrements(simulated: SimulatedCase, ratio: number): IncrementPaths {
  const increments = Float64Array.from({ length: MONITORED_WEEKS }, (_, k) => {
    const i = HISTORY_WEEKS + k;
    const llr = computeLinearLlr(trueModel(simulated, i), ratio);
    return llr.slope * simulated.run.y[i]! + llr.intercept;
  });
  return { increments, weeks: MONITORED_WEEKS };
}

/** Solves e^b − b − 1 = x for b ≥ 0 (Newton from a safe start). */
function solveSiegmundThreshold(x: number): number {
  let b = Math.max(1, Math.log(x + 1));
  for (let step = 0; step < 50; step++) b -= (Math.exp(b) - b - 1 - x) / (Math.exp(b) - 1);
  return b;
}

/**
 * Siegmund's approximation of the optimal CUSUM's delay at ARL0 `arl0`: the threshold b solves
 * I₀·ARL0 = e^b − b − 1 and the delay is (b − 1 + e^(−b)) / I₁, with I₀ and I₁ the Kullback–Leibler
 * information per week before and after the change, averaged over the weeks after `changeStart`.
 */
export function computeSiegmundDelay(
  input: SimulatedCase & { ratio: number; changeStart: number; arl0: number },
): number {
  let pre = 0;
  let post = 0;
  let weeks = 0;
  for (let i = input.changeStart; i < WEEK_STARTS.length; i++) {
    const information = computeInformation(trueModel(input, i), input.ratio);
    pre += information.pre;
    post += information.post;
    weeks++;
  }
  const b = solveSiegmundThreshold((pre / weeks) * input.arl0);
  return (b - 1 + Math.exp(-b)) / (post / weeks);
}

/** Monitored week indexes (0-based within the monitored span) that close a calendar month. */
export const MONTH_END_WEEKS: number[] = Array.from({ length: MONITORED_WEEKS }, (_, k) => k).filter((k) => {
  const thursday = addDays(WEEK_STARTS[HISTORY_WEEKS + k]!, 3);
  return addDays(thursday, 7).slice(0, 7) !== thursday.slice(0, 7);
});

/**
 * Month-to-date attainment at each month end: observed / expected over the month's monitored weeks, with the
 * expected values of our own estimated baseline, so the rule differs from ours only in how it decides.
 */
export function computeMonthEndAttainment(
  observed: ArrayLike<number>,
  expected: ArrayLike<number>,
): number[] {
  const ratios: number[] = [];
  let monthStart = 0;
  for (const end of MONTH_END_WEEKS) {
    let sumObserved = 0;
    let sumExpected = 0;
    for (let k = monthStart; k <= end; k++) {
      sumObserved += observed[k]!;
      sumExpected += expected[k]!;
    }
    ratios.push(sumExpected > 0 ? sumObserved / sumExpected : 1);
    monthStart = end + 1;
  }
  return ratios;
}

/**
 * The naive rule's threshold at the same false-alarm rate as ours: one alarm per `arl0` monitored weeks,
 * i.e. the matching lower quantile of month-end attainment on in-control runs.
 */
export function calibrateNaiveThreshold(nullRatios: readonly number[][], arl0: number): number {
  const all = nullRatios.flat().sort((a, b) => a - b);
  const allowedAlarms = (nullRatios.length * MONITORED_WEEKS) / arl0;
  const index = Math.min(all.length - 1, Math.max(0, Math.floor(allowedAlarms)));
  return all[index]!;
}

/** The first monitored week index at which the naive rule fires, or −1. */
export function findNaiveAlarm(ratios: readonly number[], threshold: number): number {
  for (let m = 0; m < ratios.length; m++) if (ratios[m]! < threshold) return MONTH_END_WEEKS[m]!;
  return -1;
}
