/**
 * Every field is editable, and an edited suggestion must stop claiming it came from the diagnosis. The UI saves
 * the whole brief; `markEdited` compares it with the previous version and sets `source: { kind: 'edited' }` on
 * every suggestion whose value changed while its source did not.
 */
import {
  findIdentityField,
  isDeepEqual,
  isJsonObject,
  isSuggestedNode,
  type JsonValue,
} from './brief-tree.ts';

function identify(item: JsonValue, field: string): string {
  return isJsonObject(item) ? String(item[field]) : '';
}

import type { BriefContent } from './types.ts';

function mark(before: JsonValue | undefined, after: JsonValue): JsonValue {
  if (isSuggestedNode(after) && isSuggestedNode(before)) {
    const isValueChanged = !isDeepEqual(before.value, after.value);
    const isSourceKept = isDeepEqual(before.source, after.source);
    return isValueChanged && isSourceKept ? { ...after, source: { kind: 'edited' } } : after;
  }
  if (Array.isArray(after)) {
    const previous = Array.isArray(before) ? before : [];
    // Keep the new order (a reordered list stays reordered); match each item by identity or position.
    const field = findIdentityField(previous, after);
    const byId = new Map(field ? previous.map((item) => [identify(item, field), item]) : []);
    return after.map((item, index) => mark(field ? byId.get(identify(item, field)) : previous[index], item));
  }
  if (isJsonObject(after)) {
    const previous = isJsonObject(before) ? before : {};
    return Object.fromEntries(Object.entries(after).map(([key, value]) => [key, mark(previous[key], value)]));
  }
  return after;
}

/** `next` with the sources of changed suggestions set to `edited` (neither argument is modified). */
export function markEdited(previous: BriefContent, next: BriefContent): BriefContent {
  return mark(previous as unknown as JsonValue, next as unknown as JsonValue) as unknown as BriefContent;
}
