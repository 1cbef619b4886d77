import { listQuestions } from '../../app/list-questions.ts';
import { addQuestion, updateQuestion } from '../../app/save-question.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import {
  questionContentSchema,
  questionListQuerySchema,
  questionListSchema,
  questionViewSchema,
  updateQuestionSchema,
} from '../../contract/questions.ts';
import { defineRoute } from '../route.ts';

const read = { resource: 'questions', action: 'read' } as const;
const write = { resource: 'questions', action: 'write' } as const;
const tags = ['questions'];

export const questionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/questions',
    permission: read,
    summary: 'The question catalogue (built-in and marketing’s own), in catalogue order',
    tags,
    query: questionListQuerySchema,
    response: questionListSchema,
    async handler({ ctx, principal, query }) {
      return listQuestions({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        includeArchived: query.includeArchived === 'true',
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/questions',
    permission: write,
    summary: 'Add a question (German and English) to the catalogue',
    tags,
    body: questionContentSchema,
    response: questionViewSchema,
    status: 201,
    async handler({ ctx, principal, body }) {
      return addQuestion({ storage: ctx.storage, principal, content: body });
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/questions/:id',
    permission: write,
    summary: 'Edit a question’s texts, type and options, or archive it',
    tags,
    params: idParamsSchema,
    body: updateQuestionSchema,
    response: questionViewSchema,
    async handler({ ctx, principal, params, body }) {
      return updateQuestion({ storage: ctx.storage, principal, id: params.id, changes: body });
    },
  }),
];
