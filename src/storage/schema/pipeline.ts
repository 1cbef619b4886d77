import type { Generated } from 'kysely';
import type { Flag, Id } from './columns.ts';

export interface NamedDimensionTable {
  id: Id;
  workspace_id: number;
  name: string;
}

export interface OwnerTable extends NamedDimensionTable {
  email: string | null;
  team_id: number | null;
  user_id: number | null;
}

export interface StageTable {
  id: Id;
  workspace_id: number;
  name: string;
  position: number;
  default_probability: number;
}

export interface ScopeColumns {
  product_id: number | null;
  segment_id: number | null;
  region_id: number | null;
}

export interface DealTable extends ScopeColumns {
  id: Id;
  workspace_id: number;
  external_id: string;
  name: string;
  account: string | null;
  owner_id: number | null;
  amount_cents: number;
  currency: Generated<string>;
  stage: string;
  outcome: string;
  created_on: string;
  expected_close_on: string | null;
  closed_on: string | null;
  lost_reason: string | null;
  lost_barrier: string | null;
  lost_barrier_source: string | null;
  competitor: string | null;
  is_renewal: Generated<Flag>;
  lead_source: string | null;
  updated_at: string;
}

export interface StageChangeTable {
  id: Id;
  workspace_id: number;
  deal_id: number;
  stage: string;
  changed_on: string;
}

export interface LeadTable extends ScopeColumns {
  id: Id;
  workspace_id: number;
  external_id: string;
  created_on: string;
  channel: string | null;
  status: string;
  converted_on: string | null;
  deal_id: number | null;
  updated_at: string;
}

export interface MetricObservationTable extends ScopeColumns {
  id: Id;
  workspace_id: number;
  metric_key: string;
  observed_on: string;
  value: number;
  scope_key: string;
}

export interface TargetTable extends ScopeColumns {
  id: Id;
  workspace_id: number;
  team_id: number | null;
  owner_id: number | null;
  period: string;
  period_start_on: string;
  period_end_on: string;
  measure: string;
  scope_key: string;
  value: number;
  updated_at: string;
}

export interface ImportTable {
  id: Id;
  workspace_id: number;
  kind: string;
  file_name: string;
  preset: string | null;
  as_of: string | null;
  status: string;
  started_by: number | null;
  started_at: string;
  finished_at: string | null;
  rows: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
  format_json: Generated<string>;
  errors_json: Generated<string>;
}

export interface ImportMappingTable {
  id: Id;
  workspace_id: number;
  name: string;
  kind: string;
  mapping_json: string;
  created_at: string;
}
