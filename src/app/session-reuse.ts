/**
 * Reads of a session (with its user) reused for SESSION_REUSE_MS per instance, for safe requests on PostgreSQL.
 * There every request's session lookup is a round trip to the database; under load that round trip was most of
 * a cached cockpit request's cost. A change to sessions or users on this instance (a log-out, a role change, a
 * deactivation: all state-changing requests) forgets every reused read at once, so this instance never answers
 * from a read older than its own last write; a change made on another instance or by the CLI shows here at most
 * SESSION_REUSE_MS later. Writes always read the session afresh (their CSRF token is checked against it).
 */
import type { Session, User } from '../storage/port.ts';
import { createReuseWindow } from './reuse-window.ts';

export const SESSION_REUSE_MS = 1000;

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
  const reads = createReuseWindow<string, SessionRead | null>({
    windowMs: SESSION_REUSE_MS,
    maxEntries: 10_000,
    // Nobody found is not kept: random ids would fill the map, and a log-in right after must be seen.
    keeps: (found) => found !== null,
    now,
  });
  return { find: reads.get, forget: reads.forget, forgetAll: reads.forgetAll };
}
