import { listAuditEntries } from '../../app/list-audit-entries.ts';
import { auditPageSchema, auditQuerySchema } from '../../contract/audit.ts';
import { defineRoute } from '../route.ts';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    permission: { resource: 'audit', action: 'read' },
    summary: 'The audit log, newest first: filter by entity, id, action, user and dates; page with beforeId',
    tags: ['audit'],
    query: auditQuerySchema,
    response: auditPageSchema,
    async handler({ ctx, principal, query }) {
      return listAuditEntries({ storage: ctx.storage, workspaceId: principal.workspaceId, filter: query });
    },
  }),
];
