/**
 * Builds the Fastify app: security headers, error shape, authentication, API routes from routes/index.ts,
 * OpenAPI, and the SPA. Tests call `buildApp` and use `app.inject` against a real database.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';
import type { AppContext } from '../app/context.ts';
import { forgetOverviewFreshness } from '../app/get-bookings-overview.ts';
import type { Authenticator } from './authenticate.ts';
import { isStateChanging } from './csrf.ts';
import { installErrorHandling } from './errors.ts';
import { createLogger } from './logging.ts';
import { registerMetrics } from './metrics-route.ts';
import { registerOpenApi } from './openapi.ts';
import { registerRoutes } from './register.ts';
import { API_ROUTES } from './routes/index.ts';
import { registerSpa } from './static.ts';
import { createTurns } from './take-turns.ts';

export interface BuildAppOptions {
  ctx: AppContext;
  /** Resolves the caller from the request (session cookie or API token). */
  authenticate: Authenticator;
  /** false in tests; a pino level otherwise. */
  logLevel?: string | false;
  /** Where JSON log lines go (stdout unless set; tests capture them). */
  logStream?: DestinationStream;
}

/**
 * CSP the SPA passes: scripts and styles only from us; ECharts draws on canvas; no framing by other sites.
 * No upgrade-insecure-requests (helmet's default): a Tandem served over plain HTTP on an intranet address would
 * otherwise ask the browser for https:// assets that do not exist.
 */
const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    upgradeInsecureRequests: null,
  },
};

export async function buildApp({
  ctx,
  authenticate,
  logLevel = false,
  logStream,
}: BuildAppOptions): Promise<FastifyInstance> {
  const loggerInstance: FastifyBaseLogger | undefined =
    logLevel === false
      ? undefined
      : createLogger({ level: logLevel, ...(logStream ? { stream: logStream } : {}) });
  const app = Fastify({
    ...(loggerInstance ? { loggerInstance } : { logger: false }),
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: ctx.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: 'x-request-id',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  app.decorate('tandemRoutes', []);
  app.decorateRequest('principal', null);

  // Built once: @fastify/helmet built this middleware anew for every request (a tenth of a cached request's CPU).
  const setSecurityHeaders = helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    setSecurityHeaders(request.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined)),
  );
  await app.register(fastifyCookie);
  // Import uploads stream to disk; one file per request, capped at UPLOAD_LIMIT_BYTES.
  await app.register(fastifyMultipart, { limits: { fileSize: ctx.config.uploadLimitBytes, files: 1 } });
  // PostgreSQL requests wait on their queries' sockets anyway; SQLite ones would never let the loop turn.
  const turns = ctx.storage.engine === 'sqlite' ? createTurns() : null;
  app.addHook('onRequest', async (request, reply) => {
    if (turns) await turns.take();
    reply.header('x-request-id', request.id);
    if (!request.url.startsWith('/api/')) return;
    // Answers depend on who asks: no shared or browser cache may keep them.
    reply.header('cache-control', 'no-store');
    request.principal = await authenticate.identify(request);
  });
  // Reads reused on this instance (sessions, the cockpit's freshness) are dropped after each write, so later
  // requests see what it changed. onSend runs once the handler has finished, before the answer leaves (error
  // answers included); onResponse once a streamed answer (an import's progress) has ended. A write refused
  // before any handler ran (401, 403) changed nothing, and anonymous requests cannot empty the reuse this way.
  const dropReusedReads = (request: FastifyRequest, reply: FastifyReply) => {
    if (!isStateChanging(request) || reply.statusCode === 401 || reply.statusCode === 403) return;
    authenticate.afterWrite();
    forgetOverviewFreshness(ctx.storage);
  };
  app.addHook('onSend', async (request, reply, payload) => {
    dropReusedReads(request, reply);
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => dropReusedReads(request, reply));

  registerMetrics(app, ctx.config.metricsToken);
  await registerOpenApi(app, ctx.version);
  registerRoutes(app, ctx, API_ROUTES);
  await registerSpa(app);
  return app;
}
