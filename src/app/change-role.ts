import type { Role } from '../core/types.ts';
import type { Storage, User } from '../storage/port.ts';
import { assertNotLastAdmin } from './account-guards.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

/** Gives a user of the workspace another role; it applies from their next request (sessions read it live). */
export async function changeRole({
  storage,
  actor,
  userId,
  role,
}: {
  storage: Storage;
  actor: Actor;
  userId: number;
  role: Role;
}): Promise<User> {
  const what = `User ${userId}`;
  const before = requireFound(await storage.users.find(actor.workspaceId, userId), what);
  if (role !== 'admin') await assertNotLastAdmin({ storage, user: before, doing: 'change the role of' });
  const after = requireFound(await storage.users.update(actor.workspaceId, userId, { role }), what);
  await recordAudit(storage, actor, {
    action: 'change_role',
    entity: 'user',
    entityId: userId,
    before: { role: before.role },
    after: { role: after.role },
  });
  return after;
}
