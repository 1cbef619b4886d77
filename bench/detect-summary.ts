/** Delay statistics for the detection benchmark: conditional delays, quantiles and detection shares. */

/**
 * One run's outcome for one detector: `delay` = weeks of post-change data until the alarm (1 = alarmed in the
 * first changed week), null when it did not alarm before the series ended; `isFalseBefore` when it alarmed
 * before the change (the run then does not count towards the conditional delay).
 */
export interface RunOutcome {
  delay: number | null;
  isFalseBefore: boolean;
  /** Post-change weeks the series had: an undetected run's delay is censored above this. */
  horizon: number;
}

export interface DelaySummary {
  runs: number;
  /** Restricted mean: an undetected run counts as horizon + 1, so this is a lower bound when pDetected < 1. */
  meanDelay: number | null;
  /** Mean over detected runs only (biased low when detection is incomplete). */
  meanDelayDetected: number | null;
  medianDelay: number | null;
  p90Delay: number | null;
  pWithin4: number;
  pWithin8: number;
  pWithin13: number;
  pDetected: number;
}

function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

function round(value: number | null, digits = 2): number | null {
  return value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
}

/**
 * Conditional delay statistics over runs without a false alarm before the change (CED). Undetected runs are
 * censored at their horizon, so mean, median and P90 are exact while detection is complete and lower bounds
 * otherwise.
 */
export function summariseDelays(outcomes: readonly RunOutcome[]): DelaySummary {
  const eligible = outcomes.filter((outcome) => !outcome.isFalseBefore);
  const delays = eligible
    .map((outcome) => outcome.delay)
    .filter((delay) => delay !== null)
    .sort((a, b) => a - b);
  const censored = eligible.map((outcome) => outcome.delay ?? outcome.horizon + 1).sort((a, b) => a - b);
  const share = (limit: number) =>
    eligible.length > 0 ? round(delays.filter((delay) => delay <= limit).length / eligible.length, 3)! : 0;
  return {
    runs: eligible.length,
    meanDelay: round(mean(censored)),
    meanDelayDetected: round(mean(delays)),
    medianDelay: round(quantile(censored, 0.5)),
    p90Delay: round(quantile(censored, 0.9)),
    pWithin4: share(4),
    pWithin8: share(8),
    pWithin13: share(13),
    pDetected: eligible.length > 0 ? round(delays.length / eligible.length, 3)! : 0,
  };
}

/** The outcome of a detector whose alarms (monitored week indexes, ascending) are known. */
export function toOutcome(
  alarmIndexes: readonly number[],
  change: { start: number; weeks: number },
): RunOutcome {
  const first = alarmIndexes.find((index) => index >= 0);
  const horizon = change.weeks - change.start;
  if (first !== undefined && first < change.start) return { delay: null, isFalseBefore: true, horizon };
  return { delay: first === undefined ? null : first - change.start + 1, isFalseBefore: false, horizon };
}

export function mean(values: readonly number[]): number | null {
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

export function ratioOf(numerator: number | null, denominator: number | null): number | null {
  return numerator === null || denominator === null || denominator === 0
    ? null
    : round(numerator / denominator, 3);
}

export { round };
