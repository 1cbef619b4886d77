import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../core/errors.ts';
import { isAllowedFor, type Permission, SESSION_ONLY } from '../core/permissions.ts';
import type { Principal } from './principal.ts';
import type { RouteSpec } from './route.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** The route's permission, for hooks that run before the route's own (authentication). */
    permission?: Permission;
  }
  interface FastifyInstance {
    /** Every API route as registered, for the permission matrix test and the OpenAPI page. */
    tandemRoutes: RouteSpec[];
  }
}

/** 401 without a caller, 403 when the permission table (with its session-only rules) says no. */
export function authorize(route: Pick<RouteSpec, 'permission'>, principal: Principal | null): void {
  if (route.permission === 'public') return;
  if (!principal)
    throw new AppError('UNAUTHENTICATED', 'Please log in (or send an API token) to use this endpoint');
  const { resource, action } = route.permission;
  if (isAllowedFor(principal, resource, action)) return;
  if (principal.kind === 'token' && SESSION_ONLY[resource]?.includes(action)) {
    throw new AppError(
      'FORBIDDEN',
      `An API token may not ${action} ${resource}: this needs a logged-in user`,
    );
  }
  throw new AppError('FORBIDDEN', `Your role (${principal.role}) may not ${action} ${resource}`);
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
      config: { permission: route.permission },
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
      onRequest: async (request) => authorize(route, request.principal),
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
