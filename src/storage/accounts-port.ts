/**
 * The storage port for accounts: users, sessions, API tokens, invitations and login attempts. Part of port.ts
 * (re-exported there); kept apart so each file stays readable. Secrets are stored only as hashes: the
 * repositories never see a session id, token or invitation link in clear.
 */
import type { LoginAttempt } from '../core/login-lockout.ts';
import type { Locale, Role } from '../core/types.ts';

export interface User {
  id: number;
  workspaceId: number;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  isActive: boolean;
  lastLoginAt: string | null;
  passwordChangedAt: string | null;
  createdAt: string;
}

export interface UserWithPassword extends User {
  passwordHash: string | null;
}

export interface NewUser {
  workspaceId: number;
  email: string;
  name: string;
  role: Role;
  locale?: Locale;
  passwordHash: string | null;
}

export type UserChanges = Partial<Pick<User, 'name' | 'role' | 'locale' | 'isActive' | 'lastLoginAt'>>;

export interface UserRepository {
  /** E-mail addresses are stored in lower case and are unique across workspaces (login asks only for one). */
  create(user: NewUser): Promise<User>;
  /** The user, or null when there is none with this id in this workspace. */
  find(workspaceId: number, id: number): Promise<User | null>;
  /** Without a workspace: only for resolving a session, which knows nothing but the user id. */
  findById(id: number): Promise<User | null>;
  findByEmail(email: string): Promise<UserWithPassword | null>;
  list(workspaceId: number): Promise<User[]>;
  update(workspaceId: number, id: number, changes: UserChanges): Promise<User | null>;
  setPasswordHash(id: number, passwordHash: string, changedAt: string): Promise<void>;
  countActiveAdmins(workspaceId: number): Promise<number>;
}

export interface Session {
  /** sha-256 of the session id; the id itself lives only in the browser's cookie. */
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  /** The absolute end, fixed at login. */
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  find(idHash: string): Promise<Session | null>;
  /** The session with its user, in one query: every request of a logged-in user starts with this. */
  findWithUser(idHash: string): Promise<{ session: Session; user: User } | null>;
  touch(idHash: string, lastSeenAt: string): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Ends every session of a user, or all but one (the caller's own, after a password change). */
  deleteForUser(userId: number, options?: { exceptIdHash?: string }): Promise<number>;
  /** Housekeeping: removes sessions past their absolute end or idle since before `idleBefore`. */
  deleteExpired(now: string, idleBefore: string): Promise<number>;
  countForUser(userId: number): Promise<number>;
}

export interface ApiToken {
  id: number;
  workspaceId: number;
  name: string;
  role: Role;
  createdBy: number | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ApiTokenRepository {
  create(token: {
    workspaceId: number;
    name: string;
    role: Role;
    tokenHash: string;
    createdBy: number | null;
  }): Promise<ApiToken>;
  findByHash(tokenHash: string): Promise<ApiToken | null>;
  find(workspaceId: number, id: number): Promise<ApiToken | null>;
  list(workspaceId: number): Promise<ApiToken[]>;
  markUsed(id: number, at: string): Promise<void>;
  /** Sets revoked_at once; returns the token as it is now, or null when there is none in this workspace. */
  revoke(workspaceId: number, id: number, at: string): Promise<ApiToken | null>;
}

export interface Invite {
  id: number;
  workspaceId: number;
  email: string;
  role: Role;
  createdBy: number | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface InviteRepository {
  create(invite: {
    workspaceId: number;
    email: string;
    role: Role;
    tokenHash: string;
    createdBy: number | null;
    expiresAt: string;
  }): Promise<Invite>;
  findByHash(tokenHash: string): Promise<Invite | null>;
  /** Unused and unexpired invitations, newest first. */
  listPending(workspaceId: number, now: string): Promise<Invite[]>;
  /** Marks an unused invitation used; false when it was used already (two tabs racing). */
  markUsed(id: number, at: string): Promise<boolean>;
  /** Withdraws an unused invitation; false when there is none with this id in this workspace. */
  delete(workspaceId: number, id: number): Promise<boolean>;
  deletePendingFor(workspaceId: number, email: string): Promise<void>;
}

export interface LoginAttemptRepository {
  record(key: string, isSuccess: boolean, at: string): Promise<void>;
  /** Attempts for the key at or after `since`. */
  listSince(key: string, since: string): Promise<LoginAttempt[]>;
  /** Forgets the key's attempts before `before`, so the table does not grow without end. */
  pruneBefore(key: string, before: string): Promise<void>;
}
