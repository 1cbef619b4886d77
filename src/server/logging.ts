/**
 * Structured JSON logs (pino): one line per event, each request's lines carry its `reqId` (also sent back as
 * `x-request-id`). Secrets never reach a log: cookies, authorization headers, passwords and tokens are redacted
 * wherever they appear in a logged object, and token-like query parameters are cut from logged URLs.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export const REDACTED = '[redacted]';

/** Paths pino censors (fast-redact syntax; `*` is one level of any key). */
const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'password',
  'token',
  'secret',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.secret',
  '*.sessionId',
  '*.csrfToken',
  '*.*.password',
  '*.*.token',
  '*.*.secret',
];

const SECRET_QUERY_PARAMETER = /([?&](?:token|secret|password|key|code)=)[^&#]*/gi;

/** A URL as it may be logged: invitation and reset tokens in the query string are replaced. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY_PARAMETER, `$1${REDACTED}`);
}

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  routeOptions?: { url?: string };
}

export function createLogger({ level, stream }: { level: string; stream?: DestinationStream }): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'tandem' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        route: request.routeOptions?.url,
        ip: request.ip,
      }),
      err: pino.stdSerializers.err,
    },
  };
  return stream ? pino(options, stream) : pino(options);
}
