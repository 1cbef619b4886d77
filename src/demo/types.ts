/**
 * The demo workspace as plain data. Dimension values are referenced by name (the writer maps them to ids), so a
 * test can read a deal as "OptiScan in Automotive" without a database.
 */
import type { AidaStage, BarrierKey } from '../core/aida.ts';
import type { IsoDate } from '../core/calendar.ts';
import type { WorkspaceSettings } from '../core/settings.ts';
import type { DealOutcome, StageDefinition, TargetMeasure } from '../core/types.ts';
import type { ResolvedDemoStory } from './story.ts';

/** Absent key = all values of that dimension. */
export interface DemoScope {
  product?: string;
  segment?: string;
  region?: string;
}

export interface DemoStageEvent {
  stage: string;
  changedOn: IsoDate;
}

export interface DemoDeal {
  externalId: string;
  name: string;
  account: string;
  product: string;
  segment: string;
  region: string;
  owner: string;
  amountCents: number;
  currency: string;
  stage: string;
  outcome: DealOutcome;
  createdOn: IsoDate;
  expectedCloseOn: IsoDate;
  closedOn: IsoDate | null;
  lostReason: string | null;
  /** The barrier the generator had in mind when it wrote `lostReason`; never written to storage (tests only). */
  trueBarrier: BarrierKey | null;
  competitor: string | null;
  isRenewal: boolean;
  leadSource: string | null;
  stageHistory: DemoStageEvent[];
}

export type DemoLeadStatus = 'new' | 'qualifying' | 'converted' | 'disqualified';

export interface DemoLead {
  externalId: string;
  createdOn: IsoDate;
  channel: string;
  product: string;
  segment: string;
  region: string;
  status: DemoLeadStatus;
  convertedOn: IsoDate | null;
  dealExternalId: string | null;
}

export interface DemoMetric {
  metricKey: string;
  observedOn: IsoDate;
  value: number;
  scope: DemoScope;
}

export interface DemoTarget {
  period: string;
  measure: TargetMeasure;
  scope: DemoScope;
  /** bookings: cents; deals_won and renewals: counts. */
  value: number;
}

export interface DemoCampaignKpi {
  indicator: string;
  baseline: number;
  goal: number;
}

export interface DemoCampaign {
  name: string;
  scope: DemoScope;
  objectiveStage: AidaStage;
  barriers: BarrierKey[];
  channels: string[];
  messages: string[];
  callToAction: string;
  kpis: DemoCampaignKpi[];
  startOn: IsoDate;
  endOn: IsoDate;
  budgetCents: number;
  status: string;
}

export interface DemoOwner {
  name: string;
  team: string;
}

export interface DemoDimensions {
  products: string[];
  segments: string[];
  regions: string[];
  teams: string[];
  owners: DemoOwner[];
}

export interface DemoScopeBookings {
  product: string;
  segment: string;
  bookingsCents: number;
}

/**
 * What really happens until the end of the as-of quarter in the simulation (deals created and closed after
 * as-of included). Not written to storage: it lets tests and benchmarks score a forecast against the truth.
 */
export interface DemoTruth {
  period: string;
  bookingsByScope: DemoScopeBookings[];
}

export interface DemoData {
  seed: number;
  asOf: IsoDate;
  /** First day of the first full quarter of data; targets start here. Some open deals are older. */
  windowStart: IsoDate;
  company: { name: string; slug: string };
  settings: Partial<WorkspaceSettings>;
  stages: StageDefinition[];
  dimensions: DemoDimensions;
  competitors: string[];
  deals: DemoDeal[];
  leads: DemoLead[];
  metrics: DemoMetric[];
  targets: DemoTarget[];
  campaigns: DemoCampaign[];
  story: ResolvedDemoStory;
  truth: DemoTruth;
}
