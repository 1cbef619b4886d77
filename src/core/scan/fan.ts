/**
 * The fan chart of a forecast: booked to date for past weeks, then quantiles that open from today's booked
 * value to the period-end P10/P50/P90 in proportion to the days elapsed (a display interpolation; only the
 * period-end quantiles are simulated).
 */
import { addDays, daysBetween, type IsoDate } from '../calendar.ts';
import { listPeriodWeeks } from './period-weeks.ts';

export interface FanInput {
  asOf: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  booked: number;
  p10: number;
  p50: number;
  p90: number;
  bookedByWeek: ReadonlyArray<{ weekStart: IsoDate; booked: number }>;
}

export interface FanPoint {
  weekStart: IsoDate;
  booked: number | null;
  p10: number;
  p50: number;
  p90: number;
}

export function computeFan(input: FanInput): FanPoint[] {
  const remaining = Math.max(1, daysBetween(input.asOf, input.periodEnd));
  const bookedAt = new Map(input.bookedByWeek.map((week) => [week.weekStart, week.booked]));
  return listPeriodWeeks(input.periodStart, input.periodEnd).map((weekStart) => {
    const weekEnd = addDays(weekStart, 6);
    if (weekEnd <= input.asOf) {
      const booked = bookedAt.get(weekStart) ?? input.booked;
      return { weekStart, booked, p10: booked, p50: booked, p90: booked };
    }
    // ISO dates compare as text; the last week ends with the period.
    const until = [weekEnd, input.periodEnd].sort()[0]!;
    const share = Math.min(1, Math.max(0, daysBetween(input.asOf, until) / remaining));
    const towards = (quantile: number) => Math.round(input.booked + share * (quantile - input.booked));
    return {
      weekStart,
      booked: null,
      p10: towards(input.p10),
      p50: towards(input.p50),
      p90: towards(input.p90),
    };
  });
}
