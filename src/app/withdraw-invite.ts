import type { Storage } from '../storage/port.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

/** Withdraws a pending invitation: its link stops working. */
export async function withdrawInvite({
  storage,
  actor,
  inviteId,
}: {
  storage: Storage;
  actor: Actor;
  inviteId: number;
}): Promise<void> {
  const isDeleted = await storage.invites.delete(actor.workspaceId, inviteId);
  requireFound(isDeleted ? true : null, `Pending invitation ${inviteId}`);
  await recordAudit(storage, actor, { action: 'delete', entity: 'invite', entityId: inviteId });
}
