import { describe, expect, it } from 'vitest';
import { createTurns } from './take-turns.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('requests taking turns with the event loop', () => {
  it('starts waiting requests first come, first served, a few per turn', async () => {
    const turns = createTurns({ requestsPerTurn: 4, sliceMs: 2 });
    const started: number[] = [];
    const all = Array.from({ length: 10 }, (_, index) => turns.take().then(() => started.push(index)));
    await nextTurn();
    expect(started).toEqual([0, 1, 2, 3]);
    await nextTurn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await Promise.all(all);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('starts a request at once shortly after a turn, when nobody waits', async () => {
    const turns = createTurns({ requestsPerTurn: 4, sliceMs: 60_000 });
    await turns.take();
    let hasLoopTurned = false;
    setImmediate(() => {
      hasLoopTurned = true;
    });
    await turns.take();
    expect(hasLoopTurned).toBe(false);
  });

  it('makes a request wait for the loop to turn once the slice is used up', async () => {
    const turns = createTurns({ requestsPerTurn: 4, sliceMs: 0 });
    await turns.take();
    let hasLoopTurned = false;
    setImmediate(() => {
      hasLoopTurned = true;
    });
    await turns.take();
    expect(hasLoopTurned).toBe(true);
  });
});
