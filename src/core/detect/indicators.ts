/**
 * The weekly indicator series of one scope (DESIGN §4), built from plain rows. Only complete ISO weeks up to the
 * as-of date count, so rows dated later are ignored even when the caller did not cut them.
 */
import type { IsoDate } from '../calendar.ts';
import { groupStageChanges } from '../forecast/as-of.ts';
import { isWithinScope, toScopeKey } from '../scope.ts';
import type {
  Dimensions,
  Lead,
  MetricObservation,
  PipelineDeal,
  Scope,
  StageChange,
  StageDefinition,
} from '../types.ts';
import { findIndicator, type IndicatorFamily, inferMetricFamily, metricIndicatorKey } from './catalogue.ts';
import { emitDealEvents } from './deal-events.ts';
import { emitFunnelEvents } from './funnel-events.ts';
import {
  createEmitter,
  createGridLayout,
  createGridSet,
  type GridLayout,
  type GridSet,
} from './indicator-grids.ts';
import { listDealsInScope, listLeadsInScope } from './indicator-scope.ts';
import { type KeyedWeeks, readIndicatorGrids } from './read-grids.ts';
import {
  createWeekGrid,
  findLastCompleteWeek,
  type IndicatorSeries,
  listWeekStarts,
  type WeekValue,
} from './series.ts';

export interface IndicatorInput {
  deals: readonly PipelineDeal[];
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

export interface ScopeSeriesInput {
  layout: GridLayout;
  /** The scope's deal and funnel events, already added. */
  grids: GridSet;
  leads: readonly Lead[];
  metrics: readonly MetricObservation[];
  scope: Scope;
}

/** The series of one scope from its filled grids, its leads and the workspace's metrics. */
export function computeScopeSeries(input: ScopeSeriesInput): IndicatorSeries[] {
  const { layout, scope } = input;
  const fromRows = [
    ...computeLeadIndicators(input.leads, layout.weekStarts),
    ...readIndicatorGrids(layout, input.grids),
  ].map((keyed) => toSeries(keyed, scope));
  const fromMetrics = computeMetricIndicators(input.metrics, scope, layout.weekStarts).map((keyed) =>
    toSeries(keyed, scope),
  );
  return [...fromRows, ...fromMetrics].filter((series) => series !== null);
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
  const layout = createGridLayout(weekStarts, input.stages);
  const grids = createGridSet(layout);
  const sets = [grids];
  const emit = createEmitter(layout, () => sets);
  const changesByDeal = groupStageChanges(input.stageChanges);
  for (const deal of listDealsInScope(input)) {
    emitDealEvents(layout, deal, emit);
    const changes = changesByDeal.get(deal.id);
    if (changes) emitFunnelEvents(layout, { deal, changes }, emit);
  }
  const leads = listLeadsInScope(input.leads, input.scope);
  return computeScopeSeries({ layout, grids, leads, metrics: input.metrics, scope: input.scope });
}
