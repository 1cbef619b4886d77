/** The server's notion of "today" (UTC). Core never reads the clock; the edges pass dates in. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
