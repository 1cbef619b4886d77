/**
 * What an audit entry keeps of a change: the fields that differ, before and after. Secrets never reach the log
 * (any field whose name says password, secret, token or hash is replaced by a marker), and long texts are cut,
 * so an entry stays small enough to list hundreds on a page.
 */

export type AuditValues = Record<string, unknown>;

export interface AuditSummary {
  before?: AuditValues;
  after?: AuditValues;
}

const SECRET_FIELD = /password|secret|token|hash/i;
export const REDACTED = '[redacted]';
export const MAX_TEXT_LENGTH = 200;

function sanitize(field: string, value: unknown): unknown {
  if (SECRET_FIELD.test(field)) return REDACTED;
  if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH)
    return `${value.slice(0, MAX_TEXT_LENGTH)}…`;
  return value;
}

function sanitizeAll(values: AuditValues): AuditValues {
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, sanitize(field, value)]));
}

/**
 * Summarises a change: a creation keeps `after`, a deletion `before`, an update only the fields whose values
 * differ (compared as JSON) on both sides. An update that changed nothing summarises to `{}`.
 */
export function summarizeChange({
  before,
  after,
}: {
  before?: AuditValues;
  after?: AuditValues;
}): AuditSummary {
  if (!before && !after) return {};
  if (!before) return { after: sanitizeAll(after ?? {}) };
  if (!after) return { before: sanitizeAll(before) };
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  if (fields.length === 0) return {};
  const pick = (values: AuditValues) =>
    Object.fromEntries(fields.map((field) => [field, sanitize(field, values[field] ?? null)]));
  return { before: pick(before), after: pick(after) };
}
