/**
 * CUSUM and GLR statistics over log-likelihood-ratio increments. Page's CUSUM S_t = max(0, S_{t−1} + l_t) is
 * the likelihood-ratio test for one shift size with unknown start (Page 1954, optimal by Lorden 1971 and
 * Moustakides 1986); the GLR over a grid of shift sizes is the maximum of one CUSUM per size. After an alarm
 * every chart restarts at zero, as production re-arms after an alert, and that is how ARL0 is counted.
 */

/** Log-likelihood-ratio increments of every chart, chart-major: increments[c * weeks + k]. */
export interface IncrementPaths {
  increments: Float64Array;
  weeks: number;
}

export interface StatisticAlarm {
  /** Monitored week index of the alarm. */
  index: number;
  /** First monitored week index of the excursion that raised it: the estimated change start. */
  startIndex: number;
  /** The chart (shift size) with the largest statistic at the alarm. */
  chart: number;
}

export interface StatisticTrace {
  /** max over charts of the statistic per monitored week, before any restart. */
  path: number[];
  alarms: StatisticAlarm[];
}

/** The number of alarms at threshold `threshold`, restarting after each: the fast path for calibration. */
export function countAlarms({ increments, weeks }: IncrementPaths, threshold: number): number {
  const charts = increments.length / weeks;
  const values = new Float64Array(charts);
  let alarms = 0;
  for (let k = 0; k < weeks; k++) {
    let top = 0;
    for (let c = 0; c < charts; c++) {
      const value = Math.max(0, values[c]! + increments[c * weeks + k]!);
      values[c] = value;
      if (value > top) top = value;
    }
    if (top >= threshold) {
      alarms++;
      values.fill(0);
    }
  }
  return alarms;
}

/** The first alarm's week index at `threshold` (no restart needed), or −1. */
export function findFirstAlarm({ increments, weeks }: IncrementPaths, threshold: number): number {
  const charts = increments.length / weeks;
  const values = new Float64Array(charts);
  for (let k = 0; k < weeks; k++) {
    for (let c = 0; c < charts; c++) {
      const value = Math.max(0, values[c]! + increments[c * weeks + k]!);
      values[c] = value;
      if (value >= threshold) return k;
    }
  }
  return -1;
}

/** The statistic path and every alarm with its estimated start, restarting after each alarm. */
export function traceStatistic({ increments, weeks }: IncrementPaths, threshold: number): StatisticTrace {
  const charts = increments.length / weeks;
  const values = new Float64Array(charts);
  const starts = new Int32Array(charts);
  const path: number[] = [];
  const alarms: StatisticAlarm[] = [];
  for (let k = 0; k < weeks; k++) {
    let top = 0;
    let topChart = 0;
    for (let c = 0; c < charts; c++) {
      const previous = values[c]!;
      const value = Math.max(0, previous + increments[c * weeks + k]!);
      // The excursion starts at the first week after the chart was last at zero.
      if (previous === 0 && value > 0) starts[c] = k;
      values[c] = value;
      if (value > top) {
        top = value;
        topChart = c;
      }
    }
    path.push(top);
    if (top >= threshold) {
      alarms.push({ index: k, startIndex: starts[topChart]!, chart: topChart });
      values.fill(0);
    }
  }
  return { path, alarms };
}
