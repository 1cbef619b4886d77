/**
 * Rows grouped once by their finest scope, so that each watched scope collects its deals and leads from a few
 * groups instead of filtering every row again (a scan watches dozens to hundreds of scopes), and stage changes
 * grouped once per deal.
 */
import { createDealCombinations, findDealScope, findLeadScope } from '../detect/indicator-scope.ts';
import { groupStageChanges, type PipelineHistory } from '../forecast/as-of.ts';
import { isWithinScope, toScopeKey } from '../scope.ts';
import type { Dimensions, Lead, PipelineDeal, Scope, StageChange } from '../types.ts';
import { buildDealColumns, type DealColumns } from './deal-columns.ts';

interface Group<T> {
  scope: Scope;
  rows: T[];
}

function groupBy<T>(rows: readonly T[], scopeOf: (row: T) => Scope): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const row of rows) {
    const scope = scopeOf(row);
    const key = toScopeKey(scope);
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { scope, rows: [row] });
  }
  return [...groups.values()];
}

export interface ScopeRows {
  /**
   * The deals inside `scope`, computed once per scope: the indicators, the forecasts and every alert's
   * explanation ask for the same scopes.
   */
  dealsFor(scope: Scope): PipelineDeal[];
  /** The positions in `deals` of the deals inside `scope`, in the same order as dealsFor; once per scope. */
  dealIndexesFor(scope: Scope): Int32Array;
  /** The cut history's deals, which dealIndexesFor points into. */
  deals: readonly PipelineDeal[];
  /** The leads inside `scope`. */
  leadsFor(scope: Scope): Lead[];
  /** Every deal's stage changes, sorted by date. */
  changesByDeal: ReadonlyMap<number, readonly StageChange[]>;
  /** `deals` and their stage changes as columns, built on the first call (indicator series, explanations). */
  readColumns(): DealColumns;
}

function memoiseByScope<T>(compute: (scope: Scope) => T): (scope: Scope) => T {
  const computed = new Map<string, T>();
  return (scope) => {
    const key = toScopeKey(scope);
    const known = computed.get(key);
    if (known !== undefined) return known;
    const value = compute(scope);
    computed.set(key, value);
    return value;
  };
}

/**
 * Deal positions grouped by finest scope, in the order groupBy gives. Grouped by the deal's four dimension ids
 * (the owner fixes the team, so ids and scopes match one to one): a scope object and its key string per deal
 * were a few seconds of a million-deal scan.
 */
function groupDealPositions(deals: readonly PipelineDeal[], teamByOwner: ReadonlyMap<number, number | null>) {
  const combinationOf = createDealCombinations();
  // Combinations are numbered in order of first appearance: the groups come out in that order.
  const groups: Group<number>[] = [];
  deals.forEach((deal, position) => {
    const combination = combinationOf(deal);
    const group = groups[combination];
    if (group) group.rows.push(position);
    else groups[combination] = { scope: findDealScope(deal, teamByOwner), rows: [position] };
  });
  return groups;
}

/**
 * The positions of the groups inside `scope`, group after group, straight into a typed array: flatMap into a
 * plain array and a copy cost seconds over a large scan's scopes (each deal sits in about eight of them).
 */
function collectPositions(groups: readonly Group<number>[], scope: Scope): Int32Array {
  const inside = groups.filter((group) => isWithinScope(group.scope, scope));
  let count = 0;
  for (const group of inside) count += group.rows.length;
  const positions = new Int32Array(count);
  let next = 0;
  for (const group of inside) for (const position of group.rows) positions[next++] = position;
  return positions;
}

function pickDeals(deals: readonly PipelineDeal[], positions: Int32Array): PipelineDeal[] {
  const picked: PipelineDeal[] = [];
  for (const position of positions) picked.push(deals[position]!);
  return picked;
}

export function groupScopeRows(history: PipelineHistory, dimensions: Dimensions): ScopeRows {
  const teamByOwner = new Map(dimensions.owners.map((owner) => [owner.id, owner.teamId]));
  const { deals } = history;
  const dealGroups = groupDealPositions(deals, teamByOwner);
  const leadGroups = groupBy<Lead>(history.leads, findLeadScope);
  const collect = <T>(groups: Group<T>[], scope: Scope) =>
    groups.filter((group) => isWithinScope(group.scope, scope)).flatMap((group) => group.rows);
  const dealIndexesFor = memoiseByScope((scope) => collectPositions(dealGroups, scope));
  const changesByDeal = groupStageChanges(history.stageChanges);
  let columns: DealColumns | null = null;
  return {
    dealsFor: memoiseByScope((scope) => pickDeals(deals, dealIndexesFor(scope))),
    dealIndexesFor,
    deals,
    leadsFor: (scope) => collect(leadGroups, scope),
    changesByDeal,
    readColumns: () => {
      columns ??= buildDealColumns({ deals, changesByDeal, stages: history.stages });
      return columns;
    },
  };
}
