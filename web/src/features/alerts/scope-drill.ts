/** Scope drill-down over alerts: which alerts lie within a scope, its ancestors and the next level down. */
import type { AlertSummary } from '../../../../src/contract/alerts.ts';
import { isWithinScope, parentScope, parseScopeKey, toScopeKey } from '../../../../src/core/scope.ts';
import { DIMENSION_KEYS, type Scope } from '../../../../src/core/types.ts';

export interface ScopeStep {
  scopeKey: string;
  /** The dimension value names from outer to inner, e.g. ["OptiScan", "Automotive"]; [] = everything. */
  names: string[];
}

type Named = Pick<AlertSummary, 'scope' | 'scopeKey'>;

function namesOf(scope: Scope, named: Named): string[] {
  return DIMENSION_KEYS.filter((key) => scope[key] !== undefined).map(
    (key) => named.scope[key] ?? String(scope[key]),
  );
}

export function isAlertWithin(alert: Named, scopeKey: string): boolean {
  return isWithinScope(parseScopeKey(alert.scopeKey), parseScopeKey(scopeKey));
}

/** The scope and its ancestors, outermost first (the whole workspace included), named from `named`. */
export function listAncestors(named: Named): ScopeStep[] {
  const steps: ScopeStep[] = [];
  let scope: Scope | null = parseScopeKey(named.scopeKey);
  while (scope) {
    steps.unshift({ scopeKey: toScopeKey(scope), names: namesOf(scope, named) });
    scope = parentScope(scope);
  }
  return steps;
}

/** Scopes one level inside `scopeKey` that hold alerts, with how many; for the "narrow down" chips. */
export function listChildSteps(
  alerts: readonly Named[],
  scopeKey: string,
): Array<ScopeStep & { count: number }> {
  const depth = scopeKey === '' ? 0 : scopeKey.split(';').length;
  const children = new Map<string, ScopeStep & { count: number }>();
  for (const alert of alerts) {
    if (!isAlertWithin(alert, scopeKey)) continue;
    const step = listAncestors(alert)[depth + 1];
    if (!step) continue;
    const known = children.get(step.scopeKey);
    children.set(step.scopeKey, { ...step, count: (known?.count ?? 0) + 1 });
  }
  return [...children.values()].sort((a, b) => b.count - a.count);
}
