/**
 * The domain as plain data (DESIGN §2). Money is in integer minor units (cents), dates are ISO `YYYY-MM-DD`
 * strings, timestamps ISO-8601 UTC strings. Dimension references are ids; names live in `Dimensions`.
 */
import type { AidaStage, BarrierKey } from './aida.ts';
import type { IsoDate } from './calendar.ts';

export const ROLES = ['admin', 'sales_manager', 'sales_rep', 'marketing', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DIMENSION_KEYS = ['product', 'segment', 'region', 'team', 'owner'] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

/** A combination of dimension values; an absent key means "all". Values are dimension ids. */
export type Scope = Partial<Record<DimensionKey, number>>;

export interface DimensionValue {
  id: number;
  name: string;
}

export interface Owner extends DimensionValue {
  teamId: number | null;
  userId: number | null;
}

export interface Dimensions {
  products: DimensionValue[];
  segments: DimensionValue[];
  regions: DimensionValue[];
  teams: DimensionValue[];
  owners: Owner[];
}

export const DEAL_OUTCOMES = ['open', 'won', 'lost'] as const;
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];

export interface Deal {
  id: number;
  externalId: string;
  name: string;
  account: string | null;
  productId: number | null;
  segmentId: number | null;
  regionId: number | null;
  ownerId: number | null;
  amountCents: number;
  currency: string;
  stage: string;
  outcome: DealOutcome;
  createdOn: IsoDate;
  expectedCloseOn: IsoDate | null;
  closedOn: IsoDate | null;
  lostReason: string | null;
  lostBarrier: BarrierKey | null;
  competitor: string | null;
  isRenewal: boolean;
  leadSource: string | null;
}

/**
 * The fields of a deal the engine reads (the as-of cut, indicators, forecasts, the scan): what it loads, so a
 * million deals do not carry their names, accounts and lead sources through a scan that never reads them
 * (the loss details stay: the as-of cut clears them on deals that close later).
 */
export type PipelineDeal = Pick<
  Deal,
  | 'id'
  | 'productId'
  | 'segmentId'
  | 'regionId'
  | 'ownerId'
  | 'amountCents'
  | 'stage'
  | 'outcome'
  | 'createdOn'
  | 'expectedCloseOn'
  | 'closedOn'
  | 'lostReason'
  | 'lostBarrier'
  | 'competitor'
  | 'isRenewal'
>;

export interface StageChange {
  dealId: number;
  stage: string;
  changedOn: IsoDate;
}

/** A pipeline stage as configured per workspace; `position` orders the funnel. */
export interface StageDefinition {
  name: string;
  position: number;
  /** The CRM's default win probability (0–1), used only by the stage-weighted-pipeline baseline. */
  defaultProbability: number;
}

export interface Lead {
  id: number;
  externalId: string;
  createdOn: IsoDate;
  channel: string | null;
  productId: number | null;
  segmentId: number | null;
  regionId: number | null;
  status: string;
  convertedOn: IsoDate | null;
  dealId: number | null;
}

export interface MetricObservation {
  metricKey: string;
  observedOn: IsoDate;
  value: number;
  scope: Scope;
}

export const TARGET_MEASURES = ['bookings', 'deals_won', 'renewals'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

export interface Target {
  id: number;
  /** `2026-Q4`, `2026-11` or `2026` (fiscal). */
  period: string;
  measure: TargetMeasure;
  scope: Scope;
  /** bookings: cents; deals_won and renewals: counts. */
  value: number;
}

export const ALERT_KINDS = ['forecast_gap', 'indicator_shift'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_STATUSES = ['new', 'acknowledged', 'support_requested', 'dismissed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const REQUEST_STATUSES = [
  'requested',
  'asking',
  'diagnosing',
  'briefing',
  'in_market',
  'evaluated',
  'closed',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const VERDICTS = ['campaign', 'campaign_and_pricing', 'not_a_campaign_problem'] as const;
export type DiagnosisVerdict = (typeof VERDICTS)[number];

export const IMPACT_VERDICTS = ['worked', 'no_effect', 'inconclusive'] as const;
export type ImpactVerdict = (typeof IMPACT_VERDICTS)[number];

export type { AidaStage, BarrierKey, IsoDate };
