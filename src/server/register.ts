import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../core/errors.ts';
import { isAllowed } from '../core/permissions.ts';
import type { Principal } from './principal.ts';
import type { RouteSpec } from './route.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Every API route as registered, for the permission matrix test and the OpenAPI page. */
    tandemRoutes: RouteSpec[];
  }
}

function authorize(route: RouteSpec, request: FastifyRequest): void {
  if (route.permission === 'public') return;
  const principal = request.principal;
  if (!principal)
    throw new AppError('UNAUTHENTICATED', 'Please log in (or send an API token) to use this endpoint');
  const { resource, action } = route.permission;
  if (!isAllowed(principal.role, resource, action)) {
    throw new AppError('FORBIDDEN', `Your role (${principal.role}) may not ${action} ${resource}`);
  }
}

export function registerRoutes(app: FastifyInstance, ctx: AppContext, routes: RouteSpec[]): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const route of routes) {
    if (!route.permission) throw new Error(`Route ${route.method} ${route.url} declares no permission`);
    if (!route.url.startsWith('/api/')) throw new Error(`Route ${route.url} must live under /api/`);
    app.tandemRoutes.push(route);
    typed.route({
      method: route.method,
      url: route.url,
      schema: {
        summary: route.summary,
        tags: route.tags,
        ...(route.params ? { params: route.params } : {}),
        ...(route.query ? { querystring: route.query } : {}),
        ...(route.body ? { body: route.body } : {}),
        ...(route.response ? { response: { [route.status ?? 200]: route.response } } : {}),
        ...(route.permission === 'public' ? {} : { security: [{ session: [] }, { bearer: [] }] }),
      },
      // Authorise before the body is validated: an anonymous caller learns nothing about the schema.
      onRequest: async (request) => authorize(route, request),
      handler: async (request, reply) => {
        const result = await route.handler({
          params: request.params as never,
          query: request.query as never,
          body: request.body as never,
          principal: request.principal,
          ctx,
          request,
          reply,
        });
        if (reply.sent) return reply;
        if (route.status) reply.code(route.status);
        return result;
      },
    });
  }
}
