/**
 * Plain-data shapes of the impact evaluation (DESIGN §5 "Impact"). Effects are relative lifts as fractions
 * (0.25 = +25 %); weeks are identified by their Monday (`weekStart`, ISO date).
 */
import type { AidaStage, BarrierKey } from '../aida.ts';
import type { IsoDate } from '../calendar.ts';
import type { ImpactVerdict } from '../types.ts';
import type { ForecastCheck } from './forecast-check.ts';

/**
 * One week of a KPI in one scope. The scope's level over a set of weeks is Σvalue / Σbase: for a count KPI
 * (`kind: 'count'`) base is ignored and every week counts 1, so the level is events per week; for a ratio KPI
 * value and base are numerator and denominator (win rate: won, won + lost; average deal size: booked cents,
 * won deals; cycle time: days summed, deals closed).
 */
export interface WeeklyObservation {
  weekStart: IsoDate;
  value: number;
  base?: number;
}

export type KpiKind = 'count' | 'ratio';
/** Which way the campaign is meant to move the KPI (cycle time: down). */
export type KpiDirection = 'increase' | 'decrease';

export interface ControlSeries {
  /** For display: "PressLine × Maschinenbau". */
  label: string;
  series: readonly WeeklyObservation[];
}

export interface KpiSeriesInput {
  /** Indicator key, e.g. `new_leads`. */
  key: string;
  kind: KpiKind;
  direction: KpiDirection;
  /** The targeted scope; weeks missing from the list count as 0 (count) or 0/0 (ratio). */
  target: readonly WeeklyObservation[];
  /** Comparable untargeted scopes (siblings); pooled by summing value and base week by week. */
  controls: readonly ControlSeries[];
  /** The level expected for the targeted scope without the campaign (e.g. the engine's forecast), per week. */
  baseline?: readonly WeeklyObservation[];
}

export interface ImpactWindow {
  startOn: IsoDate;
  endOn: IsoDate;
  /** Weeks after the campaign end that still count as effect weeks. */
  postWeeks: number;
  /** 'start' (default): effect weeks run from the campaign start; 'end': only the weeks after it. */
  measureFrom?: 'start' | 'end';
  /** Weeks before the start that form the pre-period (default 52, a full seasonal cycle). */
  preWeeks?: number;
}

/** Links a KPI to the alert's gap: how much of the shortfall the extra KPI units close. */
export interface GapLink {
  kpiKey: string;
  shortfallCents: number;
  /** Value of one extra KPI unit toward the target (leads: l→o rate × win rate × deal size). */
  centsPerUnit: number;
  /** Extra units the brief's gap goal asked for (computeGapGoal), when known. */
  requiredUnits?: number;
}

export interface EvaluateImpactInput {
  window: ImpactWindow;
  kpis: readonly KpiSeriesInput[];
  /** Only complete weeks up to here are used (evaluation during the run works). */
  asOf: IsoDate;
  seed: number;
  /** Which KPI decides the campaign verdict (default: the first). */
  primaryKpi?: string;
  /** Bootstrap replicates (default 2,000). */
  replicates?: number;
  /** Smallest lift worth having (default 0.1): an interval below it that includes 0 is `no_effect`. */
  meaningfulLift?: number;
  /** Moving-block length in weeks (default 2): keeps short-range autocorrelation in the resamples. */
  blockWeeks?: number;
  gap?: GapLink;
}

export interface Interval {
  low: number;
  high: number;
}

export interface Comparison {
  method: 'controls' | 'baseline';
  /** Point estimate as a relative lift. */
  effect: number;
  /** 95 % block-bootstrap percentile interval of the lift. */
  interval: Interval;
  /** Standard error of the log effect (bootstrap), the scale the verdict is made on. */
  standardErrorLog: number;
}

export type ImpactReasonCode =
  | 'interval_above_zero'
  | 'interval_below_meaningful'
  | 'interval_wrong_way'
  | 'interval_wide'
  | 'not_started'
  | 'window_too_short'
  | 'no_events'
  | 'no_comparison';

export interface ImpactReason {
  code: ImpactReasonCode;
  kpiKey: string;
  effect?: number;
  interval?: Interval;
  meaningfulLift?: number;
}

export type ImpactWarningCode =
  | 'pre_trend_diverges'
  | 'low_correlation'
  | 'window_short'
  | 'window_incomplete'
  | 'pre_period_short'
  | 'low_power'
  | 'no_controls'
  | 'comparisons_disagree';

export interface ImpactWarning {
  code: ImpactWarningCode;
  kpiKey: string;
  /** Figures the message quotes (drift as a fraction, correlation, weeks, minimum detectable lift …). */
  figures: Record<string, number>;
}

export interface ScopeLevels {
  targetPre: number;
  targetPost: number;
  controlPre: number | null;
  controlPost: number | null;
}

export interface KpiImpact {
  key: string;
  direction: KpiDirection;
  verdict: ImpactVerdict;
  reason: ImpactReason;
  controls: Comparison | null;
  baseline: Comparison | null;
  levels: ScopeLevels;
  /** Mondays of the pre-period and of the effect weeks actually used (complete, covered by the data). */
  preWeeks: IsoDate[];
  effectWeeks: IsoDate[];
  /** Effect weeks of the whole window, once it is over. */
  plannedEffectWeeks: number;
  /** Lift this window could detect with 80 % power (2.8 standard errors), a fraction. */
  minimumDetectableLift: number | null;
  warnings: ImpactWarning[];
}

export interface GapEffect {
  kpiKey: string;
  /** Extra KPI units in the observed effect weeks attributable to the campaign. */
  extraUnits: { estimate: number; low: number; high: number };
  extraCents: { estimate: number; low: number; high: number };
  shortfallCents: number;
  /** extraCents / shortfall, as a fraction (may exceed 1 or be negative). */
  shareOfGap: { estimate: number; low: number; high: number };
  /** extraUnits / requiredUnits when the goal is known. */
  shareOfGoal: { estimate: number; low: number; high: number } | null;
}

export interface ImpactEvaluation {
  verdict: ImpactVerdict;
  reason: ImpactReason;
  primaryKpi: string;
  kpis: KpiImpact[];
  /** All KPI warnings, flattened for a banner. */
  warnings: ImpactWarning[];
  gapEffect: GapEffect | null;
  /**
   * The targeted scope's bookings against the engine's forecast made as of the start (app layer adds it; absent
   * in evaluations stored before it existed and in pure-core runs).
   */
  forecastCheck?: ForecastCheck | null;
}

/** What is kept after an evaluation so a later diagnosis can show what worked before (DESIGN §1, Learnings). */
export interface LearningRecord {
  barrier: BarrierKey;
  aidaStage: AidaStage;
  channels: string[];
  /** The primary KPI, e.g. `new_leads`. */
  kpiKey: string;
  /** Primary KPI lift in percent (25 = +25 %); null when nothing could be estimated. */
  effectPct: number | null;
  /** 95 % interval of the lift, in percent like effectPct. */
  interval: Interval | null;
  verdict: ImpactVerdict;
  /** One sentence in the locale asked for. */
  summary: string;
}
