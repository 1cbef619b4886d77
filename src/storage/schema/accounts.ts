import type { Generated } from 'kysely';
import type { Flag, Id } from './columns.ts';

export interface WorkspaceTable {
  id: Id;
  name: string;
  slug: string;
  settings_json: Generated<string>;
  created_at: string;
}

export interface UserTable {
  id: Id;
  workspace_id: number;
  email: string;
  name: string;
  role: string;
  locale: Generated<string>;
  password_hash: string | null;
  is_active: Generated<Flag>;
  failed_logins: Generated<number>;
  locked_until: string | null;
  password_changed_at: string | null;
  last_login_at: string | null;
  created_at: string;
}

export interface SessionTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Id;
  workspace_id: number;
  name: string;
  token_hash: string;
  role: string;
  created_by: number | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface InviteTable {
  id: Id;
  workspace_id: number;
  email: string;
  role: string;
  token_hash: string;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginAttemptTable {
  id: Id;
  attempt_key: string;
  is_success: Flag;
  at: string;
}

export interface AuditLogTable {
  id: Id;
  workspace_id: number;
  user_id: number | null;
  token_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  summary_json: Generated<string>;
  ip: string | null;
  at: string;
}
