import { createApiToken } from '../../app/create-api-token.ts';
import { revokeApiToken } from '../../app/revoke-api-token.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import {
  apiTokenListSchema,
  apiTokenSchema,
  createApiTokenBodySchema,
  createdApiTokenSchema,
} from '../../contract/tokens.ts';
import type { ApiToken, Storage } from '../../storage/port.ts';
import { defineRoute } from '../route.ts';

const READ = { resource: 'tokens', action: 'read' } as const;
const WRITE = { resource: 'tokens', action: 'write' } as const;

async function withCreatorNames(storage: Storage, workspaceId: number, tokens: ApiToken[]) {
  const names = new Map((await storage.users.list(workspaceId)).map((user) => [user.id, user.name]));
  return tokens.map((token) => ({
    ...token,
    createdBy: token.createdBy === null ? null : (names.get(token.createdBy) ?? null),
  }));
}

export const tokenRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/tokens',
    permission: READ,
    summary: 'API tokens of the workspace (never their secrets), newest first',
    tags: ['tokens'],
    response: apiTokenListSchema,
    async handler({ ctx, principal }) {
      const tokens = await ctx.storage.apiTokens.list(principal.workspaceId);
      return { tokens: await withCreatorNames(ctx.storage, principal.workspaceId, tokens) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tokens',
    permission: WRITE,
    summary: 'Create an API token acting with a role; the secret is in this response only',
    tags: ['tokens'],
    status: 201,
    body: createApiTokenBodySchema,
    response: createdApiTokenSchema,
    async handler({ ctx, principal, body }) {
      const { token, secret } = await createApiToken({ storage: ctx.storage, actor: principal, ...body });
      const [named] = await withCreatorNames(ctx.storage, principal.workspaceId, [token]);
      return { token: named ?? { ...token, createdBy: null }, secret };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tokens/:id/revoke',
    permission: WRITE,
    summary: 'Revoke an API token: requests with it get 401 from now on',
    tags: ['tokens'],
    params: idParamsSchema,
    response: apiTokenSchema,
    async handler({ ctx, principal, params }) {
      const token = await revokeApiToken({ storage: ctx.storage, actor: principal, tokenId: params.id });
      const [named] = await withCreatorNames(ctx.storage, principal.workspaceId, [token]);
      return named ?? { ...token, createdBy: null };
    },
  }),
];
