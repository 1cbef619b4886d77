import type { Role } from '../core/types.ts';
import type { ApiToken, Storage } from '../storage/port.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { createSecret, hashSecret } from './secrets.ts';

/** API tokens start with this, so secret scanners (and people) recognise a leaked one. */
export const API_TOKEN_PREFIX = 'tdm_';

/**
 * Creates an API token acting with `role` in the actor's workspace. The secret is returned once, here; only
 * its hash is stored.
 */
export async function createApiToken({
  storage,
  actor,
  name,
  role,
}: {
  storage: Storage;
  actor: Actor;
  name: string;
  role: Role;
}): Promise<{ token: ApiToken; secret: string }> {
  const secret = createSecret(API_TOKEN_PREFIX);
  const token = await storage.apiTokens.create({
    workspaceId: actor.workspaceId,
    name: name.trim(),
    role,
    tokenHash: hashSecret(secret),
    createdBy: actor.userId,
  });
  await recordAudit(storage, actor, {
    action: 'create',
    entity: 'api_token',
    entityId: token.id,
    after: { name: token.name, role: token.role },
  });
  return { token, secret };
}
