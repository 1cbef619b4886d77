/**
 * The weekly indicator series of one scope (DESIGN §4), built from plain rows. Only complete ISO weeks up to the
 * as-of date count, so rows dated later are ignored even when the caller did not cut them.
 */
import type { IsoDate } from '../calendar.ts';
import { isWithinScope, toScopeKey } from '../scope.ts';
import type {
  Deal,
  Dimensions,
  Lead,
  MetricObservation,
  Scope,
  StageChange,
  StageDefinition,
} from '../types.ts';
import { findIndicator, type IndicatorFamily, inferMetricFamily, metricIndicatorKey } from './catalogue.ts';
import { listDealsInScope, listLeadsInScope } from './indicator-scope.ts';
import { computeDealIndicators, type KeyedWeeks } from './indicators-deals.ts';
import { computeFunnelIndicators } from './indicators-funnel.ts';
import {
  createWeekGrid,
  findLastCompleteWeek,
  type IndicatorSeries,
  listWeekStarts,
  type WeekValue,
} from './series.ts';

export interface IndicatorInput {
  deals: readonly Deal[];
  stageChanges: readonly StageChange[];
  leads: readonly Lead[];
  metrics: readonly MetricObservation[];
  dimensions: Dimensions;
  stages: readonly StageDefinition[];
  scope: Scope;
  asOf: IsoDate;
  /** First week of the grid; default: the earliest row of any scope, so all scopes share one grid. */
  from?: IsoDate;
}

function findEarliestDate(input: IndicatorInput): IsoDate {
  let earliest = input.asOf;
  for (const deal of input.deals) if (deal.createdOn < earliest) earliest = deal.createdOn;
  for (const lead of input.leads) if (lead.createdOn < earliest) earliest = lead.createdOn;
  for (const metric of input.metrics) if (metric.observedOn < earliest) earliest = metric.observedOn;
  return earliest;
}

function computeLeadIndicators(leads: readonly Lead[], weekStarts: readonly IsoDate[]): KeyedWeeks[] {
  if (leads.length === 0) return [];
  const grid = createWeekGrid(weekStarts);
  for (const lead of leads) grid.add(lead.createdOn, 1);
  return [{ key: 'new_leads', weeks: grid.toSums().map((week) => ({ ...week, n: 1 })) }];
}

/**
 * Metrics observed exactly at the scope are used when there are any; else the scope's sub-scopes roll up, so a
 * figure recorded both for the whole workspace and per product is not counted twice. Counts add up; other
 * values (survey shares) are averaged on the log scale.
 */
function computeMetricIndicators(
  metrics: readonly MetricObservation[],
  scope: Scope,
  weekStarts: readonly IsoDate[],
): Array<KeyedWeeks & { family: IndicatorFamily }> {
  const byKey = new Map<string, MetricObservation[]>();
  for (const metric of metrics) {
    if (!isWithinScope(metric.scope, scope)) continue;
    byKey.set(metric.metricKey, [...(byKey.get(metric.metricKey) ?? []), metric]);
  }
  const scopeKey = toScopeKey(scope);
  return [...byKey].map(([metricKey, observed]) => {
    const exact = observed.filter((metric) => toScopeKey(metric.scope) === scopeKey);
    const used = exact.length > 0 ? exact : observed;
    const family = inferMetricFamily(
      metricKey,
      used.map((metric) => metric.value),
    );
    const grid = createWeekGrid(weekStarts);
    for (const metric of used) {
      if (family === 'count') grid.add(metric.observedOn, metric.value, 0);
      else if (metric.value > 0) grid.add(metric.observedOn, Math.log(metric.value), 1);
    }
    const weeks = family === 'count' ? grid.toSums().map((week) => ({ ...week, n: 1 })) : grid.toMeans();
    return { key: metricIndicatorKey(metricKey), family, weeks };
  });
}

/** A week before the series' first event carries nothing: a product or channel that did not exist is not a zero. */
function trimLeadingEmptyWeeks(weeks: readonly WeekValue[], family: IndicatorFamily): WeekValue[] {
  const first = weeks.findIndex((week) => week.n > 0 && (family !== 'count' || week.value !== 0));
  return first < 0 ? [] : weeks.slice(first);
}

function toSeries(keyed: KeyedWeeks & { family?: IndicatorFamily }, scope: Scope): IndicatorSeries | null {
  const definition = findIndicator(keyed.key, keyed.family);
  if (!definition) return null;
  const weeks = trimLeadingEmptyWeeks(keyed.weeks, definition.family);
  return weeks.length > 0 ? { ...definition, scope, weeks } : null;
}

/**
 * Every indicator of the catalogue that has data in `scope`, per complete ISO week up to `asOf`: new leads,
 * new opportunities and their value, stage conversions, win rate, average deal size, cycle time, late-stage
 * stalls, renewal rate, the share of losses per barrier and the marketing metrics. Series without any
 * observation are left out.
 */
export function computeIndicatorSeries(input: IndicatorInput): IndicatorSeries[] {
  const from = input.from ?? findEarliestDate(input);
  const weekStarts = listWeekStarts(from, findLastCompleteWeek(input.asOf));
  if (weekStarts.length === 0) return [];
  const deals = listDealsInScope(input);
  const dealIds = new Set(deals.map((deal) => deal.id));
  const fromRows = [
    ...computeLeadIndicators(listLeadsInScope(input.leads, input.scope), weekStarts),
    ...computeDealIndicators(deals, weekStarts),
    ...computeFunnelIndicators({
      deals,
      stageChanges: input.stageChanges.filter((change) => dealIds.has(change.dealId)),
      stages: input.stages,
      weekStarts,
    }),
  ].map((keyed) => toSeries(keyed, input.scope));
  const fromMetrics = computeMetricIndicators(input.metrics, input.scope, weekStarts).map((keyed) =>
    toSeries(keyed, input.scope),
  );
  return [...fromRows, ...fromMetrics].filter((series) => series !== null);
}
