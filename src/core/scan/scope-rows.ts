/**
 * Rows grouped once by their finest scope, so that each watched scope collects its deals, stage changes and
 * leads from a few groups instead of filtering every row again (a scan watches dozens to hundreds of scopes).
 */
import { findDealScope, findLeadScope } from '../detect/indicator-scope.ts';
import type { PipelineHistory } from '../forecast/as-of.ts';
import { isWithinScope, toScopeKey } from '../scope.ts';
import type { Deal, Dimensions, Lead, Scope, StageChange } from '../types.ts';

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
   * The history restricted to `scope` (metrics are left whole: the indicator code picks them by scope),
   * computed once per scope: the indicators and every alert's explanation ask for the same scopes.
   */
  forScope(scope: Scope): PipelineHistory;
}

export function groupScopeRows(history: PipelineHistory, dimensions: Dimensions): ScopeRows {
  const teamByOwner = new Map(dimensions.owners.map((owner) => [owner.id, owner.teamId]));
  const dealGroups = groupBy<Deal>(history.deals, (deal) => findDealScope(deal, teamByOwner));
  const leadGroups = groupBy<Lead>(history.leads, findLeadScope);
  const changesByDeal = new Map<number, StageChange[]>();
  for (const change of history.stageChanges) {
    const list = changesByDeal.get(change.dealId);
    if (list) list.push(change);
    else changesByDeal.set(change.dealId, [change]);
  }
  const collect = <T>(groups: Group<T>[], scope: Scope) =>
    groups.filter((group) => isWithinScope(group.scope, scope)).flatMap((group) => group.rows);
  const computed = new Map<string, PipelineHistory>();
  return {
    forScope(scope) {
      const key = toScopeKey(scope);
      const known = computed.get(key);
      if (known) return known;
      const deals = collect(dealGroups, scope);
      const rows: PipelineHistory = {
        deals,
        stageChanges: deals.flatMap((deal) => changesByDeal.get(deal.id) ?? []),
        leads: collect(leadGroups, scope),
        metrics: history.metrics,
        stages: history.stages,
      };
      computed.set(key, rows);
      return rows;
    },
  };
}
