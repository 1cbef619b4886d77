/** Records → staging rows: values in STAGING_COLUMNS order with the file line first; booleans as 0/1. */
import type { BulkKind, RecordByKind } from './records.ts';

type ToRow<K extends BulkKind> = (record: RecordByKind[K]) => unknown[];

const TO_ROW: { [K in BulkKind]: ToRow<K> } = {
  deals: (r) => [
    r.line,
    r.externalId,
    r.name,
    r.account,
    r.product,
    r.segment,
    r.region,
    r.owner,
    r.team,
    r.stage,
    r.outcome,
    r.amountCents,
    r.currency,
    r.createdOn,
    r.expectedCloseOn,
    r.closedOn,
    r.lostReason,
    r.lostBarrier,
    r.competitor,
    r.isRenewal ? 1 : 0,
    r.leadSource,
  ],
  stages: (r) => [r.line, r.externalId, r.stage, r.changedOn],
  leads: (r) => [
    r.line,
    r.externalId,
    r.createdOn,
    r.channel,
    r.product,
    r.segment,
    r.region,
    r.status,
    r.convertedOn,
    r.dealExternalId,
  ],
  targets: (r) => [
    r.line,
    r.period,
    r.periodStartOn,
    r.periodEndOn,
    r.measure,
    r.value,
    r.product,
    r.segment,
    r.region,
    r.team,
    r.owner,
  ],
  metrics: (r) => [r.line, r.metricKey, r.observedOn, r.value, r.product, r.segment, r.region],
};

export function toStagingRows<K extends BulkKind>(kind: K, records: RecordByKind[K][]): unknown[][] {
  const toRow = TO_ROW[kind] as ToRow<K>;
  return records.map(toRow);
}
