/**
 * The scopes a scan watches (DESIGN §2, issue 5 item 1): the whole workspace, every product, segment, region and
 * team, and the pairs product × segment, product × region and segment × region — each only when it has data.
 * A scope with fewer new deals per quarter than the workspace's minimum is pooled into its parent (its deals
 * are watched there, not on their own). Scopes with exactly the same deals as one listed before (a team that is
 * one region) are listed once. Scopes with a target are always listed: the forecast needs them.
 */
import { toEpochDay } from '../calendar.ts';
import { createDealCombinations, findDealScope } from '../detect/indicator-scope.ts';
import { toScopeKey } from '../scope.ts';
import type { DimensionKey, Dimensions, PipelineDeal, Scope, Target } from '../types.ts';

/** Scope shapes watched, coarse to fine; the order is the order of the scan's output. */
export const SCOPE_SHAPES: readonly (readonly DimensionKey[])[] = [
  [],
  ['product'],
  ['segment'],
  ['region'],
  ['team'],
  ['product', 'segment'],
  ['product', 'region'],
  ['segment', 'region'],
];

/** Weeks of creation history the minimum volume is judged on (the last four quarters). */
const VOLUME_WINDOW_DAYS = 364;

export interface WatchedScope {
  scope: Scope;
  key: string;
  /** New deals created in the last year, per quarter. */
  dealsPerQuarter: number;
  hasTarget: boolean;
}

export interface ListScopesInput {
  deals: readonly PipelineDeal[];
  dimensions: Dimensions;
  targets: readonly Target[];
  asOf: string;
  minDealsPerQuarter: number;
}

function project(full: Scope, shape: readonly DimensionKey[]): Scope | null {
  const scope: Scope = {};
  for (const key of shape) {
    const value = full[key];
    if (value === undefined) return null;
    scope[key] = value;
  }
  return scope;
}

interface Tally {
  scope: Scope;
  recent: number;
  /** Order-independent fingerprint of the deal ids, to spot scopes with the same deals. */
  count: number;
  idSum: number;
  idSquares: number;
}

/** Deals with the same product, segment, region and owner share every scope: they are tallied once together. */
function tallyCombinations(input: ListScopesInput): Tally[] {
  const teamByOwner = new Map(input.dimensions.owners.map((owner) => [owner.id, owner.teamId]));
  const fromDay = toEpochDay(input.asOf) - VOLUME_WINDOW_DAYS;
  const combinationOf = createDealCombinations();
  // In order of first appearance, as the combinations are numbered.
  const combinations: Tally[] = [];
  for (const deal of input.deals) {
    const combination = combinationOf(deal);
    let tally = combinations[combination];
    if (!tally) {
      tally = { scope: findDealScope(deal, teamByOwner), recent: 0, count: 0, idSum: 0, idSquares: 0 };
      combinations[combination] = tally;
    }
    tally.count++;
    tally.idSum += deal.id;
    tally.idSquares += (deal.id % 1_000_003) ** 2;
    if (!deal.isRenewal && toEpochDay(deal.createdOn) > fromDay) tally.recent++;
  }
  return combinations;
}

function tallyShapes(combinations: readonly Tally[]): Map<string, Tally>[] {
  const tallies = SCOPE_SHAPES.map(() => new Map<string, Tally>());
  for (const combination of combinations) {
    SCOPE_SHAPES.forEach((shape, index) => {
      const scope = project(combination.scope, shape);
      if (!scope) return;
      const key = toScopeKey(scope);
      let tally = tallies[index]!.get(key);
      if (!tally) {
        tally = { scope, recent: 0, count: 0, idSum: 0, idSquares: 0 };
        tallies[index]!.set(key, tally);
      }
      tally.count += combination.count;
      tally.idSum += combination.idSum;
      tally.idSquares += combination.idSquares;
      tally.recent += combination.recent;
    });
  }
  return tallies;
}

/** Every scope of the shapes above that holds at least one deal, with its volume, in shape order. */
export function listScopes(input: ListScopesInput): WatchedScope[] {
  const tallies = tallyShapes(tallyCombinations(input));
  const targetKeys = new Set(input.targets.map((target) => toScopeKey(target.scope)));
  const seen = new Set<string>();
  const scopes: WatchedScope[] = [];
  for (const map of tallies) {
    for (const [key, tally] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const fingerprint = `${tally.count}|${tally.idSum}|${tally.idSquares}`;
      const hasTarget = targetKeys.has(key);
      const dealsPerQuarter = tally.recent / 4;
      const isRoot = key === '';
      if (!hasTarget && !isRoot && (dealsPerQuarter < input.minDealsPerQuarter || seen.has(fingerprint))) {
        continue;
      }
      seen.add(fingerprint);
      scopes.push({ scope: tally.scope, key, dealsPerQuarter, hasTarget });
    }
  }
  for (const target of input.targets) {
    const key = toScopeKey(target.scope);
    if (!scopes.some((item) => item.key === key)) {
      scopes.push({ scope: target.scope, key, dealsPerQuarter: 0, hasTarget: true });
    }
  }
  return scopes;
}

/** The scope's children among the watched scopes: one more dimension fixed, the rest equal. */
export function listChildScopes(parent: Scope, scopes: readonly WatchedScope[]): WatchedScope[] {
  const parentKeys = Object.keys(parent) as DimensionKey[];
  return scopes.filter((item) => {
    const keys = Object.keys(item.scope) as DimensionKey[];
    if (keys.length !== parentKeys.length + 1) return false;
    return parentKeys.every((key) => item.scope[key] === parent[key]);
  });
}
