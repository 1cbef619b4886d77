import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../core/types.ts';
import type { Invite, InviteRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { nowIso } from './batch.ts';

function toInvite(row: Selectable<Database['invites']>): Invite {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    email: row.email,
    role: row.role as Role,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}

export function createInviteRepository(db: Kysely<Database>) {
  return {
    async create(invite) {
      const row = await db
        .insertInto('invites')
        .values({
          workspace_id: invite.workspaceId,
          email: invite.email.trim().toLowerCase(),
          role: invite.role,
          token_hash: invite.tokenHash,
          created_by: invite.createdBy,
          created_at: nowIso(),
          expires_at: invite.expiresAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toInvite(row);
    },
    async findByHash(tokenHash) {
      const row = await db
        .selectFrom('invites')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? toInvite(row) : null;
    },
    async listPending(workspaceId, now) {
      const rows = await db
        .selectFrom('invites')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toInvite);
    },
    async markUsed(id, at) {
      const result = await db
        .updateTable('invites')
        .set({ used_at: at })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async delete(workspaceId, id) {
      const result = await db
        .deleteFrom('invites')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    async deletePendingFor(workspaceId, email) {
      await db
        .deleteFrom('invites')
        .where('workspace_id', '=', workspaceId)
        .where('email', '=', email.trim().toLowerCase())
        .where('used_at', 'is', null)
        .execute();
    },
  } satisfies InviteRepository;
}
