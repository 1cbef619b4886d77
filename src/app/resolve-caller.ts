/**
 * Who is calling: the user behind a session id, or the API token behind a bearer secret. Expired sessions
 * (idle or past their absolute end), sessions of deactivated users and revoked tokens resolve to nobody.
 */
import type { Config } from '../config.ts';
import type { ApiToken, Session, Storage, User } from '../storage/port.ts';
import { hashSecret } from './secrets.ts';
import type { SessionReuse } from './session-reuse.ts';

/** last_seen_at / last_used_at are written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionCaller {
  user: User;
  session: Session;
}

function isSessionLive(session: Session, now: Date, idleMinutes: number): boolean {
  const idleEnd = Date.parse(session.lastSeenAt) + idleMinutes * 60_000;
  return now.getTime() < Date.parse(session.expiresAt) && now.getTime() < idleEnd;
}

export async function resolveSession({
  storage,
  config,
  sessionId,
  now = new Date(),
  reuse,
}: {
  storage: Storage;
  config: Config;
  sessionId: string;
  now?: Date;
  /** Reuses a recent read of the session (safe requests on PostgreSQL, see session-reuse.ts). */
  reuse?: SessionReuse;
}): Promise<SessionCaller | null> {
  const idHash = hashSecret(sessionId);
  const read = () => storage.sessions.findWithUser(idHash);
  const found = await (reuse ? reuse.find(idHash, read) : read());
  if (!found) return null;
  const { session, user } = found;
  // Checked on every request, reused read or not: an expired session never passes.
  if (!isSessionLive(session, now, config.sessionIdleMinutes)) {
    await storage.sessions.delete(session.idHash);
    reuse?.forget(idHash);
    return null;
  }
  if (!user.isActive) {
    await storage.sessions.deleteForUser(session.userId);
    reuse?.forgetAll();
    return null;
  }
  if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_INTERVAL_MS) {
    await storage.sessions.touch(session.idHash, now.toISOString());
    // The reused read still holds the old last_seen_at: without this every request would touch again.
    reuse?.forget(idHash);
  }
  return { user, session };
}

export async function resolveApiToken({
  storage,
  secret,
  now = new Date(),
}: {
  storage: Storage;
  secret: string;
  now?: Date;
}): Promise<ApiToken | null> {
  const token = await storage.apiTokens.findByHash(hashSecret(secret));
  if (!token || token.revokedAt !== null) return null;
  const lastUsed = token.lastUsedAt ? Date.parse(token.lastUsedAt) : 0;
  if (now.getTime() - lastUsed >= TOUCH_INTERVAL_MS)
    await storage.apiTokens.markUsed(token.id, now.toISOString());
  return token;
}
