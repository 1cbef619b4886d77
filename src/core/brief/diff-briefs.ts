/**
 * Versions with a diff: what changed between two versions of a brief, field by field, with before and after.
 */
import { isDeepEqual, isJsonObject, type JsonValue, pairItems } from './brief-tree.ts';
import type { BriefContent } from './types.ts';

export interface BriefChange {
  /** `tone.value`, `kpis[new_leads].goal.value`, `stages[desire].channels[4]` … */
  path: string;
  kind: 'changed' | 'added' | 'removed';
  before: JsonValue | undefined;
  after: JsonValue | undefined;
}

export interface DiffOptions {
  /** Also list changes of `source` (default false: an edit shows once, as its value). */
  includeSources?: boolean;
}

function join(path: string, segment: string): string {
  if (segment.startsWith('[')) return `${path}${segment}`;
  return path ? `${path}.${segment}` : segment;
}

function walk(
  path: string,
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  options: DiffOptions,
  out: BriefChange[],
): void {
  if (isDeepEqual(before, after)) return;
  if (before === undefined) {
    out.push({ path, kind: 'added', before, after });
  } else if (after === undefined) {
    out.push({ path, kind: 'removed', before, after });
  } else if (Array.isArray(before) && Array.isArray(after)) {
    for (const pair of pairItems(before, after))
      walk(join(path, pair.segment), pair.before, pair.after, options, out);
  } else if (isJsonObject(before) && isJsonObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      if (key === 'source' && !options.includeSources) continue;
      walk(join(path, key), before[key], after[key], options, out);
    }
  } else {
    out.push({ path, kind: 'changed', before, after });
  }
}

/** The changed fields from `before` to `after`, in document order. */
export function diffBriefs(
  before: BriefContent,
  after: BriefContent,
  options: DiffOptions = {},
): BriefChange[] {
  const changes: BriefChange[] = [];
  walk('', before as unknown as JsonValue, after as unknown as JsonValue, options, changes);
  return changes;
}
