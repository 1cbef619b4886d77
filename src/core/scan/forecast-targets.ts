/** Forecasts of the targets of one period (by key, or every period that holds asOf), with one shared context. */
import { CALENDAR_YEAR, type IsoDate, parsePeriodKey } from '../calendar.ts';
import type { PipelineHistory } from '../forecast/as-of.ts';
import { type AttainmentForecast, forecastTarget, prepareForecast } from '../forecast/forecast.ts';
import type { Dimensions, Target } from '../types.ts';

export interface ForecastTargetsInput {
  history: PipelineHistory;
  dimensions: Dimensions;
  targets: readonly Target[];
  asOf: IsoDate;
  fiscalYearStartMonth: number;
  seed: number;
  /** A period key; without it, every target whose period holds asOf. */
  period?: string;
  simulations?: number;
}

export function forecastTargets(input: ForecastTargetsInput): AttainmentForecast[] {
  const calendar = { ...CALENDAR_YEAR, fiscalYearStartMonth: input.fiscalYearStartMonth };
  const wanted = input.period ? parsePeriodKey(input.period, calendar)?.key : undefined;
  const selected = input.targets.filter((target) => {
    const period = parsePeriodKey(target.period, calendar);
    if (!period) return false;
    if (input.period) return period.key === wanted;
    return period.start <= input.asOf && input.asOf <= period.end;
  });
  if (selected.length === 0) return [];
  const context = prepareForecast({
    history: input.history,
    asOf: input.asOf,
    seed: input.seed,
    calendar,
    owners: input.dimensions.owners,
    options: input.simulations ? { simulations: input.simulations } : {},
  });
  return selected.map((target) => forecastTarget(context, target));
}
