import type { Config } from '../config.ts';
import { AppError } from '../core/errors.ts';
import type { Storage, User } from '../storage/port.ts';
import { assertLoginAllowed, recordLoginOutcome } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import { type StartedSession, startSession } from './start-session.ts';

export interface LogInInput {
  storage: Storage;
  config: Config;
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
  /** The session id the browser sent along, if any; it is ended (rotation). */
  previousSessionId: string | null;
  now?: Date;
}

/** One message for every failure, so the answer never tells whether the e-mail has an account. */
export const LOGIN_FAILED_MESSAGE = 'E-mail or password is wrong, or the account is deactivated.';

/**
 * Logs in with e-mail and password: refuses while locked out, verifies with argon2id (spending the same time
 * when the account does not exist), records the outcome for lockout and audit, and starts a fresh session.
 */
export async function logIn(input: LogInInput): Promise<{ user: User; session: StartedSession }> {
  const { storage, config, ip, userAgent } = input;
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const throttle = { storage, config, email, ip, now };
  await assertLoginAllowed(throttle);

  const found = await storage.users.findByEmail(email);
  const isPasswordRight = await verifyPassword(found?.passwordHash ?? null, input.password);
  const actor = found ? { workspaceId: found.workspaceId, userId: found.id, ip } : null;
  if (!found || !isPasswordRight || !found.isActive) {
    await recordLoginOutcome({ ...throttle, isSuccess: false });
    if (actor)
      await recordAudit(storage, actor, { action: 'log_in_failed', entity: 'user', entityId: actor.userId });
    throw new AppError('UNAUTHENTICATED', LOGIN_FAILED_MESSAGE);
  }

  await recordLoginOutcome({ ...throttle, isSuccess: true });
  const { passwordHash: _secret, ...user } = found;
  const session = await startSession({
    storage,
    config,
    userId: user.id,
    ip,
    userAgent,
    replacing: input.previousSessionId,
    now,
  });
  const updated = await storage.users.update(user.workspaceId, user.id, { lastLoginAt: now.toISOString() });
  await recordAudit(
    storage,
    { workspaceId: user.workspaceId, userId: user.id, ip },
    {
      action: 'log_in',
      entity: 'user',
      entityId: user.id,
    },
  );
  return { user: updated ?? user, session };
}
