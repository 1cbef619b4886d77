import type { Locale } from '../core/types.ts';
import type { Storage, User } from '../storage/port.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

/** Changes the acting user's own name or language. */
export async function updateProfile({
  storage,
  actor,
  changes,
}: {
  storage: Storage;
  actor: Actor & { userId: number };
  changes: { name?: string; locale?: Locale };
}): Promise<User> {
  const what = `User ${actor.userId}`;
  const before = requireFound(await storage.users.find(actor.workspaceId, actor.userId), what);
  const after = requireFound(await storage.users.update(actor.workspaceId, actor.userId, changes), what);
  await recordAudit(storage, actor, {
    action: 'update',
    entity: 'user',
    entityId: after.id,
    before: { name: before.name, locale: before.locale },
    after: { name: after.name, locale: after.locale },
  });
  return after;
}
