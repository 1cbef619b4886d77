/** Which rows belong to a scope: a deal's team comes from its owner; leads and metrics carry no owner. */
import { isWithinScope } from '../scope.ts';
import type { Dimensions, Lead, PipelineDeal, Scope } from '../types.ts';

/** The scope a deal sits in, with the team looked up from its owner (null ids become "unset"). */
export function findDealScope(deal: PipelineDeal, teamByOwner: ReadonlyMap<number, number | null>): Scope {
  const scope: Scope = {};
  if (deal.productId !== null) scope.product = deal.productId;
  if (deal.segmentId !== null) scope.segment = deal.segmentId;
  if (deal.regionId !== null) scope.region = deal.regionId;
  if (deal.ownerId !== null) {
    scope.owner = deal.ownerId;
    const team = teamByOwner.get(deal.ownerId);
    if (team !== undefined && team !== null) scope.team = team;
  }
  return scope;
}

/** Leads have no owner, so a scope that fixes a team or an owner holds no leads. */
export function findLeadScope(lead: Lead): Scope {
  const scope: Scope = {};
  if (lead.productId !== null) scope.product = lead.productId;
  if (lead.segmentId !== null) scope.segment = lead.segmentId;
  if (lead.regionId !== null) scope.region = lead.regionId;
  return scope;
}

export interface DealScopeFilter<D extends PipelineDeal> {
  deals: readonly D[];
  dimensions: Dimensions;
  scope: Scope;
}

/**
 * Whether a deal sits inside `scope` — the same answer as `isWithinScope(findDealScope(deal), scope)`, without
 * building the deal's scope: a scan asks this for every deal and many scopes.
 */
export function isDealInScope(
  deal: PipelineDeal,
  scope: Scope,
  teamByOwner: ReadonlyMap<number, number | null>,
): boolean {
  if (scope.product !== undefined && deal.productId !== scope.product) return false;
  if (scope.segment !== undefined && deal.segmentId !== scope.segment) return false;
  if (scope.region !== undefined && deal.regionId !== scope.region) return false;
  if (scope.owner !== undefined && deal.ownerId !== scope.owner) return false;
  if (scope.team === undefined) return true;
  return deal.ownerId !== null && teamByOwner.get(deal.ownerId) === scope.team;
}

/** The deals whose product, segment, region, owner and owner's team sit inside `scope`. */
export function listDealsInScope<D extends PipelineDeal>({
  deals,
  dimensions,
  scope,
}: DealScopeFilter<D>): D[] {
  const teamByOwner = new Map(dimensions.owners.map((owner) => [owner.id, owner.teamId]));
  return deals.filter((deal) => isDealInScope(deal, scope, teamByOwner));
}

/** The leads inside `scope` (none when the scope fixes a team or an owner). */
export function listLeadsInScope(leads: readonly Lead[], scope: Scope): Lead[] {
  return leads.filter((lead) => isWithinScope(findLeadScope(lead), scope));
}

type IdMap<T> = Map<number | null, T>;

/**
 * Numbers the distinct (product, segment, region, owner) of the deals it is shown: 0, 1, 2, … in order of first
 * appearance. Deals with one number share every scope (the owner fixes the team), so a scan groups, tallies and
 * routes deals per number. Nested maps of the ids, not a key string per deal: building and hashing a million
 * strings in each of several passes was seconds of a large scan and garbage for the collector.
 */
export function createDealCombinations(): (deal: PipelineDeal) => number {
  const byProduct: IdMap<IdMap<IdMap<IdMap<number>>>> = new Map();
  let count = 0;
  const child = <T>(map: IdMap<IdMap<T>>, id: number | null): IdMap<T> => {
    let next = map.get(id);
    if (!next) {
      next = new Map();
      map.set(id, next);
    }
    return next;
  };
  return (deal) => {
    const byOwner = child(child(child(byProduct, deal.productId), deal.segmentId), deal.regionId);
    let combination = byOwner.get(deal.ownerId);
    if (combination === undefined) {
      combination = count++;
      byOwner.set(deal.ownerId, combination);
    }
    return combination;
  };
}
