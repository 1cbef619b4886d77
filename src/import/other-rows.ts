/** Lead, target and metric rows → validated records. */
import { type FiscalCalendar, parsePeriodKey } from '../core/calendar.ts';
import type { TargetMeasure } from '../core/types.ts';
import type { LeadRecord, MetricRecord, TargetRecord } from '../storage/bulk/records.ts';
import { createImportProblem } from './problems.ts';
import type { RowReader } from './row-reader.ts';
import { normalizeWord } from './values.ts';

/** Built once, not per bad row. */
const VALUE_EMPTY = createImportProblem('value_empty', {});

export function buildLeadRecord(reader: RowReader): LeadRecord | null {
  const externalId = reader.required('external_id');
  const createdOn = reader.requiredDate('created_at');
  const convertedOn = reader.date('converted_at');
  const dealExternalId = reader.text('deal_external_id');
  const status = reader.text('status') ?? (convertedOn || dealExternalId ? 'converted' : 'open');
  if (externalId === null || createdOn === null || reader.errors.length > 0) return null;
  return {
    line: reader.line,
    externalId,
    createdOn,
    channel: reader.text('channel'),
    product: reader.text('product'),
    segment: reader.text('segment'),
    region: reader.text('region'),
    status,
    convertedOn,
    dealExternalId,
  };
}

const MEASURE_WORDS: Record<string, TargetMeasure> = {
  bookings: 'bookings',
  booking: 'bookings',
  umsatz: 'bookings',
  buchungen: 'bookings',
  auftragseingang: 'bookings',
  revenue: 'bookings',
  'deals won': 'deals_won',
  won: 'deals_won',
  abschluesse: 'deals_won',
  'gewonnene deals': 'deals_won',
  renewals: 'renewals',
  verlaengerungen: 'renewals',
};

/** `Q4 2026` and `Q4/2026` as well as the canonical `2026-Q4`. */
function normalizePeriod(text: string): string {
  const quarterFirst = /^Q([1-4])[\s/-]*(\d{4})$/i.exec(text.trim());
  return quarterFirst ? `${quarterFirst[2]}-Q${quarterFirst[1]}` : text.trim();
}

export function createTargetRowBuilder(calendar: FiscalCalendar) {
  return (reader: RowReader): TargetRecord | null => {
    const periodText = reader.required('period');
    const period = periodText === null ? null : parsePeriodKey(normalizePeriod(periodText), calendar);
    if (periodText !== null && period === null) {
      reader.fail('period', periodText, createImportProblem('period_expected', {}));
    }
    const measureText = reader.text('measure');
    const measure = measureText === null ? 'bookings' : MEASURE_WORDS[normalizeWord(measureText)];
    if (measure === undefined) {
      reader.fail('measure', measureText ?? '', createImportProblem('measure_unknown', {}));
    }
    const value = measure === 'bookings' ? reader.money('value') : reader.decimal('value');
    if (value === null && reader.errors.length === 0) reader.fail('value', '', VALUE_EMPTY);
    if (value !== null && measure !== 'bookings' && !Number.isInteger(value)) {
      reader.fail('value', String(value), createImportProblem('whole_number_expected', {}));
    }
    if (reader.errors.length > 0 || !period || !measure || value === null) return null;
    return {
      line: reader.line,
      period: period.key,
      periodStartOn: period.start,
      periodEndOn: period.end,
      measure,
      value,
      product: reader.text('product'),
      segment: reader.text('segment'),
      region: reader.text('region'),
      team: reader.text('team'),
      owner: reader.text('owner'),
    };
  };
}

export function buildMetricRecord(reader: RowReader): MetricRecord | null {
  const metricKey = reader.required('metric');
  const observedOn = reader.requiredDate('date');
  const value =
    reader.decimal('value') ?? (reader.text('value') === null ? reader.fail('value', '', VALUE_EMPTY) : null);
  if (metricKey === null || observedOn === null || value === null || reader.errors.length > 0) return null;
  return {
    line: reader.line,
    metricKey,
    observedOn,
    value,
    product: reader.text('product'),
    segment: reader.text('segment'),
    region: reader.text('region'),
  };
}
