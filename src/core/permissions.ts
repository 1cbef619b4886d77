/**
 * Who may do what, as data. Every API route names one (resource, action) pair from this table; the route
 * registry refuses a route without one, and the permission matrix test checks every route against this table.
 * Row-level rules (a rep sees only question sets sent to them and edits only their own answers) are applied by
 * the use cases on top of this table.
 */
import type { Role } from './types.ts';

export const ACTIONS = ['read', 'write'] as const;
export type Action = (typeof ACTIONS)[number];

const ALL: Role[] = ['admin', 'sales_manager', 'sales_rep', 'marketing', 'viewer'];
const MANAGERS: Role[] = ['admin', 'sales_manager'];

export const PERMISSIONS = {
  /** Cockpit, forecasts, indicators: everyone who logs in may look. */
  cockpit: { read: ALL, write: MANAGERS },
  alerts: { read: ALL, write: MANAGERS },
  /** Support requests: sales managers open them, marketing leads them. */
  requests: {
    read: ['admin', 'sales_manager', 'marketing', 'viewer'],
    write: ['admin', 'sales_manager', 'marketing'],
  },
  /** The question catalogue and question sets are marketing's. */
  questions: { read: ['admin', 'sales_manager', 'marketing'], write: ['admin', 'marketing'] },
  /** A rep's inbox and answers; the use case limits reps to their own. */
  answers: { read: ['admin', 'sales_rep', 'marketing', 'sales_manager'], write: ['sales_rep'] },
  diagnoses: { read: ['admin', 'sales_manager', 'marketing', 'viewer'], write: ['admin', 'marketing'] },
  campaigns: { read: ALL, write: ['admin', 'marketing'] },
  /** Comments on requests and briefs: sales comments on marketing's work too. */
  comments: {
    read: ['admin', 'sales_manager', 'marketing', 'sales_rep', 'viewer'],
    write: ['admin', 'sales_manager', 'marketing', 'sales_rep'],
  },
  /** Deals and their lost reasons; reps may relabel their own deals' reasons (row rule in the use case). */
  deals: { read: ALL, write: ['admin', 'sales_manager', 'sales_rep', 'marketing'] },
  imports: { read: ['admin', 'sales_manager', 'marketing'], write: ['admin', 'sales_manager'] },
  settings: { read: ['admin', 'sales_manager'], write: MANAGERS },
  users: { read: ['admin'], write: ['admin'] },
  tokens: { read: ['admin'], write: ['admin'] },
  audit: { read: ['admin'], write: [] },
  /** One's own profile, notifications and preferences. */
  profile: { read: ALL, write: ALL },
  /** The OpenAPI document and its reference page: anyone logged in (or holding a token), nobody anonymous. */
  api_docs: { read: ALL, write: [] },
} as const satisfies Record<string, Record<Action, readonly Role[]>>;

export type Resource = keyof typeof PERMISSIONS;

/** `public`: no login needed (health, login itself). Otherwise a resource and action from PERMISSIONS. */
export type Permission = 'public' | { resource: Resource; action: Action };

/**
 * Permissions only a person logged in with a session holds, never an API token of the same role: a token acts
 * for an integration, and has no password, language or sessions of its own to change.
 */
export const SESSION_ONLY: Partial<Record<Resource, readonly Action[]>> = { profile: ['write'] };

export type PrincipalKind = 'user' | 'token';

export function isAllowed(role: Role, resource: Resource, action: Action): boolean {
  return (PERMISSIONS[resource][action] as readonly Role[]).includes(role);
}

/** The table plus SESSION_ONLY: what a caller of this role and kind may do. */
export function isAllowedFor(
  caller: { role: Role; kind: PrincipalKind },
  resource: Resource,
  action: Action,
): boolean {
  if (caller.kind === 'token' && SESSION_ONLY[resource]?.includes(action)) return false;
  return isAllowed(caller.role, resource, action);
}
