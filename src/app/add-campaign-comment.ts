/** Anyone who may comment (sales too) discusses the brief; marketing alone edits it (permissions.ts). */
import type { Storage } from '../storage/port.ts';
import { requireCampaign } from './campaign-detail.ts';
import type { Actor } from './record-audit.ts';

export const CAMPAIGN_COMMENT_ENTITY = 'campaign';

export async function addCampaignComment(input: {
  storage: Storage;
  actor: Actor;
  id: number;
  body: string;
  at: string;
}) {
  const { storage, actor, id } = input;
  await requireCampaign(storage, actor.workspaceId, id);
  const comment = await storage.comments.insert(actor.workspaceId, {
    entity: CAMPAIGN_COMMENT_ENTITY,
    entityId: id,
    authorId: actor.userId,
    body: input.body,
    mentions: [],
    createdAt: input.at,
  });
  const author = actor.userId ? await storage.users.find(actor.workspaceId, actor.userId) : null;
  return {
    id: comment.id,
    authorName: author?.name ?? null,
    body: comment.body,
    createdAt: comment.createdAt,
  };
}

export async function listCampaignComments(input: { storage: Storage; workspaceId: number; id: number }) {
  const { storage, workspaceId, id } = input;
  await requireCampaign(storage, workspaceId, id);
  const comments = await storage.comments.list(workspaceId, CAMPAIGN_COMMENT_ENTITY, id);
  const users = new Map((await storage.users.list(workspaceId)).map((user) => [user.id, user.name]));
  return {
    items: comments.map((comment) => ({
      id: comment.id,
      authorName: comment.authorId === null ? null : (users.get(comment.authorId) ?? null),
      body: comment.body,
      createdAt: comment.createdAt,
    })),
  };
}
