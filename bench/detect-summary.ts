/** Delay statistics for the detection benchmark: conditional delays, quantiles and detection shares. */

/**
 * One run's outcome for one detector: `delay` = weeks of post-change data until the alarm (1 = alarmed in the
 * first changed week), null when it did not alarm before the series ended; `isFalseBefore` when it alarmed
 * before the change (the run then does not count towards the conditional delay).
 */
export interface RunOutcome {
  delay: number | null;
  isFalseBefore: boolean;
}

export interface DelaySummary {
  runs: number;
  meanDelay: number | null;
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

/** Conditional delay statistics over runs without a false alarm before the change. */
export function summariseDelays(outcomes: readonly RunOutcome[]): DelaySummary {
  const eligible = outcomes.filter((outcome) => !outcome.isFalseBefore);
  const delays = eligible
    .map((outcome) => outcome.delay)
    .filter((delay) => delay !== null)
    .sort((a, b) => a - b);
  const share = (limit: number) =>
    eligible.length > 0 ? round(delays.filter((delay) => delay <= limit).length / eligible.length, 3)! : 0;
  const mean = delays.length > 0 ? delays.reduce((sum, delay) => sum + delay, 0) / delays.length : null;
  return {
    runs: eligible.length,
    meanDelay: round(mean),
    medianDelay: round(quantile(delays, 0.5)),
    p90Delay: round(quantile(delays, 0.9)),
    pWithin4: share(4),
    pWithin8: share(8),
    pWithin13: share(13),
    pDetected: eligible.length > 0 ? round(delays.length / eligible.length, 3)! : 0,
  };
}

/** The outcome of a detector whose alarms (monitored week indexes, ascending) are known. */
export function toOutcome(alarmIndexes: readonly number[], changeStart: number): RunOutcome {
  const first = alarmIndexes[0];
  if (first !== undefined && first < changeStart) return { delay: null, isFalseBefore: true };
  return { delay: first === undefined ? null : first - changeStart + 1, isFalseBefore: false };
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
