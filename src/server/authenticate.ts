import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.ts';
import type { Principal } from './principal.ts';

/**
 * Foundation stage: the app is open and every caller acts as the admin of the default workspace.
 * Replaced by session and API-token authentication in the accounts feature.
 */
export function createAuthenticator(ctx: AppContext): (request: FastifyRequest) => Promise<Principal | null> {
  return async () => {
    const workspace = await ctx.storage.workspaces.findDefault();
    if (!workspace) return null;
    return {
      kind: 'user',
      workspaceId: workspace.id,
      role: 'admin',
      userId: null,
      tokenId: null,
      name: 'Admin',
      locale: 'de',
    };
  };
}
