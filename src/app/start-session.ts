import type { Config } from '../config.ts';
import type { Storage } from '../storage/port.ts';
import { createSecret, hashSecret } from './secrets.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export interface StartedSession {
  /** Goes into the HttpOnly cookie and nowhere else; the database keeps only its hash. */
  sessionId: string;
  /** Goes into the readable CSRF cookie; the client sends it back as `x-csrf-token` on writes. */
  csrfToken: string;
  expiresAt: string;
}

export interface StartSessionInput {
  storage: Storage;
  config: Config;
  userId: number;
  ip: string | null;
  userAgent: string | null;
  /** The session the browser presented, if any: it ends, so an id planted before login never gets promoted. */
  replacing?: string | null;
  now?: Date;
}

/** Starts a fresh session (always a new id: session rotation) and clears out expired ones on the way. */
export async function startSession({
  storage,
  config,
  userId,
  ip,
  userAgent,
  replacing = null,
  now = new Date(),
}: StartSessionInput): Promise<StartedSession> {
  const sessionId = createSecret();
  const csrfToken = createSecret();
  const expiresAt = new Date(now.getTime() + config.sessionMaxHours * HOUR_MS).toISOString();
  if (replacing) await storage.sessions.delete(hashSecret(replacing));
  await storage.sessions.deleteExpired(
    now.toISOString(),
    new Date(now.getTime() - config.sessionIdleMinutes * MINUTE_MS).toISOString(),
  );
  await storage.sessions.create({
    idHash: hashSecret(sessionId),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt,
    ip,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { sessionId, csrfToken, expiresAt };
}
