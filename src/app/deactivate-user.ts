import { AppError } from '../core/errors.ts';
import type { Storage, User } from '../storage/port.ts';
import { assertNotLastAdmin } from './account-guards.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

/** Deactivates a user: they cannot log in any more, and every session they have ends at once. */
export async function deactivateUser({
  storage,
  actor,
  userId,
}: {
  storage: Storage;
  actor: Actor;
  userId: number;
}): Promise<User> {
  const what = `User ${userId}`;
  const before = requireFound(await storage.users.find(actor.workspaceId, userId), what);
  if (actor.userId === userId) throw new AppError('CONFLICT', 'You cannot deactivate your own account');
  await assertNotLastAdmin({ storage, user: before, doing: 'deactivate' });
  const after = requireFound(
    await storage.users.update(actor.workspaceId, userId, { isActive: false }),
    what,
  );
  const endedSessions = await storage.sessions.deleteForUser(userId);
  await recordAudit(storage, actor, {
    action: 'deactivate',
    entity: 'user',
    entityId: userId,
    before: { isActive: before.isActive },
    after: { isActive: after.isActive },
    context: { endedSessions },
  });
  return after;
}
