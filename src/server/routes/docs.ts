import { DOCS_PERMISSION } from '../openapi.ts';
import { defineRoute } from '../route.ts';

export const docsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/openapi.json',
    permission: DOCS_PERMISSION,
    summary: 'This OpenAPI document (the reference page is at /api/docs)',
    tags: ['operations'],
    async handler({ request }) {
      return request.server.swagger();
    },
  }),
];
