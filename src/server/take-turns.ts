/**
 * Requests on SQLite take turns with the event loop: a request that arrives while the loop has been busy for
 * more than SLICE_MS since its last turn, or while others wait, starts on a later turn; waiting requests start
 * first come, first served, at most REQUESTS_PER_TURN per turn.
 *
 * Why: better-sqlite3 answers synchronously, so a request on SQLite runs from its first query to its response in
 * microtasks, never returning to the event loop. Under load one turn of the loop then answered every request
 * that was ready (200 connections × 2–4 ms of answer saving = 0.3–0.5 s per turn, measured with an
 * event-loop-delay monitor), and libuv accepts one new connection per turn (libuv/libuv#3696): at 200
 * connections the last ones opened waited more than 10 s for their first answer, which autocannon counted as
 * timeouts. With turns, a turn lasts a few milliseconds and new connections are accepted at once. Taking turns
 * per query instead (as PostgreSQL does by waiting on its socket) was measured too: every request then needs a
 * turn per query, and answer saves at 200 connections served about a quarter fewer requests per second (591 and
 * 560 against 803 and 715 rps, alternating runs).
 */

/** 4 served more requests per second than 1 (about 850 against 690 rps, answer saves at c200) at a lower p99. */
const REQUESTS_PER_TURN = 4;
/** How long requests run without a turn; an idle server pays one turn (microseconds) per request. */
const SLICE_MS = 2;

export interface Turns {
  /** Resolves when the request may start: at once while the loop is not busy, else on a later turn. */
  take(): Promise<void>;
}

export function createTurns(
  options: { requestsPerTurn: number; sliceMs: number } = {
    requestsPerTurn: REQUESTS_PER_TURN,
    sliceMs: SLICE_MS,
  },
): Turns {
  const waiting: (() => void)[] = [];
  let isStartScheduled = false;
  let sliceStartedAt = Number.NEGATIVE_INFINITY;

  function scheduleStart(): void {
    if (isStartScheduled || waiting.length === 0) return;
    isStartScheduled = true;
    setImmediate(startSome);
  }

  function startSome(): void {
    isStartScheduled = false;
    sliceStartedAt = performance.now();
    for (const start of waiting.splice(0, options.requestsPerTurn)) start();
    scheduleStart();
  }

  return {
    take() {
      const isBusy = waiting.length > 0 || performance.now() - sliceStartedAt >= options.sliceMs;
      if (!isBusy) return Promise.resolve();
      return new Promise((resolve) => {
        waiting.push(resolve);
        scheduleStart();
      });
    },
  };
}
