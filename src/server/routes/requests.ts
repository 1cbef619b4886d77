import { z } from 'zod';
import { commentOnRequest } from '../../app/comment-on-request.ts';
import { draftSupportRequest } from '../../app/draft-support-request.ts';
import { getSupportRequest } from '../../app/get-support-request.ts';
import { listSupportRequests } from '../../app/list-support-requests.ts';
import { proposeQuestionSet } from '../../app/propose-question-set.ts';
import { requestSupport } from '../../app/request-support.ts';
import { sendQuestionSet } from '../../app/send-question-set.ts';
import { updateSupportRequest } from '../../app/update-support-request.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import {
  commentSchema,
  createCommentSchema,
  createRequestSchema,
  proposalSchema,
  requestDetailSchema,
  requestDraftQuerySchema,
  requestDraftSchema,
  requestListQuerySchema,
  requestListSchema,
  sendQuestionSetSchema,
  updateRequestSchema,
} from '../../contract/requests.ts';
import { defineRoute } from '../route.ts';
import { todayIso } from '../today.ts';

const read = { resource: 'requests', action: 'read' } as const;
const write = { resource: 'requests', action: 'write' } as const;
const tags = ['requests'];
const createdSchema = z.object({ id: z.number() });

type DetailInput = Parameters<typeof getSupportRequest>[0];

function detail(ctx: Pick<DetailInput, 'storage'>, principal: DetailInput['principal'], id: number) {
  return getSupportRequest({ storage: ctx.storage, principal, id });
}

export const requestRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/requests',
    permission: read,
    summary: 'Support requests, newest first, with owner, due date and answer progress',
    tags,
    query: requestListQuerySchema,
    response: requestListSchema,
    async handler({ ctx, principal, query }) {
      return listSupportRequests({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        ...(query.status ? { status: query.status } : {}),
        ...(query.mine === 'true' ? { userId: principal.userId } : {}),
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/requests/draft',
    permission: write,
    summary: 'What a new request starts with: an alert’s evidence as of today, owners to pick, scope choices',
    tags,
    query: requestDraftQuerySchema,
    response: requestDraftSchema,
    async handler({ ctx, principal, query }) {
      return draftSupportRequest({
        storage: ctx.storage,
        principal,
        today: todayIso(),
        ...(query.alert ? { alertId: query.alert } : {}),
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/requests',
    permission: write,
    summary: 'Ask marketing for support, from an alert (evidence frozen) or by hand',
    tags,
    body: createRequestSchema,
    response: requestDetailSchema,
    status: 201,
    async handler({ ctx, principal, body }) {
      const { id } = await requestSupport({ storage: ctx.storage, principal, body, today: todayIso() });
      return detail(ctx, principal, id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/requests/:id',
    permission: read,
    summary: 'A request with its evidence, moves, comments, activity and question sets',
    tags,
    params: idParamsSchema,
    response: requestDetailSchema,
    async handler({ ctx, principal, params }) {
      return detail(ctx, principal, params.id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/requests/:id',
    permission: write,
    summary: 'Change title, marketing owner, due date, or move the status along the workflow',
    tags,
    params: idParamsSchema,
    body: updateRequestSchema,
    response: requestDetailSchema,
    async handler({ ctx, principal, params, body }) {
      await updateSupportRequest({ storage: ctx.storage, principal, id: params.id, changes: body });
      return detail(ctx, principal, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/requests/:id/comments',
    permission: { resource: 'comments', action: 'write' },
    summary: 'Comment on a request; @mentioned people are notified',
    tags,
    params: idParamsSchema,
    body: createCommentSchema,
    response: commentSchema,
    status: 201,
    async handler({ ctx, principal, params, body }) {
      return commentOnRequest({ storage: ctx.storage, principal, requestId: params.id, body: body.body });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/requests/:id/question-set-proposal',
    permission: { resource: 'questions', action: 'write' },
    summary: 'Proposed questions (at most 8, each with its reason), reps who work the scope, a deadline',
    tags,
    params: idParamsSchema,
    response: proposalSchema,
    async handler({ ctx, principal, params }) {
      return proposeQuestionSet({ storage: ctx.storage, principal, requestId: params.id, today: todayIso() });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/requests/:id/question-sets',
    permission: { resource: 'questions', action: 'write' },
    summary: 'Send a question set to reps; the request moves to asking',
    tags,
    params: idParamsSchema,
    body: sendQuestionSetSchema,
    response: createdSchema,
    status: 201,
    async handler({ ctx, principal, params, body }) {
      return sendQuestionSet({
        storage: ctx.storage,
        principal,
        requestId: params.id,
        body,
        today: todayIso(),
      });
    },
  }),
];
