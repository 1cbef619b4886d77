/**
 * The naive month-end rule without the window's truncation: a run the rule has not caught by the series' end
 * is given the delay it would have had if the rule kept firing at its post-change monthly rate (a geometric
 * number of further months, the rate estimated from full post-change months of all runs). It answers whether
 * "the naive rule takes ≥ 3× our delay" is hidden by the 104-week window.
 */
import { findNaiveAlarm, MONTH_END_WEEKS } from './detect-reference.ts';

const WEEKS_PER_MONTH = 52 / 12;

export interface NaiveCase {
  /** Month-end attainments of the monitored weeks. */
  ratios: readonly number[];
  /** Monitored week index of the first changed week. */
  start: number;
}

/** Month indexes whose end lies after the change, the first (partly changed) one excluded. */
function listFullMonths(start: number): number[] {
  const months = MONTH_END_WEEKS.map((week, m) => ({ week, m })).filter(({ week }) => week >= start);
  return months.slice(1).map(({ m }) => m);
}

/** Alarms per full post-change month at risk, pooled over runs (the MLE of a geometric rate). */
function estimateMonthlyRate(cases: readonly NaiveCase[], threshold: number): number {
  let alarms = 0;
  let atRisk = 0;
  for (const item of cases) {
    const first = MONTH_END_WEEKS.findIndex((week) => week >= item.start);
    if (first >= 0 && item.ratios[first]! < threshold) continue;
    for (const m of listFullMonths(item.start)) {
      atRisk++;
      if (item.ratios[m]! < threshold) {
        alarms++;
        break;
      }
    }
  }
  return alarms / Math.max(atRisk, 1);
}

/**
 * Mean delay of the naive rule over runs without a false alarm before the change, undetected runs extended
 * geometrically; also the rate it used. Same delay convention as `toOutcome` (1 = the first changed week).
 */
export function computeUntruncatedNaiveDelay(cases: readonly NaiveCase[], threshold: number) {
  const rate = estimateMonthlyRate(cases, threshold);
  const delays: number[] = [];
  for (const item of cases) {
    const alarm = findNaiveAlarm(item.ratios, threshold);
    if (alarm >= 0 && alarm < item.start) continue;
    if (alarm >= 0) {
      delays.push(alarm - item.start + 1);
      continue;
    }
    const lastEnd = MONTH_END_WEEKS.at(-1)!;
    delays.push(lastEnd - item.start + 1 + WEEKS_PER_MONTH / Math.max(rate, 1e-6));
  }
  const meanDelay = delays.reduce((sum, delay) => sum + delay, 0) / Math.max(delays.length, 1);
  return { meanDelay, monthlyRate: rate };
}
