import type { ApiToken, Storage } from '../storage/port.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

/** Revokes a token for good: the next request with it gets 401. Revoking twice keeps the first time. */
export async function revokeApiToken({
  storage,
  actor,
  tokenId,
}: {
  storage: Storage;
  actor: Actor;
  tokenId: number;
}): Promise<ApiToken> {
  const what = `API token ${tokenId}`;
  const before = requireFound(await storage.apiTokens.find(actor.workspaceId, tokenId), what);
  const after = requireFound(
    await storage.apiTokens.revoke(actor.workspaceId, tokenId, new Date().toISOString()),
    what,
  );
  await recordAudit(storage, actor, {
    action: 'revoke',
    entity: 'api_token',
    entityId: tokenId,
    before: { name: before.name, revokedAt: before.revokedAt },
    after: { name: after.name, revokedAt: after.revokedAt },
  });
  return after;
}
