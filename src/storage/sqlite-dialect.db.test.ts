import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.ts';

describe('SQLite queries and the event loop', () => {
  const opened = openDatabase({ engine: 'sqlite', location: ':memory:' });
  afterAll(async () => (await opened).close());

  it('lets other work run during a long run of queries, as PostgreSQL does while it waits', async () => {
    const { db } = await opened;
    let hasLoopTurned = false;
    setImmediate(() => {
      hasLoopTurned = true;
    });
    // Without yields, better-sqlite3 answers every query synchronously and awaiting it never leaves the
    // microtask queue: an HTTP server would accept no connection and read no request until the run ends.
    let queries = 0;
    while (!hasLoopTurned && queries < 20_000) {
      await sql`select 1`.execute(db);
      queries += 1;
    }
    expect(hasLoopTurned).toBe(true);
  });

  it('serves waiting queries first come, first served', async () => {
    const { db } = await opened;
    const finished: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        await sql`select ${index}`.execute(db);
        finished.push(index);
      }),
    );
    expect(finished).toEqual(Array.from({ length: 50 }, (_, index) => index));
  });
});
