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
}
