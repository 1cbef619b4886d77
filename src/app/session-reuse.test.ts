import { describe, expect, it } from 'vitest';
import type { Session, User } from '../storage/port.ts';
import { createSessionReuse, SESSION_REUSE_MS, type SessionRead } from './session-reuse.ts';

const found = { session: { idHash: 'a' } as Session, user: { id: 1 } as User };

/** A session store that counts its reads and answers what `current` holds. */
function countingStore(current: { value: SessionRead | null }) {
  let reads = 0;
  return {
    read: async () => {
      reads += 1;
      return current.value;
    },
    reads: () => reads,
  };
}

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('session reuse', () => {
  it('reads a session once within SESSION_REUSE_MS, and afresh after it', async () => {
    const time = clock();
    const reuse = createSessionReuse(time.now);
    const store = countingStore({ value: found });
    await reuse.find('a', store.read);
    time.advance(SESSION_REUSE_MS - 1);
    expect(await reuse.find('a', store.read)).toBe(found);
    expect(store.reads()).toBe(1);
    time.advance(1);
    await reuse.find('a', store.read);
    expect(store.reads()).toBe(2);
  });

  it('shares one read among concurrent requests with the same session', async () => {
    const reuse = createSessionReuse(clock().now);
    const store = countingStore({ value: found });
    await Promise.all(Array.from({ length: 50 }, () => reuse.find('a', store.read)));
    expect(store.reads()).toBe(1);
  });

  it('does not keep an unknown session: a log-in right after is seen at once', async () => {
    const reuse = createSessionReuse(clock().now);
    const current = { value: null as SessionRead | null };
    const store = countingStore(current);
    expect(await reuse.find('a', store.read)).toBeNull();
    current.value = found;
    expect(await reuse.find('a', store.read)).toBe(found);
  });

  it('forgets every kept read after a write, and one session on request', async () => {
    const reuse = createSessionReuse(clock().now);
    const current = { value: found as SessionRead | null };
    const store = countingStore(current);
    await reuse.find('a', store.read);
    await reuse.find('b', store.read);
    reuse.forget('a');
    await reuse.find('a', store.read);
    await reuse.find('b', store.read);
    expect(store.reads()).toBe(3);
    current.value = null;
    reuse.forgetAll();
    expect(await reuse.find('a', store.read)).toBeNull();
    expect(await reuse.find('b', store.read)).toBeNull();
  });

  it('does not keep a read that started before a write finished', async () => {
    const reuse = createSessionReuse(clock().now);
    let release: (value: SessionRead | null) => void = () => undefined;
    const slow = () =>
      new Promise<SessionRead | null>((resolve) => {
        release = resolve;
      });
    const pending = reuse.find('a', slow);
    reuse.forgetAll();
    release(found);
    await pending;
    const store = countingStore({ value: null });
    expect(await reuse.find('a', store.read)).toBeNull();
  });

  it('treats a clock set back as expired', async () => {
    const time = clock();
    const reuse = createSessionReuse(time.now);
    const store = countingStore({ value: found });
    await reuse.find('a', store.read);
    time.advance(-5_000);
    await reuse.find('a', store.read);
    expect(store.reads()).toBe(2);
  });
});
