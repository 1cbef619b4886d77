/** Scopes in words: dimension ids to the names as imported (`OptiScan · Automotive`). */
import { DIMENSION_KEYS, type DimensionKey, type Dimensions, type Scope } from '../types.ts';

const LIST_OF: Record<DimensionKey, keyof Dimensions> = {
  product: 'products',
  segment: 'segments',
  region: 'regions',
  team: 'teams',
  owner: 'owners',
};

/** Names per set dimension; an id without a name keeps `#id`. */
export function nameScope(scope: Scope, dimensions: Dimensions): Partial<Record<DimensionKey, string>> {
  const names: Partial<Record<DimensionKey, string>> = {};
  for (const key of DIMENSION_KEYS) {
    const id = scope[key];
    if (id === undefined) continue;
    const list = dimensions[LIST_OF[key]] as ReadonlyArray<{ id: number; name: string }>;
    names[key] = list.find((value) => value.id === id)?.name ?? `#${id}`;
  }
  return names;
}

/** `OptiScan · Automotive`; the empty string for the whole workspace. */
export function describeScope(scope: Scope, dimensions: Dimensions): string {
  return Object.values(nameScope(scope, dimensions)).join(' · ');
}
