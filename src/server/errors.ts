/**
 * One error handler: every failure leaves as `{ "error": { "code", "message", "details" } }` with the status its
 * code maps to. Unexpected errors are logged with their stack and reach the client only as INTERNAL.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ErrorDetail, type ErrorProblem } from '../core/errors.ts';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  CONFIG: 500,
  INTERNAL: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: ErrorDetail[]; problem?: ErrorProblem };
}

function send(reply: FastifyReply, error: AppError): FastifyReply {
  const { code, message, details, problem } = error;
  const body: ErrorBody = { error: { code, message, details, ...(problem ? { problem } : {}) } };
  return reply.code(STATUS_BY_CODE[error.code]).type('application/json').send(body);
}

/** zod issues → one detail per bad field, named by where it came from (`body.email`, `query.limit`). */
function toValidationError(error: FastifyError): AppError {
  const context = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
  const details = (error.validation ?? []).map((issue) => {
    const path = (issue.instancePath ?? '').split('/').filter(Boolean).join('.');
    return { field: path ? `${context}.${path}` : context, message: issue.message ?? 'is invalid' };
  });
  const fields = details.map((detail) => detail.field).join(', ');
  return new AppError('VALIDATION', `Invalid request: check ${fields || context}`, details);
}

function toAppError(error: FastifyError): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error) || error.validation) return toValidationError(error);
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than this server accepts');
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new AppError('VALIDATION', `Unsupported content type; send application/json`);
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new AppError('VALIDATION', 'The request body is not valid JSON', [
      { field: 'body', message: error.message },
    ]);
  }
  if (error.statusCode === 429) return new AppError('RATE_LIMITED', error.message);
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('VALIDATION', error.message);
  }
  return null;
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const known = toAppError(error);
    if (known) return send(reply, known);
    if (isResponseSerializationError(error))
      request.log.error({ issues: error.cause.issues }, 'response schema mismatch');
    request.log.error({ err: error }, 'unhandled error');
    return send(
      reply,
      new AppError('INTERNAL', 'Something went wrong on our side; the error has been logged'),
    );
  });
}

export function notFoundError(method: string, url: string): AppError {
  return new AppError('NOT_FOUND', `No API endpoint ${method} ${url.split('?')[0]}`);
}
