/**
 * The OpenAPI document, generated from the routes' zod schemas, served at /api/openapi.json (routes/docs.ts)
 * and as a reference page at /api/docs. Both need a login or an API token, like everything in /api but health
 * and login: the document is no secret (the code is open), but an anonymous caller should learn nothing about
 * this installation, not even its version. Browsers without a session are sent to the login page and back.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { authorize } from './register.ts';

export const DOCS_PREFIX = '/api/docs';
export const DOCS_PERMISSION = { resource: 'api_docs', action: 'read' } as const;

/** The SPA's policy, for the reference page: Swagger UI loads only its own files and sets inline styles. */
const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

async function requireDocsReader(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const wantsPage = request.headers.accept?.includes('text/html') ?? false;
  if (!request.principal && wantsPage) {
    await reply.redirect(`/login?next=${encodeURIComponent(DOCS_PREFIX)}`);
    return;
  }
  authorize({ permission: DOCS_PERMISSION }, request.principal);
}

/** Runs in the browser (serialised into Swagger UI's initializer): "Try it out" writes need the CSRF header. */
function addCsrfHeader<T extends { headers?: unknown }>(request: T): T {
  const match = document.cookie.match(/(?:^|;\s*)tandem_csrf=([^;]+)/);
  const headers = request.headers as Record<string, string> | undefined;
  if (match?.[1] && headers) headers['x-csrf-token'] = decodeURIComponent(match[1]);
  return request;
}

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Tandem API',
        version,
        description:
          'Early warning for sales targets, support requests to marketing, diagnosis, briefs and impact. ' +
          'Integrations authenticate with `Authorization: Bearer <API token>` (created by an admin); the web ' +
          'app uses a session cookie and sends `x-csrf-token` on writes.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'API token created by an admin' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PREFIX,
    staticCSP: DOCS_CSP,
    uiHooks: { onRequest: requireDocsReader },
    uiConfig: { requestInterceptor: addCsrfHeader },
  });
}
