/**
 * A comment on a support request, with @mentions: the people named hear of it (notification `mentioned`).
 * Reps may comment only on requests whose questions were sent to them; for them other requests do not exist.
 */
import type { CommentView } from '../contract/requests.ts';
import { findMentions } from '../core/requests/mentions.ts';
import type { Principal } from '../server/principal.ts';
import type { CommentRecord, Storage, SupportRequestRecord } from '../storage/port.ts';
import { notify } from './notify.ts';
import { findPerson, getRequestRecord, loadPeople, type People } from './request-views.ts';
import { requireFound } from './row-access.ts';

export const REQUEST_COMMENT_ENTITY = 'support_request';
const EXCERPT_LENGTH = 160;

export function toCommentView(comment: CommentRecord, people: People): CommentView {
  return {
    id: comment.id,
    author: findPerson(people, comment.authorId),
    body: comment.body,
    mentions: comment.mentions.flatMap((id) => findPerson(people, id) ?? []),
    createdAt: comment.createdAt,
  };
}

/** Stores the comment and tells the people it mentions, in the caller's transaction. */
export async function recordComment(input: {
  storage: Storage;
  principal: Principal;
  request: SupportRequestRecord;
  body: string;
  createdAt: string;
}): Promise<CommentRecord> {
  const { storage, principal, request } = input;
  const people = [...(await loadPeople(storage, principal.workspaceId)).values()].filter((u) => u.isActive);
  const mentions = findMentions(input.body, people);
  const comment = await storage.comments.insert(principal.workspaceId, {
    entity: REQUEST_COMMENT_ENTITY,
    entityId: request.id,
    authorId: principal.userId,
    body: input.body,
    mentions,
    createdAt: input.createdAt,
  });
  const recipients = mentions.filter((id) => id !== principal.userId);
  const excerpt =
    input.body.length > EXCERPT_LENGTH ? `${input.body.slice(0, EXCERPT_LENGTH - 1)}…` : input.body;
  // Reps cannot open request pages; their way to the request is their inbox of question sets.
  const isRep = (id: number) => people.find((person) => person.id === id)?.role === 'sales_rep';
  const groups = [
    { ids: recipients.filter((id) => !isRep(id)), link: `/requests/${request.id}`, part: 'page' },
    { ids: recipients.filter(isRep), link: '/inbox', part: 'inbox' },
  ];
  for (const group of groups.filter((g) => g.ids.length > 0)) {
    await notify(storage, {
      workspaceId: principal.workspaceId,
      kind: 'mentioned',
      params: { request: request.title, author: principal.name, excerpt },
      recipients: group.ids,
      link: group.link,
      dedupeKey: `mentioned:comment:${comment.id}:${group.part}`,
    });
  }
  return comment;
}

/** Whether a rep was sent questions for this request (their only way in). */
async function isRepOfRequest(storage: Storage, principal: Principal, requestId: number): Promise<boolean> {
  if (principal.userId === null) return false;
  const sets = await storage.questionSets.listForRecipient(principal.workspaceId, principal.userId);
  return sets.some((set) => set.requestId === requestId);
}

export async function commentOnRequest(input: {
  storage: Storage;
  principal: Principal;
  requestId: number;
  body: string;
  now?: Date;
}): Promise<CommentView> {
  const { storage, principal, requestId } = input;
  return storage.transaction(async (tx) => {
    const request = await getRequestRecord(tx, principal.workspaceId, requestId);
    if (principal.role === 'sales_rep') {
      requireFound((await isRepOfRequest(tx, principal, requestId)) ? request : null, `Request ${requestId}`);
    }
    const comment = await recordComment({
      storage: tx,
      principal,
      request,
      body: input.body,
      createdAt: (input.now ?? new Date()).toISOString(),
    });
    return toCommentView(comment, await loadPeople(tx, principal.workspaceId));
  });
}
