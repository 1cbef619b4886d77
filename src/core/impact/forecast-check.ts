/**
 * The campaign against the engine's own forecast for the targeted scope (issue 7 item 4): what the engine
 * expected the scope to book in the period as of the campaign start (P10/P50/P90 of period-end attainment,
 * core/forecast), against what it booked. This is the "without the campaign" expectation the alert was raised
 * on, so a campaign that closed the gap shows as bookings above the median, ideally above P90.
 *
 * It is a check beside the difference-in-differences, not a second verdict: the forecast's band also holds
 * ordinary luck, and only the bookings measure is forecast. During the period only "already above P90" can be
 * said (bookings only grow); the lift needs the period to be over.
 */
import type { IsoDate } from '../calendar.ts';
import type { TargetMeasure } from '../types.ts';
import type { Interval } from './types.ts';

/** Where the forecast came from: a scan's stored snapshot, or the engine run as of the start for this check. */
export type ForecastSource = 'stored_scan' | 'computed_as_of_start';

export interface EngineForecast {
  source: ForecastSource;
  /** The date the forecast was made as of (≤ the campaign start). */
  asOf: IsoDate;
  period: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  measure: TargetMeasure;
  /** Period-end totals (cents for bookings). */
  p10: number;
  p50: number;
  p90: number;
}

export type ForecastPosition = 'above_p90' | 'within' | 'below_p10';

export interface ForecastCheck extends EngineForecast {
  /** Booked in the period up to `observedThrough`. */
  observed: number;
  observedThrough: IsoDate;
  isPeriodComplete: boolean;
  /** observed / P50 − 1 once the period is over; null before (or with a zero median). */
  effect: number | null;
  /**
   * The lift the forecast's own 80 % band allows: observed / P90 − 1 … observed / P10 − 1. Above 0 throughout
   * means the outcome lies beyond what the engine thought likely without the campaign.
   */
  interval: Interval | null;
  /** null while the period runs and the bookings are still inside the band. */
  position: ForecastPosition | null;
}

export interface CompareWithForecastInput {
  forecast: EngineForecast;
  /** Booked in the period from its start to `observedThrough`. */
  observed: number;
  /** min(asOf, period end). */
  observedThrough: IsoDate;
}

function locate(observed: number, forecast: EngineForecast): ForecastPosition {
  if (observed > forecast.p90) return 'above_p90';
  if (observed < forecast.p10) return 'below_p10';
  return 'within';
}

const ratio = (observed: number, expected: number) => (expected > 0 ? observed / expected - 1 : null);

/** Observed bookings against the forecast made at the start; pure. */
export function compareWithForecast(input: CompareWithForecastInput): ForecastCheck {
  const { forecast, observed, observedThrough } = input;
  const isPeriodComplete = observedThrough >= forecast.periodEnd;
  const base = { ...forecast, observed, observedThrough, isPeriodComplete };
  if (!isPeriodComplete) {
    const position = observed > forecast.p90 ? 'above_p90' : null;
    return { ...base, effect: null, interval: null, position };
  }
  const effect = ratio(observed, forecast.p50);
  const low = ratio(observed, forecast.p90);
  const high = ratio(observed, forecast.p10);
  return {
    ...base,
    effect,
    // A P10 of zero leaves the band without an upper end for the lift: no interval then.
    interval: low === null || high === null ? null : { low, high },
    position: locate(observed, forecast),
  };
}
