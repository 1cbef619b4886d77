/**
 * The indicator series of every watched scope in one pass over the deals: each deal's events (creation, close,
 * stage exits, stalls) are worked out once, from the deal columns, and added to the grids of every watched scope
 * it belongs to. The result is the same as `computeIndicatorSeries` per scope; the per-deal work no longer repeats
 * per scope, which is what made a scan of a million deals slow.
 */
import type { IsoDate } from '../calendar.ts';
import {
  createDayEmitter,
  createGridLayout,
  createGridSet,
  type GridSet,
} from '../detect/indicator-grids.ts';
import { createDealCombinations, findDealScope } from '../detect/indicator-scope.ts';
import { computeScopeSeries } from '../detect/indicators.ts';
import type { IndicatorSeries } from '../detect/series.ts';
import { findLastCompleteWeek, listWeekStarts } from '../detect/series.ts';
import type { PipelineHistory } from '../forecast/as-of.ts';
import { toScopeKey } from '../scope.ts';
import type { DimensionKey, Dimensions, PipelineDeal, Scope } from '../types.ts';
import { createStageTable, emitDealColumnEvents, emitFunnelColumnEvents } from './column-events.ts';
import type { ScopeRows } from './scope-rows.ts';
import type { WatchedScope } from './scopes.ts';

export interface ScopeSeriesInput {
  history: PipelineHistory;
  rows: ScopeRows;
  dimensions: Dimensions;
  scopes: readonly WatchedScope[];
  asOf: IsoDate;
  /** First week of the shared grid: the earliest row of the workspace. */
  from: IsoDate;
}

type Shape = readonly DimensionKey[];

function listShapes(scopes: readonly WatchedScope[]): Shape[] {
  const shapes = new Map<string, Shape>();
  for (const watched of scopes) {
    const shape = (Object.keys(watched.scope) as DimensionKey[]).filter(
      (key) => watched.scope[key] !== undefined,
    );
    shapes.set(shape.join(','), shape);
  }
  return [...shapes.values()];
}

/**
 * The grid sets a deal adds to, looked up per combination of product, segment, region and owner (the owner
 * fixes the team): deals of one combination belong to the same watched scopes.
 */
function createSinkFinder(input: ScopeSeriesInput, grids: ReadonlyMap<string, GridSet>) {
  const teamByOwner = new Map(input.dimensions.owners.map((owner) => [owner.id, owner.teamId]));
  const shapes = listShapes(input.scopes);
  const combinationOf = createDealCombinations();
  const byCombination: GridSet[][] = [];
  return (deal: PipelineDeal): GridSet[] => {
    const combination = combinationOf(deal);
    const known = byCombination[combination];
    if (known) return known;
    const full = findDealScope(deal, teamByOwner);
    const sinks: GridSet[] = [];
    for (const shape of shapes) {
      if (shape.some((key) => full[key] === undefined)) continue;
      const projected: Scope = {};
      for (const key of shape) projected[key] = full[key];
      const set = grids.get(toScopeKey(projected));
      if (set) sinks.push(set);
    }
    byCombination[combination] = sinks;
    return sinks;
  };
}

/** Every watched scope's indicator series, in scope order (each scope's series in catalogue order). */
export function computeScopeSeriesInOnePass(input: ScopeSeriesInput): IndicatorSeries[] {
  const weekStarts = listWeekStarts(input.from, findLastCompleteWeek(input.asOf));
  if (weekStarts.length === 0) return [];
  const layout = createGridLayout(weekStarts, input.history.stages);
  const grids = new Map(input.scopes.map((watched) => [watched.key, createGridSet(layout)]));
  const findSinks = createSinkFinder(input, grids);
  let sinks: readonly GridSet[] = [];
  const emit = createDayEmitter(layout, () => sinks);
  // The rows' deals are the history's deals; their columns are indexed by the same positions.
  const { deals } = input.rows;
  const columns = input.rows.readColumns();
  const stageTable = createStageTable(layout, input.history.stages);
  for (let i = 0; i < deals.length; i++) {
    sinks = findSinks(deals[i]!);
    if (sinks.length === 0) continue;
    emitDealColumnEvents(layout, columns, i, emit);
    emitFunnelColumnEvents(stageTable, columns, i, emit);
  }
  return input.scopes.flatMap((watched) =>
    computeScopeSeries({
      layout,
      grids: grids.get(watched.key)!,
      leads: input.rows.leadsFor(watched.scope),
      metrics: input.history.metrics,
      scope: watched.scope,
    }),
  );
}
