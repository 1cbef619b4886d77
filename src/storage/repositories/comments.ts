import type { Kysely, Selectable } from 'kysely';
import type { CommentRecord, CommentRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { parseJson } from './batch.ts';

function toComment(row: Selectable<Database['comments']>): CommentRecord {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    authorId: row.author_id,
    body: row.body,
    mentions: parseJson<number[]>(row.mentions_json, []),
    createdAt: row.created_at,
  };
}

export function createCommentRepository(db: Kysely<Database>) {
  return {
    async insert(workspaceId, comment) {
      const row = await db
        .insertInto('comments')
        .values({
          workspace_id: workspaceId,
          entity: comment.entity,
          entity_id: comment.entityId,
          author_id: comment.authorId,
          body: comment.body,
          mentions_json: JSON.stringify(comment.mentions),
          created_at: comment.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toComment(row);
    },
    async list(workspaceId, entity, entityId) {
      const rows = await db
        .selectFrom('comments')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('entity', '=', entity)
        .where('entity_id', '=', entityId)
        .orderBy('id')
        .execute();
      return rows.map(toComment);
    },
  } satisfies CommentRepository;
}
