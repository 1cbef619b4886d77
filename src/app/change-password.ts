import type { Config } from '../config.ts';
import { AppError } from '../core/errors.ts';
import type { Storage } from '../storage/port.ts';
import { assertLoginAllowed, recordLoginOutcome } from './login-throttle.ts';
import { assertPasswordAcceptable, hashPassword, verifyPassword } from './passwords.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';
import { type StartedSession, startSession } from './start-session.ts';

export interface ChangePasswordInput {
  storage: Storage;
  config: Config;
  actor: Actor & { userId: number; ip: string };
  currentPassword: string;
  newPassword: string;
  userAgent: string | null;
  currentSessionId: string | null;
  now?: Date;
}

/**
 * Changes the acting user's own password. The current password is checked like a login (a wrong one counts
 * towards the lockout, so a stolen session cannot be used to guess it); on success every session of the user
 * ends, and the caller gets a fresh one.
 */
export async function changePassword(input: ChangePasswordInput): Promise<StartedSession> {
  const { storage, config, actor } = input;
  const now = input.now ?? new Date();
  const user = requireFound(
    await storage.users.find(actor.workspaceId, actor.userId),
    `User ${actor.userId}`,
  );
  const throttle = { storage, config, email: user.email, ip: actor.ip, now };
  await assertLoginAllowed(throttle);
  const stored = await storage.users.findByEmail(user.email);
  if (!(await verifyPassword(stored?.passwordHash ?? null, input.currentPassword))) {
    await recordLoginOutcome({ ...throttle, isSuccess: false });
    throw new AppError('VALIDATION', 'The current password is not right', [
      { field: 'body.currentPassword', message: 'is not your current password' },
    ]);
  }
  assertPasswordAcceptable({ password: input.newPassword, email: user.email, field: 'body.newPassword' });
  await storage.users.setPasswordHash(user.id, await hashPassword(input.newPassword), now.toISOString());
  await storage.sessions.deleteForUser(user.id);
  await recordAudit(storage, actor, { action: 'change_password', entity: 'user', entityId: user.id });
  return startSession({
    storage,
    config,
    userId: user.id,
    ip: actor.ip,
    userAgent: input.userAgent,
    replacing: input.currentSessionId,
    now,
  });
}
