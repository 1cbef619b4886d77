/**
 * The distinct dimension names (products, regions, owners …) of the staged rows, gathered while they stream in,
 * so the merge creates missing dimensions from a short list instead of scanning the staging table once per
 * dimension. A dimension with more distinct names than the cap is not a dimension worth holding in memory: the
 * merge falls back to the scan for it.
 */
export const MAX_COLLECTED_NAMES = 10_000;

export interface DimensionNames {
  add(records: readonly object[]): void;
  /** The distinct names of a staging column, or null when there were too many to hold. */
  get(column: string): string[] | null;
}

export function collectDimensionNames(columns: string[]): DimensionNames {
  const seen = new Map<string, Set<string> | null>(columns.map((column) => [column, new Set<string>()]));
  return {
    add(records) {
      for (const [column, names] of seen) {
        if (names === null) continue;
        for (const record of records) {
          const name = (record as Record<string, unknown>)[column];
          if (typeof name === 'string') names.add(name);
        }
        if (names.size > MAX_COLLECTED_NAMES) seen.set(column, null);
      }
    },
    get(column) {
      const names = seen.get(column);
      return names ? [...names] : null;
    },
  };
}
