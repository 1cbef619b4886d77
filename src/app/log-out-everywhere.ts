import type { Storage } from '../storage/port.ts';
import { type Actor, recordAudit } from './record-audit.ts';

/** Ends every session of the acting user, on every device, including the current one. */
export async function logOutEverywhere({
  storage,
  actor,
}: {
  storage: Storage;
  actor: Actor & { userId: number };
}): Promise<{ endedSessions: number }> {
  const endedSessions = await storage.sessions.deleteForUser(actor.userId);
  await recordAudit(storage, actor, {
    action: 'log_out_everywhere',
    entity: 'user',
    entityId: actor.userId,
    context: { endedSessions },
  });
  return { endedSessions };
}
