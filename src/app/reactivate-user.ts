import type { Storage, User } from '../storage/port.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

/** Lets a deactivated user log in again with their old password. */
export async function reactivateUser({
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
  const after = requireFound(await storage.users.update(actor.workspaceId, userId, { isActive: true }), what);
  await recordAudit(storage, actor, {
    action: 'reactivate',
    entity: 'user',
    entityId: userId,
    before: { isActive: before.isActive },
    after: { isActive: after.isActive },
  });
  return after;
}
