/** SQLite allows at most 32,766 bound parameters per statement; 400 rows × ~25 columns stays well below. */
export const ROWS_PER_INSERT = 400;

export async function forEachChunk<T>(
  rows: T[],
  size: number,
  write: (chunk: T[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await write(rows.slice(start, start + size));
  }
}

/** Storage timestamps are ISO-8601 UTC; the edges own the clock, never core. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
