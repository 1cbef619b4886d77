import { AppError } from '../core/errors.ts';
import type { Locale, Role } from '../core/types.ts';

/** Who is calling: a logged-in user (session cookie) or an integration (API token). */
export interface Principal {
  kind: 'user' | 'token';
  workspaceId: number;
  role: Role;
  /** The user; for a token, the admin who created it (may be null if that user was deleted). */
  userId: number | null;
  tokenId: number | null;
  name: string;
  locale: Locale;
  /** The caller's address (X-Forwarded-For when TRUST_PROXY is on), for the audit log. */
  ip?: string | null;
}

/** The logged-in person's user id; API tokens have no person behind them for own-account actions. */
export function requirePersonId(principal: Principal): number {
  if (principal.kind !== 'user' || principal.userId === null) {
    throw new AppError('FORBIDDEN', 'This needs a logged-in user; an API token cannot do it');
  }
  return principal.userId;
}
