/** Booked value of a target's scope by week of its period up to asOf: the solid part of the fan chart. */
import { addDays, type IsoDate, startOfIsoWeek } from '../calendar.ts';
import { listDealsInScope } from '../detect/indicator-scope.ts';
import { computeMeasureValue } from '../forecast/pipeline-index.ts';
import type { Dimensions, PipelineDeal, Scope, TargetMeasure } from '../types.ts';

export interface BookedByWeekInput {
  deals: readonly PipelineDeal[];
  dimensions: Dimensions;
  scope: Scope;
  measure: TargetMeasure;
  periodStart: IsoDate;
  asOf: IsoDate;
}

export interface BookedWeek {
  weekStart: IsoDate;
  booked: number;
}

/** Cumulative booked value at the end of each week (Monday start) from the period start to asOf's week. */
export function computeBookedByWeek(input: BookedByWeekInput): BookedWeek[] {
  const deals = listDealsInScope({ deals: input.deals, dimensions: input.dimensions, scope: input.scope });
  const weeks: BookedWeek[] = [];
  const won = deals
    .filter((deal) => deal.outcome === 'won' && deal.closedOn !== null)
    .filter((deal) => deal.closedOn! >= input.periodStart && deal.closedOn! <= input.asOf);
  for (let week = startOfIsoWeek(input.periodStart); week <= input.asOf; week = addDays(week, 7)) {
    const weekEnd = addDays(week, 6);
    const booked = won
      .filter((deal) => deal.closedOn! <= weekEnd)
      .reduce((sum, deal) => sum + computeMeasureValue(deal, input.measure), 0);
    weeks.push({ weekStart: week, booked });
  }
  return weeks;
}
