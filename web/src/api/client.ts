/** Calls the Tandem API. Errors arrive in one shape (`ErrorBody`) and become ApiError with code and details. */
import type { ErrorBody } from '../../../src/contract/errors.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorBody['error']['details'];
  /** The code and params of `message`, where the server sent them (import problems). */
  readonly problem: ErrorBody['error']['problem'];

  constructor(status: number, body: ErrorBody | null, fallback: string) {
    super(body?.error.message ?? fallback);
    this.status = status;
    this.code = body?.error.code ?? 'INTERNAL';
    this.details = body?.error.details ?? [];
    this.problem = body?.error.problem;
  }
}

/** Double-submit CSRF token: the server sets a readable cookie and expects it back in a header on writes. */
function readCsrfToken(): string | null {
  const match = document.cookie.match(/(?:^|;\s*)tandem_csrf=([^;]+)/);
  return match ? decodeURIComponent(match[1]!) : null;
}

let onUnauthenticated: (() => void) | null = null;

/**
 * Called when the API answers 401 (session missing or expired) to anything but the login itself: the app
 * sends the user to the login page and back afterwards.
 */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCsrfToken();
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated?.();
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!response.ok)
    throw new ApiError(
      response.status,
      json as ErrorBody | null,
      `${response.status} ${response.statusText}`,
    );
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Builds a query string, leaving out undefined values. */
export function toQuery(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
