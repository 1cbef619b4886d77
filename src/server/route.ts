/**
 * The one way API routes are declared: method, URL, permission, zod schemas, handler. The permission is a
 * required field, and `registerRoutes` refuses a route without one, so no endpoint can forget to check roles.
 * Handlers stay short: the registry has validated input and checked the role before the handler runs.
 *
 * Conventions on top (see src/app/row-access.ts and src/app/record-audit.ts):
 * - Row-level rules live in the use case: load rows with the principal's workspaceId and pass the result
 *   through `requireFound(row, 'Deal 42')`, so another workspace's id is the same 404 as a missing one.
 * - Every write records `recordAudit(storage, principal, { action, entity, entityId, before, after })`.
 * - The permission matrix test covers each new route by itself; tests log in with
 *   `authHeaders(testApp, role)` from test/support/accounts.ts.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { Permission } from '../core/permissions.ts';
import type { Principal } from './principal.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema = z.ZodType | undefined;
type Infer<T extends Schema> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteInput<P extends Schema, Q extends Schema, B extends Schema, Who> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  principal: Who;
  ctx: AppContext;
  request: FastifyRequest;
  reply: FastifyReply;
}

interface RouteBase<P extends Schema, Q extends Schema, B extends Schema, R extends Schema> {
  method: HttpMethod;
  url: string;
  /** One line for the OpenAPI reference. */
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** JSON response schema; omit for files and streams (the handler then sends through `reply`). */
  response?: R;
  /** 200 unless set (201 for creations). */
  status?: number;
}

type Output<R extends Schema> = R extends z.ZodType ? z.input<R> : unknown;

export interface RouteSpec {
  method: HttpMethod;
  url: string;
  permission: Permission;
  summary: string;
  tags: string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  handler(input: RouteInput<Schema, Schema, Schema, Principal | null>): Promise<unknown>;
}

/** A route for logged-in users and tokens, allowed by the permission table for `permission`. */
export function defineRoute<P extends Schema, Q extends Schema, B extends Schema, R extends Schema>(
  route: RouteBase<P, Q, B, R> & {
    permission: Exclude<Permission, 'public'>;
    handler(input: RouteInput<P, Q, B, Principal>): Promise<Output<R>>;
  },
): RouteSpec {
  return route as unknown as RouteSpec;
}

/** A route anyone may call (health, login). Use sparingly: the matrix test lists every one. */
export function definePublicRoute<P extends Schema, Q extends Schema, B extends Schema, R extends Schema>(
  route: RouteBase<P, Q, B, R> & {
    handler(input: RouteInput<P, Q, B, Principal | null>): Promise<Output<R>>;
  },
): RouteSpec {
  return { ...route, permission: 'public' } as unknown as RouteSpec;
}
