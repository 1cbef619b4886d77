import type { Storage } from '../storage/port.ts';
import { recordAudit } from './record-audit.ts';
import { hashSecret } from './secrets.ts';

/** Ends the session with this id, if it exists; logging out twice is not an error. */
export async function logOut({
  storage,
  sessionId,
  ip,
}: {
  storage: Storage;
  sessionId: string;
  ip: string | null;
}): Promise<void> {
  const session = await storage.sessions.find(hashSecret(sessionId));
  if (!session) return;
  await storage.sessions.delete(session.idHash);
  const user = await storage.users.findById(session.userId);
  if (user) {
    await recordAudit(
      storage,
      { workspaceId: user.workspaceId, userId: user.id, ip },
      {
        action: 'log_out',
        entity: 'user',
        entityId: user.id,
      },
    );
  }
}
