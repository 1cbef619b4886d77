/**
 * What each import kind reads: Tandem's field names (the canonical CSV headers of DESIGN §6), their types, and
 * which are required. Presets and mapping files translate other exports into these fields.
 */
export const IMPORT_KINDS = ['deals', 'stages', 'leads', 'targets', 'metrics'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type FieldType = 'text' | 'date' | 'money' | 'number' | 'boolean';

export interface FieldDefinition {
  key: string;
  type: FieldType;
  /** The column must be mapped (a file without it is refused as a whole). */
  isRequired: boolean;
  /** Shown in the mapping editor and error messages. */
  description: string;
}

const field = (key: string, type: FieldType, description: string, isRequired = false): FieldDefinition => ({
  key,
  type,
  isRequired,
  description,
});

const SCOPE_FIELDS = [
  field('product', 'text', 'product name (created when new)'),
  field('segment', 'text', 'segment / target group name'),
  field('region', 'text', 'region name'),
];

export const KIND_FIELDS: Record<ImportKind, FieldDefinition[]> = {
  deals: [
    field('external_id', 'text', 'the CRM id of the deal', true),
    field('name', 'text', 'deal name (the id when empty)'),
    field('account', 'text', 'customer account'),
    ...SCOPE_FIELDS,
    field('owner', 'text', 'sales rep'),
    field('team', 'text', "the rep's team or manager"),
    field('stage', 'text', 'pipeline stage'),
    field('outcome', 'text', 'open, won or lost (derived from the stage when not mapped)'),
    field('is_won', 'boolean', 'won flag (Salesforce "Won")'),
    field('is_closed', 'boolean', 'closed flag (Salesforce "Closed")'),
    field('amount', 'money', 'deal value'),
    field('currency', 'text', 'ISO currency code (the workspace currency when empty)'),
    field('created_at', 'date', 'creation date (the as-of date for a deal first seen without one)'),
    field('expected_close', 'date', 'expected close date'),
    field('closed_at', 'date', 'date the deal was won or lost'),
    field('close_date', 'date', 'one close date: actual for closed deals, expected for open ones'),
    field('lost_reason', 'text', 'why the deal was lost (coded to a barrier)'),
    field('competitor', 'text', 'competitor named'),
    field('is_renewal', 'boolean', 'renewal of an existing contract'),
    field('lead_source', 'text', 'lead source / channel'),
  ],
  stages: [
    field('external_id', 'text', 'the CRM id of the deal', true),
    field('stage', 'text', 'stage entered', true),
    field('changed_at', 'date', 'date the stage was entered', true),
  ],
  leads: [
    field('external_id', 'text', 'the id of the lead', true),
    field('created_at', 'date', 'date the lead came in', true),
    field('channel', 'text', 'channel or source'),
    ...SCOPE_FIELDS,
    field('status', 'text', 'lead status (converted/open when not mapped)'),
    field('converted_at', 'date', 'date the lead became a deal'),
    field('deal_external_id', 'text', 'the CRM id of the deal it became'),
  ],
  targets: [
    field('period', 'text', 'fiscal period: 2026-Q4, 2026-11 or 2026', true),
    field('measure', 'text', 'bookings, deals_won or renewals (bookings when not mapped)'),
    field('value', 'number', 'target value: money for bookings, a count otherwise', true),
    ...SCOPE_FIELDS,
    field('team', 'text', 'team name'),
    field('owner', 'text', 'sales rep'),
  ],
  metrics: [
    field('metric', 'text', 'metric key, e.g. web_visits', true),
    field('date', 'date', 'date of the observation', true),
    field('value', 'number', 'observed value', true),
    ...SCOPE_FIELDS,
  ],
};

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

export function getField(kind: ImportKind, key: string): FieldDefinition | undefined {
  return KIND_FIELDS[kind].find((definition) => definition.key === key);
}
