import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../core/types.ts';
import type { ApiToken, ApiTokenRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { nowIso } from './batch.ts';

function toApiToken(row: Selectable<Database['api_tokens']>): ApiToken {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    role: row.role as Role,
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export function createApiTokenRepository(db: Kysely<Database>) {
  return {
    async create(token) {
      const row = await db
        .insertInto('api_tokens')
        .values({
          workspace_id: token.workspaceId,
          name: token.name,
          role: token.role,
          token_hash: token.tokenHash,
          created_by: token.createdBy,
          created_at: nowIso(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toApiToken(row);
    },
    async findByHash(tokenHash) {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? toApiToken(row) : null;
    },
    async find(workspaceId, id) {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toApiToken(row) : null;
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toApiToken);
    },
    async markUsed(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
    async revoke(workspaceId, id, at) {
      await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      return this.find(workspaceId, id);
    },
  } satisfies ApiTokenRepository;
}
