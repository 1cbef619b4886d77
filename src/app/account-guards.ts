/** Rules that keep a workspace administrable: someone must always be able to log in as admin. */
import { AppError } from '../core/errors.ts';
import type { Storage, User } from '../storage/port.ts';

/** Refuses to take away the last active admin (by demotion or deactivation). */
export async function assertNotLastAdmin({
  storage,
  user,
  doing,
}: {
  storage: Storage;
  user: User;
  /** What is refused, completing "Cannot … anna@firma.de": "deactivate", "change the role of". */
  doing: string;
}): Promise<void> {
  if (user.role !== 'admin' || !user.isActive) return;
  if ((await storage.users.countActiveAdmins(user.workspaceId)) > 1) return;
  throw new AppError(
    'CONFLICT',
    `Cannot ${doing} ${user.email}: it is the last active admin. Make another user admin first.`,
  );
}

/** Refuses a change to an e-mail that already has an account (e-mail addresses are unique across Tandem). */
export async function assertEmailFree(storage: Storage, email: string): Promise<void> {
  if (await storage.users.findByEmail(email)) {
    throw new AppError('CONFLICT', `A user with the e-mail ${email.trim().toLowerCase()} exists already`, [
      { field: 'email', message: 'is already used by another account' },
    ]);
  }
}
