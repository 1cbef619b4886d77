import type { Generated } from 'kysely';
import type { Flag, Id } from './columns.ts';

export interface CampaignTable {
  id: Id;
  workspace_id: number;
  request_id: number | null;
  diagnosis_id: number | null;
  name: string;
  objective_stage: string | null;
  scope_key: string;
  barriers_json: Generated<string>;
  brief_json: Generated<string>;
  status: Generated<string>;
  owner_id: number | null;
  approved_by: number | null;
  approved_at: string | null;
  start_on: string | null;
  end_on: string | null;
  budget_cents: number | null;
  created_at: string;
  updated_at: string;
}

export interface BriefVersionTable {
  id: Id;
  campaign_id: number;
  version: number;
  content_json: string;
  author_id: number | null;
  created_at: string;
}

export interface CampaignEvaluationTable {
  id: Id;
  workspace_id: number;
  campaign_id: number;
  evaluated_on: string;
  verdict: string;
  result_json: string;
  created_at: string;
}

export interface LearningTable {
  id: Id;
  workspace_id: number;
  campaign_id: number | null;
  barrier: string | null;
  aida_stage: string | null;
  channels_json: Generated<string>;
  effect_pct: number | null;
  verdict: string;
  summary: string;
  created_at: string;
}

export interface NotificationTable {
  id: Id;
  workspace_id: number;
  user_id: number;
  kind: string;
  title: string;
  body: Generated<string>;
  link: string | null;
  read_at: string | null;
  created_at: string;
  /** Added in migration 006; null on older rows. */
  dedupe_key: string | null;
}

export interface OutboxTable {
  id: Id;
  workspace_id: number;
  channel: string;
  recipient: string;
  payload_json: string;
  dedupe_key: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}

export interface NotificationPreferenceTable {
  user_id: number;
  kind: string;
  channel: string;
  is_enabled: Flag;
}

export interface WebhookTable {
  id: Id;
  workspace_id: number;
  name: string;
  url: string;
  format: string;
  events_json: Generated<string>;
  is_active: Generated<Flag>;
  created_at: string;
  /** Added in migration 006. */
  locale: Generated<string>;
}
