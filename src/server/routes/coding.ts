/** "Texts & codes": coded lost reasons and answers with the deciding words; marketing relabels (issue 6 item 5). */
import { listCodedTexts } from '../../app/list-coded-texts.ts';
import { relabelText } from '../../app/relabel-text.ts';
import {
  codedTextListSchema,
  codedTextQuerySchema,
  codedTextSchema,
  relabelSchema,
} from '../../contract/coding.ts';
import { defineRoute } from '../route.ts';

const tags = ['coding'];

export const codingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/texts',
    permission: { resource: 'diagnoses', action: 'read' },
    summary: 'Coded texts (lost reasons or answers), newest first, with the words that decided each code',
    tags,
    query: codedTextQuerySchema,
    response: codedTextListSchema,
    async handler({ ctx, principal, query }) {
      return listCodedTexts({ storage: ctx.storage, workspaceId: principal.workspaceId, query });
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/texts/label',
    permission: { resource: 'diagnoses', action: 'write' },
    summary: "Relabel a text with a barrier: stored as a confirmed label that trains the workspace's coder",
    tags,
    body: relabelSchema,
    response: codedTextSchema,
    async handler({ ctx, principal, body }) {
      return relabelText({ storage: ctx.storage, actor: principal, body });
    },
  }),
];
