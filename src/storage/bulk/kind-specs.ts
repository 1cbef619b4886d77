/** The merge spec of each import kind. Only fields the file maps are updated on rows that exist already. */
import {
  type DimensionLink,
  type MergeColumn,
  type MergeSpec,
  SCOPE_DIMENSIONS,
  STAGING_COLUMNS,
  scopeKeySql,
} from './merge-spec.ts';
import type { BulkKind } from './records.ts';

export interface SpecOptions {
  /** Tandem fields the file maps (after defaults). */
  mapped: Set<string>;
}

const same = (column: string, isUpdatable: boolean, value = `s.${column}`): MergeColumn => ({
  column,
  value,
  isUpdatable,
});

function scopeColumns(mapped: Set<string>): MergeColumn[] {
  return SCOPE_DIMENSIONS.map((link) => same(`${link.name}_id`, mapped.has(link.name)));
}

/**
 * A lost reason's barrier is recomputed only when the text changed or the stored barrier came from the lexicon:
 * a person's relabelling of the same text survives a re-import.
 */
const KEEP_PERSON_LABEL =
  "case when t.lost_reason is not distinct from s.lost_reason and t.lost_barrier_source is not null and t.lost_barrier_source <> 'lexicon' then";

function dealColumns(mapped: Set<string>): MergeColumn[] {
  const has = (...fields: string[]) => fields.some((field) => mapped.has(field));
  const outcomeMapped = has('stage', 'outcome', 'is_closed');
  return [
    same('name', has('name')),
    same('account', has('account')),
    ...scopeColumns(mapped),
    same('owner_id', has('owner')),
    same('stage', has('stage'), 's.stage'),
    same('outcome', outcomeMapped),
    same('amount_cents', has('amount')),
    same('currency', has('currency')),
    {
      column: 'created_on',
      value: 'coalesce(s.created_on, t.created_on)',
      insertValue: 'coalesce(s.created_on, cast(:asOf as text))',
      changed: 's.created_on is not null and t.created_on is distinct from s.created_on',
      isUpdatable: has('created_at'),
    },
    same('expected_close_on', has('expected_close', 'close_date')),
    same('closed_on', outcomeMapped || has('closed_at', 'close_date')),
    same('lost_reason', has('lost_reason')),
    {
      column: 'lost_barrier',
      value: `${KEEP_PERSON_LABEL} t.lost_barrier else s.lost_barrier end`,
      insertValue: 's.lost_barrier',
      changed: false,
      isUpdatable: has('lost_reason'),
    },
    {
      column: 'lost_barrier_source',
      value: `${KEEP_PERSON_LABEL} t.lost_barrier_source else (case when s.lost_reason is not null then cast(:barrierSource as text) end) end`,
      insertValue: 'case when s.lost_reason is not null then cast(:barrierSource as text) end',
      changed: false,
      isUpdatable: has('lost_reason'),
    },
    same('competitor', has('competitor')),
    same('is_renewal', has('is_renewal')),
    same('lead_source', has('lead_source')),
    { column: 'updated_at', value: 'cast(:now as text)', changed: false, isUpdatable: true },
  ];
}

function leadColumns(mapped: Set<string>): MergeColumn[] {
  return [
    same('created_on', true),
    same('channel', mapped.has('channel')),
    ...scopeColumns(mapped),
    same('status', true),
    same('converted_on', mapped.has('converted_at')),
    same('deal_id', mapped.has('deal_external_id'), 's.deal_id'),
    { column: 'updated_at', value: 'cast(:now as text)', changed: false, isUpdatable: true },
  ];
}

const OWNER_DIMENSIONS: DimensionLink[] = [
  { dimension: 'team', table: 'teams', name: 'team' },
  { dimension: 'owner', table: 'owners', name: 'owner' },
];

function buildSpecs(mapped: Set<string>): Record<BulkKind, MergeSpec> {
  const byExternalId = { key: ['external_id'], match: 't.external_id = s.external_id' };
  return {
    deals: {
      kind: 'deals',
      table: 'deals',
      staging: STAGING_COLUMNS.deals,
      dimensions: [...SCOPE_DIMENSIONS, ...OWNER_DIMENSIONS],
      ...byExternalId,
      columns: [same('external_id', false), ...dealColumns(mapped)],
    },
    leads: {
      kind: 'leads',
      table: 'leads',
      staging: STAGING_COLUMNS.leads,
      dimensions: SCOPE_DIMENSIONS,
      ...byExternalId,
      columns: [same('external_id', false), ...leadColumns(mapped)],
    },
    stages: {
      kind: 'stages',
      table: 'stage_changes',
      staging: STAGING_COLUMNS.stages,
      dimensions: [],
      key: ['external_id', 'stage', 'changed_on'],
      match: 't.deal_id = s.deal_id and t.stage = s.stage and t.changed_on = s.changed_on',
      columns: [same('deal_id', false), same('stage', false), same('changed_on', false)],
    },
    targets: {
      kind: 'targets',
      table: 'targets',
      staging: STAGING_COLUMNS.targets,
      dimensions: [...SCOPE_DIMENSIONS, ...OWNER_DIMENSIONS],
      key: ['period', 'measure', 'scope_key'],
      match: 't.period = s.period and t.measure = s.measure and t.scope_key = s.scope_key',
      columns: [
        ...['period', 'period_start_on', 'period_end_on', 'measure', 'scope_key'].map((c) => same(c, false)),
        ...scopeColumns(new Set()),
        same('team_id', false),
        same('owner_id', false),
        same('value', true),
        { column: 'updated_at', value: 'cast(:now as text)', changed: false, isUpdatable: true },
      ],
    },
    metrics: {
      kind: 'metrics',
      table: 'metric_observations',
      staging: STAGING_COLUMNS.metrics,
      dimensions: SCOPE_DIMENSIONS,
      key: ['metric_key', 'scope_key', 'observed_on'],
      match: 't.metric_key = s.metric_key and t.scope_key = s.scope_key and t.observed_on = s.observed_on',
      columns: [
        ...['metric_key', 'observed_on', 'scope_key'].map((c) => same(c, false)),
        ...scopeColumns(new Set()),
        same('value', true),
      ],
    },
  };
}

export function createMergeSpec(kind: BulkKind, options: SpecOptions): MergeSpec {
  return buildSpecs(options.mapped)[kind];
}

/** Kinds whose rows carry a scope key computed from their dimensions. */
export const SCOPE_KEY_SQL: Partial<Record<BulkKind, string>> = {
  targets: scopeKeySql(['product', 'segment', 'region', 'team', 'owner']),
  metrics: scopeKeySql(['product', 'segment', 'region']),
};
