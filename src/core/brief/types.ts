/**
 * The campaign brief as plain JSON (DESIGN §5 "Brief"): what `prefillBrief` produces, what storage keeps per
 * version, what `diffBriefs` compares and `renderBriefMarkdown` prints. Every suggested field is a
 * `Suggested<T>` that says where it came from, so the UI can show "from diagnosis: price share 61 %".
 * Shares are fractions (0.61), money is in cents, dates are ISO strings.
 */
import type { AidaStage, BarrierKey } from '../aida.ts';
import type { IsoDate } from '../calendar.ts';
import type { DiagnosisVerdict, Locale } from '../types.ts';
import type { GapGoal } from './gap-goal.ts';

export const BRIEF_SOURCE_KINDS = [
  'diagnosis',
  'indicator',
  'forecast',
  'funnel',
  'gap_goal',
  'scope',
  'catalogue',
  'placeholder',
  'edited',
] as const;
export type BriefSourceKind = (typeof BRIEF_SOURCE_KINDS)[number];

/** Where a suggestion came from; `describeSource` turns it into "aus der Diagnose: Preisanteil 61 %". */
export interface BriefSource {
  kind: BriefSourceKind;
  /** diagnosis, catalogue: the barrier behind the suggestion. */
  barrier?: BarrierKey;
  /** diagnosis: that barrier's share of the evidence (0–1). */
  share?: number;
  /** catalogue: the AIDA stage whose default this is. */
  stage?: AidaStage;
  /** indicator: its key; forecast, funnel: the figure used (`shortfallCents`, `winRate` …). */
  field?: string;
}

export interface Suggested<T> {
  value: T;
  source: BriefSource;
}

// ---- input -------------------------------------------------------------------------------------------------

export interface EvidenceItem {
  kind: 'quote' | 'lost_reason' | 'answer' | 'deal' | 'metric';
  text: string;
  /** A link target or id the UI can resolve (deal external id, answer id …). */
  ref?: string;
}

export interface DiagnosedBarrier {
  key: BarrierKey;
  /** Share of the weighted evidence (0–1). */
  share: number;
  interval?: { low: number; high: number };
  evidence: EvidenceItem[];
}

/** The part of a diagnosis the brief needs; barriers ranked, largest first. */
export interface DiagnosisSummary {
  verdict: DiagnosisVerdict;
  aidaStage: AidaStage | null;
  /** 0–1, shown beside the objective. */
  confidence?: number;
  barriers: DiagnosedBarrier[];
}

/** Scope by dimension names; an absent key means "all". */
export interface BriefScope {
  product?: string;
  segment?: string;
  region?: string;
  team?: string;
  owner?: string;
}

/** The alert's forecast for the scope's period (bookings in cents). */
export interface ForecastSummary {
  period: string;
  periodEnd: IsoDate;
  targetCents: number;
  p50Cents: number;
  /** Projected shortfall at P50 (target − P50), or the engine's expected shortfall. */
  shortfallCents: number;
  pMiss?: number;
}

/** Current funnel rates of the scope (from the engine's indicators). */
export interface FunnelRates {
  winRate: number;
  averageDealCents: number;
  cycleDays: number;
  opportunitiesPerWeek: number;
  leadToOpportunityRate: number | null;
  leadsPerWeek?: number | null;
}

export type KpiUnit = 'per_week' | 'rate' | 'cents' | 'days' | 'percent';

/** An indicator that raised (or backs) the alert, with the engine's baseline. */
export interface AlertIndicator {
  key: string;
  unit: KpiUnit;
  baseline: number;
  current?: number;
  direction?: 'increase' | 'decrease';
}

// ---- output ------------------------------------------------------------------------------------------------

export interface BriefFit {
  verdict: DiagnosisVerdict;
  /** false for `not_a_campaign_problem`: the brief says so instead of pretending. */
  isCampaignAdvised: boolean;
  statement: Suggested<string>;
  /** Barriers a campaign cannot (fully) move, and where they go. */
  routes: { to: 'pricing' | 'product' | 'service'; barrier: BarrierKey; share: number }[];
}

export interface BriefBarrier {
  key: BarrierKey;
  share: number;
  interval: { low: number; high: number } | null;
  aidaStage: AidaStage | null;
  /** The brief has a pillar for it (share large enough, among the top three). */
  isAddressed: boolean;
  campaignCanHelp: 'yes' | 'partly' | 'no';
  evidence: EvidenceItem[];
}

export interface BriefStagePlan {
  stage: AidaStage;
  isObjective: boolean;
  messages: Suggested<string>[];
  proofPoints: Suggested<string>[];
  channels: Suggested<string>[];
}

export interface MessagePillar {
  barrier: BarrierKey;
  title: Suggested<string>;
  message: Suggested<string>;
  proofPoints: Suggested<string>[];
}

export interface MessageHouse {
  umbrella: Suggested<string>;
  pillars: MessagePillar[];
}

export interface BriefKpi {
  key: string;
  unit: KpiUnit;
  direction: 'increase' | 'decrease';
  baseline: Suggested<number>;
  /** null when no goal is suggested (no campaign advised). */
  goal: Suggested<number | null>;
}

export interface BriefTimeline {
  startOn: Suggested<IsoDate>;
  endOn: Suggested<IsoDate>;
  /** When the impact evaluation can give a verdict (end + the measurement weeks). */
  evaluateOn: Suggested<IsoDate>;
}

export interface BriefContent {
  schemaVersion: 1;
  locale: Locale;
  preparedOn: IsoDate;
  title: Suggested<string>;
  fit: BriefFit;
  objective: { stage: Suggested<AidaStage | null>; statement: Suggested<string>; confidence: number | null };
  targetGroup: { scope: BriefScope; label: Suggested<string>; description: Suggested<string> };
  barriers: BriefBarrier[];
  /** All four AIDA stages in funnel order. */
  stages: BriefStagePlan[];
  messageHouse: MessageHouse;
  tone: Suggested<string>;
  callToAction: Suggested<string>;
  kpis: BriefKpi[];
  gapGoal: GapGoal | null;
  timeline: BriefTimeline;
  budgetCents: Suggested<number | null>;
  owner: Suggested<string | null>;
}
