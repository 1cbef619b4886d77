import { DIMENSION_KEYS, type DimensionKey, type Scope } from './types.ts';

/**
 * A stable text key for a scope (`product=3;segment=1`), used for uniqueness in storage and for grouping.
 * The empty string is the whole workspace.
 */
export function toScopeKey(scope: Scope): string {
  return DIMENSION_KEYS.filter((key) => scope[key] !== undefined)
    .map((key) => `${key}=${scope[key]}`)
    .join(';');
}

export function parseScopeKey(key: string): Scope {
  const scope: Scope = {};
  if (key === '') return scope;
  for (const part of key.split(';')) {
    const [name, value] = part.split('=');
    if (!name || value === undefined || !DIMENSION_KEYS.includes(name as DimensionKey)) {
      throw new Error(`Bad scope key part "${part}"`);
    }
    scope[name as DimensionKey] = Number(value);
  }
  return scope;
}

/** True when every dimension fixed by `outer` has the same value in `inner`. */
export function isWithinScope(inner: Scope, outer: Scope): boolean {
  return DIMENSION_KEYS.every((key) => outer[key] === undefined || outer[key] === inner[key]);
}

/** The scope one level up: drops the most specific dimension that is set (owner → team → region → …). */
export function parentScope(scope: Scope): Scope | null {
  const set = DIMENSION_KEYS.filter((key) => scope[key] !== undefined);
  const last = set.at(-1);
  if (last === undefined) return null;
  const { [last]: _dropped, ...rest } = scope;
  return rest;
}
