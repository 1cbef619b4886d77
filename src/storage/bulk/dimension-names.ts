/**
 * The distinct dimension names (products, regions, owners …) of the staged rows, gathered while they stream in,
 * so the merge creates missing dimensions from a short list instead of scanning the staging table once per
 * dimension. A dimension with more distinct names than the cap is not a dimension worth holding in memory: the
 * merge falls back to the scan for it.
 */
export const MAX_COLLECTED_NAMES = 10_000;

export interface DimensionNames {
  /** Takes the names from staging rows (values in staging column order, `line` first). */
  add(rows: readonly (readonly unknown[])[]): void;
  /** The distinct names of a staging column, or null when there were too many to hold. */
  get(column: string): string[] | null;
}

/**
 * `columns`: the dimensions' staging columns with their position in a staging row. Read by position from the
 * rows about to be staged: reading five differently named properties of each record at one spot in the code
 * cost V8 a generic lookup each time.
 */
export function collectDimensionNames(columns: { name: string; index: number }[]): DimensionNames {
  const seen = new Map<string, Set<string> | null>(columns.map((column) => [column.name, new Set<string>()]));
  return {
    add(rows) {
      for (const { name: column, index } of columns) {
        const names = seen.get(column);
        if (!names) continue;
        for (const row of rows) {
          const name = row[index];
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
