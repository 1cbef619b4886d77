/**
 * Walking two versions of a brief side by side. Lists of things with an identity (KPIs by key, barriers by
 * key, stages by stage, pillars by barrier) are matched by it, so removing one KPI shows as one removal, not as
 * every later KPI changed. Paths read `kpis[new_leads].goal.value`, `stages[desire].messages[0].value`.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

const IDENTITY_FIELDS = ['key', 'stage', 'barrier'] as const;

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasDistinctIds(items: readonly JsonValue[], field: string): boolean {
  const ids = items.map((item) => (isJsonObject(item) ? item[field] : undefined));
  return ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
}

/** The field that identifies the items of both lists, when each list has distinct string values in it. */
export function findIdentityField(before: readonly JsonValue[], after: readonly JsonValue[]): string | null {
  return (
    IDENTITY_FIELDS.find((field) => hasDistinctIds(before, field) && hasDistinctIds(after, field)) ?? null
  );
}

export interface PairedItem {
  segment: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
}

/** Pairs the items of two lists by identity (when both lists have one) or by position. */
export function pairItems(before: readonly JsonValue[], after: readonly JsonValue[]): PairedItem[] {
  const field = findIdentityField(before, after);
  if (!field) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => ({ segment: `[${i}]`, before: before[i], after: after[i] }));
  }
  const id = (item: JsonValue) => String((item as JsonObject)[field]);
  const afterById = new Map(after.map((item) => [id(item), item]));
  const beforeIds = new Set(before.map(id));
  return [
    ...before.map((item) => ({ segment: `[${id(item)}]`, before: item, after: afterById.get(id(item)) })),
    ...after
      .filter((item) => !beforeIds.has(id(item)))
      .map((item) => ({ segment: `[${id(item)}]`, before: undefined, after: item })),
  ];
}

export function isDeepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => isDeepEqual(item, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => isDeepEqual(a[key], b[key]));
  }
  return false;
}

/** A Suggested<T> node: `{ value, source: { kind } }`. */
export function isSuggestedNode(value: JsonValue | undefined): value is JsonObject {
  return (
    isJsonObject(value) &&
    'value' in value &&
    isJsonObject(value.source) &&
    typeof value.source.kind === 'string'
  );
}
