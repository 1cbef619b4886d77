/**
 * Validated rows on their way into the database: what the import layer hands to the bulk writer. Dimensions are
 * still names (created by name in the merge); money is in cents; dates are ISO. `line` is the file line.
 */
import type { BarrierKey } from '../../core/aida.ts';
import type { DealOutcome, TargetMeasure } from '../../core/types.ts';

export interface DealRecord {
  line: number;
  externalId: string;
  name: string;
  account: string | null;
  product: string | null;
  segment: string | null;
  region: string | null;
  owner: string | null;
  team: string | null;
  stage: string;
  outcome: DealOutcome;
  amountCents: number;
  currency: string;
  /** null: keep the stored date, or the as-of date for a new deal. */
  createdOn: string | null;
  expectedCloseOn: string | null;
  closedOn: string | null;
  lostReason: string | null;
  lostBarrier: BarrierKey | null;
  competitor: string | null;
  isRenewal: boolean;
  leadSource: string | null;
}

export interface StageRecord {
  line: number;
  externalId: string;
  stage: string;
  changedOn: string;
}

export interface LeadRecord {
  line: number;
  externalId: string;
  createdOn: string;
  channel: string | null;
  product: string | null;
  segment: string | null;
  region: string | null;
  status: string;
  convertedOn: string | null;
  dealExternalId: string | null;
}

export interface TargetRecord {
  line: number;
  period: string;
  periodStartOn: string;
  periodEndOn: string;
  measure: TargetMeasure;
  value: number;
  product: string | null;
  segment: string | null;
  region: string | null;
  team: string | null;
  owner: string | null;
}

export interface MetricRecord {
  line: number;
  metricKey: string;
  observedOn: string;
  value: number;
  product: string | null;
  segment: string | null;
  region: string | null;
}

export interface RecordByKind {
  deals: DealRecord;
  stages: StageRecord;
  leads: LeadRecord;
  targets: TargetRecord;
  metrics: MetricRecord;
}

export type BulkKind = keyof RecordByKind;
