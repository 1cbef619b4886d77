/**
 * Reads of a session (with its user) reused for SESSION_REUSE_MS per instance, for safe requests on PostgreSQL.
 * There every request's session lookup is a round trip to the database; under load that round trip was most of
 * a cached cockpit request's cost. A change to sessions or users on this instance (a log-out, a role change, a
 * deactivation: all state-changing requests) forgets every reused read at once, so this instance never answers
 * from a read older than its own last write; a change made on another instance or by the CLI shows here at most
 * SESSION_REUSE_MS later. Writes always read the session afresh (their CSRF token is checked against it).
 */
import type { Session, User } from '../storage/port.ts';

export const SESSION_REUSE_MS = 1000;
/** Bounded: a flood of distinct session ids cannot grow the map without limit. */
const MAX_ENTRIES = 10_000;

export interface SessionRead {
  session: Session;
  user: User;
}

export interface SessionReuse {
  /** The read of `idHash` started at most SESSION_REUSE_MS ago, else `read()`'s (kept when it finds a session). */
  find(idHash: string, read: () => Promise<SessionRead | null>): Promise<SessionRead | null>;
  /** Drops the kept read of one session (it was just changed). */
  forget(idHash: string): void;
  /** Drops every kept read: call after anything that may have changed sessions or users. */
  forgetAll(): void;
}

export function createSessionReuse(now: () => number = () => Date.now()): SessionReuse {
  const kept = new Map<string, { at: number; read: Promise<SessionRead | null> }>();
  return {
    find(idHash, read) {
      const at = now();
      const entry = kept.get(idHash);
      // A clock set back counts as expired too: the entry's age is unknown then.
      if (entry && at >= entry.at && at - entry.at < SESSION_REUSE_MS) return entry.read;
      // Kept from the start, so a burst of requests with one session shares a single read.
      const reading = read();
      const fresh = { at, read: reading };
      kept.delete(idHash);
      kept.set(idHash, fresh);
      if (kept.size > MAX_ENTRIES) {
        const oldest = kept.keys().next().value;
        if (oldest !== undefined) kept.delete(oldest);
      }
      const drop = () => {
        if (kept.get(idHash) === fresh) kept.delete(idHash);
      };
      // Nobody found is not kept (random ids would fill the map); forgetAll already dropped older reads.
      reading.then((found) => found === null && drop(), drop);
      return reading;
    },
    forget(idHash) {
      kept.delete(idHash);
    },
    forgetAll() {
      kept.clear();
    },
  };
}
