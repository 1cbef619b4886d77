/**
 * The diagnosis as plain data (DESIGN §5): what computeDiagnosis takes and returns. Shares are 0–1, money in
 * cents, intervals at 95 %. The result is JSON-serialisable, for `diagnoses.result_json`.
 */
import type { AidaStage, BarrierDefinition, BarrierKey } from '../aida.ts';
import type { BarrierCodeKey, BarrierModel } from '../coding/code-text.ts';
import type { QuestionDefinition } from '../questions/types.ts';
import type { DealOutcome, DiagnosisVerdict } from '../types.ts';
import type { Difference, Interval } from './intervals.ts';
import type { VerdictReason } from './verdict-rules.ts';

export interface LinkedDeal {
  dealId: number;
  amountCents: number;
  outcome: DealOutcome;
}

/** One rep's answer to one question, as stored; `value` is validated here again (bad values are skipped). */
export interface DiagnosisAnswer {
  repId: number;
  questionKey: string;
  value: unknown;
  /** Deals from the rep's pipeline in the scope that the rep links as examples. */
  linkedDeals?: readonly LinkedDeal[];
  /** A customer quote the rep adds to any answer; coded like free text. */
  quote?: string | null;
}

export interface RepCoverage {
  repId: number;
  /** Deals of the scope the rep owns in the diagnosis window (any outcome): the rep's coverage of the scope. */
  scopeDealCount: number;
}

export interface CodedLostReason {
  dealId: number;
  /** The coder's barrier; `unknown` or null (no text) leave the deal out of the shares' denominator. */
  barrier: BarrierCodeKey | null;
  text?: string | null;
  competitor?: string | null;
  amountCents?: number;
}

export interface SiblingLostReasons {
  /** The sibling scope's key or name, for the evidence list. */
  scope: string;
  reasons: readonly CodedLostReason[];
}

export interface FunnelMove {
  /** The AIDA stage of the indicator that moved (from the alert). */
  aidaStage: AidaStage | null;
  /** The alert's indicator key, e.g. `new_opportunities`. */
  indicator: string;
}

export interface DiagnosisInput {
  answers: readonly DiagnosisAnswer[];
  /** Deal ownership in the scope; a rep missing here counts as owning none. */
  reps: readonly RepCoverage[];
  lostReasons: {
    /** Lost deals of the scope in the current window. */
    current: readonly CodedLostReason[];
    /** Lost deals of the scope in the baseline period (e.g. the year before the window). */
    baseline: readonly CodedLostReason[];
    /** Lost deals of the sibling scopes in the current window. */
    siblings: readonly SiblingLostReasons[];
  };
  funnel: FunnelMove | null;
  /** The workspace's question definitions; default the catalogue. */
  questions?: readonly QuestionDefinition[];
  /** The workspace's trained coder model for answer texts; default the lexicon alone. */
  coderModel?: BarrierModel | null;
  /** Average deal amount of the scope, for the linked-deal weight; default: the mean of the linked lost deals. */
  averageDealCents?: number;
  /** Seed of the bootstrap; the same input and seed give the same diagnosis. */
  seed?: number;
}

export interface Estimate extends Interval {
  estimate: number;
}

export interface Proportion extends Interval {
  count: number;
  total: number;
  share: number;
}

export interface Quote {
  repId: number;
  questionKey: string;
  text: string;
  /** The words that decided its code (empty when the coder abstained). */
  because: string[];
}

export interface BarrierFinding {
  rank: number;
  barrier: BarrierKey;
  aidaStage: AidaStage | null;
  campaignCanHelp: BarrierDefinition['campaignCanHelp'];
  routeTo: BarrierDefinition['routeTo'];
  /** Both sources combined (combine-shares.ts); null without any evidence. */
  share: Estimate | null;
  lostReasons: {
    now: Proportion | null;
    baseline: Proportion | null;
    siblings: Proportion | null;
    changeVsBaseline: Difference | null;
    differenceVsSiblings: Difference | null;
  };
  answers: {
    /** Weighted mean of the reps' share estimates (scale and share answers). */
    score: Estimate | null;
    scoreReps: number;
    /** Weighted share of answering reps who name the barrier with strong evidence. */
    support: Estimate | null;
    namedBy: number;
  };
  evidence: {
    quotes: Quote[];
    /** Deals reps linked to answers about this barrier. */
    linkedDealIds: number[];
    /** Lost deals in the window whose reason is coded to this barrier. */
    lostDealIds: number[];
    /** A few of those deals' reasons as written. */
    lostReasonTexts: { dealId: number; text: string }[];
  };
}

export interface CompetitorFinding {
  name: string;
  /** Reps who named it in answers. */
  namedByReps: number;
  /** What reps say was better there. */
  better: string[];
  lostNow: number;
  lostBaseline: number;
  /** Share of all lost deals (coded or not) naming it, now and in the baseline period. */
  shareNow: number;
  shareBaseline: number;
}

export interface ConfidenceBreakdown {
  /** 0–1: 0.4 · reps + 0.3 · agreement + 0.3 · precision (confidence.ts). */
  value: number;
  reps: { answered: number; coverage: number; factor: number };
  /** Overlap of the barrier mixes in answers and lost reasons; null when one source is missing. */
  agreement: { overlap: number | null; factor: number };
  precision: { topIntervalWidth: number | null; factor: number };
}

export interface IgnoredAnswer {
  repId: number;
  questionKey: string;
  problems: { field: string; code: string; message: string }[];
}

export interface Diagnosis {
  verdict: DiagnosisVerdict;
  reason: VerdictReason;
  /** Further barriers to hand to pricing, product or service, though the verdict is about another. */
  alsoRoute: VerdictReason[];
  aidaStage: AidaStage | null;
  stageShares: { stage: AidaStage; share: number }[];
  funnel: (FunnelMove & { agreesWithBarriers: boolean }) | null;
  confidence: ConfidenceBreakdown;
  barriers: BarrierFinding[];
  competitors: CompetitorFinding[];
  counts: {
    answers: number;
    repsAnswered: number;
    lostNow: number;
    lostNowCoded: number;
    lostBaselineCoded: number;
    lostSiblingsCoded: number;
  };
  ignoredAnswers: IgnoredAnswer[];
}
