/**
 * Reads reused for a short window per instance: a read started at most `windowMs` ago answers again, so a burst
 * of requests shares one round trip to the database. Used for session reads (session-reuse.ts) and the cockpit's
 * workspace and data stamp (get-bookings-overview.ts) on PostgreSQL. A failed read, or one `keeps` refuses, is not
 * reused; a clock set back counts as expired (the entry's age is unknown then).
 */
export interface ReuseWindow<K, V> {
  /** The read of `key` started within the window, else `read()`'s (kept from its start). */
  get(key: K, read: () => Promise<V>): Promise<V>;
  forget(key: K): void;
  forgetAll(): void;
}

export interface ReuseWindowOptions<V> {
  windowMs: number;
  /** Bounded: a flood of distinct keys cannot grow the map without limit (the oldest goes first). */
  maxEntries: number;
  /** Whether a settled value may be reused; default every value. */
  keeps?: (value: V) => boolean;
  now?: () => number;
}

export function createReuseWindow<K, V>({
  windowMs,
  maxEntries,
  keeps = () => true,
  now = () => Date.now(),
}: ReuseWindowOptions<V>): ReuseWindow<K, V> {
  const kept = new Map<K, { at: number; read: Promise<V> }>();
  return {
    get(key, read) {
      const at = now();
      const entry = kept.get(key);
      if (entry && at >= entry.at && at - entry.at < windowMs) return entry.read;
      const reading = read();
      const fresh = { at, read: reading };
      kept.delete(key);
      kept.set(key, fresh);
      if (kept.size > maxEntries) {
        const oldest = kept.keys().next().value;
        if (oldest !== undefined) kept.delete(oldest);
      }
      // Only this read's own entry: forgetAll may have dropped it, and a newer read may have replaced it.
      const drop = () => {
        if (kept.get(key) === fresh) kept.delete(key);
      };
      reading.then((value) => keeps(value) || drop(), drop);
      return reading;
    },
    forget(key) {
      kept.delete(key);
    },
    forgetAll() {
      kept.clear();
    },
  };
}
