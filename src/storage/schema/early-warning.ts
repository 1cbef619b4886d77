import type { Generated } from 'kysely';
import type { Id } from './columns.ts';

export interface ScanRunTable {
  id: Id;
  workspace_id: number;
  as_of: string;
  trigger: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  stats_json: Generated<string>;
}

export interface AlertTable {
  id: Id;
  workspace_id: number;
  kind: string;
  dedupe_key: string;
  scope_key: string;
  indicator: string;
  as_of: string;
  first_detected_on: string;
  change_start_on: string | null;
  change_pct: number | null;
  severity: string;
  aida_stage: string | null;
  forecast_json: string | null;
  drivers_json: Generated<string>;
  explanation_json: Generated<string>;
  status: Generated<string>;
  status_reason: string | null;
  status_changed_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ForecastSnapshotTable {
  id: Id;
  workspace_id: number;
  scan_run_id: number;
  as_of: string;
  period: string;
  measure: string;
  scope_key: string;
  target: number;
  booked: number;
  p10: number;
  p50: number;
  p90: number;
  p_miss: number;
  detail_json: Generated<string>;
}

export interface CalibrationCacheTable {
  id: Id;
  workspace_id: number;
  cache_key: string;
  value_json: string;
  created_at: string;
}
