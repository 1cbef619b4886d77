import { AppError } from '../core/errors.ts';
import type { Storage, User } from '../storage/port.ts';
import { assertPasswordAcceptable, generatePassword, hashPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';

/**
 * Sets a new password for the account with this e-mail (the console's `tandem user reset-password`), generating
 * one when none is given, and ends all the account's sessions.
 */
export async function resetPassword({
  storage,
  email,
  password,
}: {
  storage: Storage;
  email: string;
  password?: string;
}): Promise<{ user: User; password: string }> {
  const found = await storage.users.findByEmail(email);
  if (!found) throw new AppError('NOT_FOUND', `No user with the e-mail ${email.trim().toLowerCase()}`);
  const { passwordHash: _old, ...user } = found;
  const newPassword = password ?? generatePassword();
  assertPasswordAcceptable({ password: newPassword, email: user.email, field: 'password' });
  await storage.users.setPasswordHash(user.id, await hashPassword(newPassword), new Date().toISOString());
  await storage.sessions.deleteForUser(user.id);
  await recordAudit(
    storage,
    { workspaceId: user.workspaceId, userId: null },
    {
      action: 'reset_password',
      entity: 'user',
      entityId: user.id,
      context: { via: 'console' },
    },
  );
  return { user, password: newPassword };
}
