/**
 * How a staged file merges into its table, as data: staging columns, dimensions to create by name, the key that
 * finds an existing row, and per column the value to write and whether a difference counts as a change.
 * merge.ts turns a spec into SQL written once for SQLite and PostgreSQL (aliases: `s` staging, `t` target).
 */
import type { DimensionKey } from '../../core/types.ts';
import type { BulkKind } from './records.ts';

export type SqlType = 'text' | 'bigint' | 'integer' | 'double precision';

export interface StagingColumn {
  name: string;
  type: SqlType;
}

export interface MergeColumn {
  /** Column in the target table. */
  column: string;
  /** SQL over `s` (staging) and, for updates, `t` (the stored row). */
  value: string;
  /** SQL for a new row; defaults to `value`. */
  insertValue?: string;
  /** SQL that is true when the file changes the stored value; omitted: `t.column is distinct from <value>`. */
  changed?: string | false;
  /** Whether an update writes this column (fields the file does not map are left alone). */
  isUpdatable: boolean;
}

export interface DimensionLink {
  dimension: DimensionKey;
  table: 'products' | 'segments' | 'regions' | 'teams' | 'owners';
  /** Staging column with the name; `<name>_id` receives the id. */
  name: string;
}

export interface MergeSpec {
  kind: BulkKind;
  table: 'deals' | 'leads' | 'targets' | 'metric_observations' | 'stage_changes';
  staging: StagingColumn[];
  dimensions: DimensionLink[];
  /** Staging columns that identify a row; two file rows with the same key are duplicates. */
  key: string[];
  /** SQL joining stored row `t` to staged row `s`. */
  match: string;
  columns: MergeColumn[];
}

const text = (name: string): StagingColumn => ({ name, type: 'text' });
const big = (name: string): StagingColumn => ({ name, type: 'bigint' });

export const SCOPE_DIMENSIONS: DimensionLink[] = [
  { dimension: 'product', table: 'products', name: 'product' },
  { dimension: 'segment', table: 'segments', name: 'segment' },
  { dimension: 'region', table: 'regions', name: 'region' },
];

export const STAGING_COLUMNS: Record<BulkKind, StagingColumn[]> = {
  deals: [
    ...[
      'external_id',
      'name',
      'account',
      'product',
      'segment',
      'region',
      'owner',
      'team',
      'stage',
      'outcome',
    ].map(text),
    big('amount_cents'),
    ...[
      'currency',
      'created_on',
      'expected_close_on',
      'closed_on',
      'lost_reason',
      'lost_barrier',
      'competitor',
    ].map(text),
    { name: 'is_renewal', type: 'integer' },
    text('lead_source'),
  ],
  stages: ['external_id', 'stage', 'changed_on'].map(text),
  leads: [
    ...['external_id', 'created_on', 'channel', 'product', 'segment', 'region', 'status', 'converted_on'].map(
      text,
    ),
    text('deal_external_id'),
  ],
  targets: [
    ...['period', 'period_start_on', 'period_end_on', 'measure'].map(text),
    big('value'),
    ...['product', 'segment', 'region', 'team', 'owner'].map(text),
  ],
  metrics: [
    ...['metric_key', 'observed_on'].map(text),
    { name: 'value', type: 'double precision' },
    ...['product', 'segment', 'region'].map(text),
  ],
};

/** SQL for core/scope.ts's scope key (`product=3;segment=1`), built from the resolved dimension ids. */
export function scopeKeySql(dimensions: DimensionKey[]): string {
  const parts = dimensions.map((dimension) => `coalesce('${dimension}=' || s.${dimension}_id || ';', '')`);
  return `rtrim(${parts.join(' || ')}, ';')`;
}
