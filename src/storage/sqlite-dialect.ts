/**
 * Kysely's SQLite dialect, except that queries take turns with the rest of the process: a query (or a
 * transaction, before its `begin`) waits for a later turn of the event loop when other queries are waiting or
 * when queries have run for SLICE_MS without one; waiting queries resume first come, first served, at most
 * QUERIES_PER_TURN per turn.
 *
 * Why: better-sqlite3 answers synchronously, so under Kysely an HTTP request on SQLite ran from its first query to
 * its response in microtasks, never returning to the event loop. Under load one turn of the loop then served
 * every request that was ready (200 connections × 2–4 ms of answer saving = 0.3–0.5 s per turn, measured with an
 * event-loop-delay monitor), and libuv accepts one new connection per turn (libuv/libuv#3696): at 200
 * connections the last ones opened waited more than 10 s for their first answer, which autocannon counted as
 * timeouts. Taking turns, as a PostgreSQL query does by waiting on its socket, keeps a turn to a few
 * milliseconds. A transaction runs to its end once begun: other requests cannot run inside it, as before. The
 * queue is per process on purpose: there is one event loop to share.
 */
import {
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

/** Queries resumed per turn of the event loop: keeps a turn short however many requests wait. */
const QUERIES_PER_TURN = 16;
/** Queries run without yielding for this long after a turn: an idle server pays nothing for the yields. */
const SLICE_MS = 2;
const waiting: (() => void)[] = [];
let isDrainScheduled = false;
let sliceStartedAt = 0;

function drainSome(): void {
  isDrainScheduled = false;
  sliceStartedAt = performance.now();
  for (const resume of waiting.splice(0, QUERIES_PER_TURN)) resume();
  scheduleDrain();
}

function scheduleDrain(): void {
  if (isDrainScheduled || waiting.length === 0) return;
  isDrainScheduled = true;
  setImmediate(drainSome);
}

/** A query waits its turn behind those already waiting, and once the slice is used up. */
function mustWait(): boolean {
  return waiting.length > 0 || performance.now() - sliceStartedAt >= SLICE_MS;
}

/** Resolves on a later turn of the event loop, first come first served. */
function waitForTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    scheduleDrain();
  });
}

class YieldingSqliteDriver extends SqliteDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    if (mustWait()) await waitForTurn();
    return super.acquireConnection();
  }
}

export class YieldingSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new YieldingSqliteDriver(this.#config);
  }
}
