/** The fixed set of error codes; the server's error handler maps each to one HTTP status. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'CONFIG',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  /** Field path (`body.email`), CSV column, or setting name the problem is about. */
  field?: string;
  /** 1-based file line number for imports. */
  line?: number;
  value?: string;
  message: string;
  /** Stable code and parameters of the message, for a client that words it in its user's language (imports). */
  code?: string;
  params?: Record<string, string | number>;
}

/** The code and parameters of an error's own message (see ErrorDetail.code). */
export interface ErrorProblem {
  code: string;
  params: Record<string, string | number>;
}

/** An expected failure with a code a user can act on. Anything else is a bug and becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  readonly problem: ErrorProblem | undefined;

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = [], problem?: ErrorProblem) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.problem = problem;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
