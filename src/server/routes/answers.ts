/**
 * The rep inbox and answer form (issue 6 item 4). Everything here is per person: a set not sent to the caller
 * is a 404 (load-my-question-set.ts), and an API token, which has no inbox, is refused.
 */
import { getAnswerForm } from '../../app/get-answer-form.ts';
import { listMyQuestionSets } from '../../app/list-my-question-sets.ts';
import { saveMyAnswers } from '../../app/save-my-answers.ts';
import { searchMyDeals } from '../../app/search-my-deals.ts';
import { submitMyAnswers } from '../../app/submit-my-answers.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import {
  answerFormSchema,
  dealSearchQuerySchema,
  dealSearchSchema,
  inboxSchema,
  saveAnswersSchema,
} from '../../contract/answers.ts';
import { AppError } from '../../core/errors.ts';
import type { Principal } from '../principal.ts';
import { defineRoute } from '../route.ts';
import { todayIso } from '../today.ts';

const tags = ['answers'];

/** The person whose inbox it is. An API token has none: nothing is sent to it, so every id is a 404 (not 403: the role may answer). */
function requireRecipient(principal: Principal, questionSetId: number): number {
  if (principal.kind === 'user' && principal.userId !== null) return principal.userId;
  throw new AppError('NOT_FOUND', `Question set ${questionSetId} not found`);
}

export const answerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/inbox',
    permission: { resource: 'answers', action: 'read' },
    summary: 'Question sets sent to me, open ones first, with deadline and progress',
    tags,
    response: inboxSchema,
    async handler({ ctx, principal }) {
      if (principal.kind !== 'user' || principal.userId === null) return { items: [] };
      return listMyQuestionSets({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        userId: principal.userId,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/inbox/:id',
    permission: { resource: 'answers', action: 'read' },
    summary: 'A question set sent to me: its questions, my answers so far and what is missing',
    tags,
    params: idParamsSchema,
    response: answerFormSchema,
    async handler({ ctx, principal, params }) {
      return getAnswerForm({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        userId: requireRecipient(principal, params.id),
        questionSetId: params.id,
        today: todayIso(),
      });
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/inbox/:id/answers',
    permission: { resource: 'answers', action: 'write' },
    summary: 'Save my draft answers (each item replaces my answer to one question)',
    tags,
    params: idParamsSchema,
    body: saveAnswersSchema,
    response: answerFormSchema,
    async handler({ ctx, principal, params, body }) {
      return saveMyAnswers({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        userId: requireRecipient(principal, params.id),
        questionSetId: params.id,
        answers: body.answers,
        today: todayIso(),
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/inbox/:id/submit',
    permission: { resource: 'answers', action: 'write' },
    summary: 'Submit my answers (saving the ones sent along first); every question needs a valid answer',
    tags,
    params: idParamsSchema,
    body: saveAnswersSchema,
    response: answerFormSchema,
    async handler({ ctx, principal, params, body }) {
      return submitMyAnswers({
        storage: ctx.storage,
        actor: principal,
        userId: requireRecipient(principal, params.id),
        questionSetId: params.id,
        answers: body.answers,
        today: todayIso(),
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/inbox/:id/deals',
    permission: { resource: 'answers', action: 'read' },
    summary: "My lost or stalled deals in the request's scope, to link to an answer",
    tags,
    params: idParamsSchema,
    query: dealSearchQuerySchema,
    response: dealSearchSchema,
    async handler({ ctx, principal, params, query }) {
      return searchMyDeals({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        userId: requireRecipient(principal, params.id),
        questionSetId: params.id,
        query: query.q ?? '',
        limit: query.limit,
        today: todayIso(),
      });
    },
  }),
];
