/**
 * An alert as the engine produces it and the product keeps it (DESIGN §2, §4): what changed where, how sure, how
 * big, where in the funnel it comes from, and what marketing should ask first. Plain JSON throughout.
 */
import type { AidaStage, BarrierKey } from './aida.ts';
import type { IsoDate } from './calendar.ts';
import type { AlertKind, AlertStatus, Scope, Severity, TargetMeasure } from './types.ts';

export interface AlertForecast {
  /** Fiscal period key, e.g. `2026-Q4`. */
  period: string;
  measure: TargetMeasure;
  /** bookings: cents; counts otherwise. */
  target: number;
  booked: number;
  p10: number;
  p50: number;
  p90: number;
  /** Probability of missing the target, 0–1. */
  pMiss: number;
  /** Mean shortfall below target over the simulations (≥ 0). */
  expectedShortfall: number;
  periodEnd: IsoDate;
}

export const DRIVER_KINDS = ['child_scope', 'funnel_stage', 'reason_shift', 'indicator'] as const;
export type DriverKind = (typeof DRIVER_KINDS)[number];

/** One ranked reason for the alert; `contribution` is its share of the explained gap (0–1) or a signed size. */
export interface AlertDriver {
  kind: DriverKind;
  /** Human-readable, in the workspace's data language (names as imported). */
  label: string;
  contribution: number;
  /** Machine-readable detail for the UI: scope, indicator key, barrier, stage, numbers. */
  detail?: Record<string, unknown>;
}

/** Pipeline waterfall of a scope over the window: start + created + progressed − regressed − won − lost − slipped = end. */
export interface PipelineWaterfall {
  from: IsoDate;
  to: IsoDate;
  /** Open pipeline value in cents (or counts when `unit` says so). */
  unit: 'cents' | 'deals';
  start: number;
  created: number;
  progressed: number;
  regressed: number;
  won: number;
  lost: number;
  slipped: number;
  end: number;
}

export interface ReasonShift {
  barrier: BarrierKey;
  baselineShare: number;
  currentShare: number;
}

/** A weekly indicator point with its expected value and band, for the alert chart. */
export interface IndicatorPoint {
  weekStart: IsoDate;
  observed: number | null;
  expected: number | null;
  lower: number | null;
  upper: number | null;
}

export interface AlertExplanation {
  waterfall: PipelineWaterfall | null;
  reasonShifts: ReasonShift[];
  /** Question catalogue keys (core/questions), best first, at most 8. */
  suggestedQuestions: string[];
  /** The alerting indicator's recent weeks, for the chart (alarm week = firstDetected's week). */
  series: IndicatorPoint[];
  /** Indicator keys that also moved in this scope. */
  relatedIndicators: string[];
}

/** An alert as a scan finds it, before it is stored. */
export interface AlertCandidate {
  kind: AlertKind;
  /** One alert per scope and cause; a later scan with the same key updates it. */
  dedupeKey: string;
  scope: Scope;
  indicator: string;
  severity: Severity;
  aidaStage: AidaStage | null;
  firstDetectedOn: IsoDate;
  changeStartOn: IsoDate | null;
  /** Signed change against the baseline in percent (−32 = down 32 %). */
  changePct: number | null;
  forecast: AlertForecast | null;
  drivers: AlertDriver[];
  explanation: AlertExplanation;
}

export interface AlertRecord extends AlertCandidate {
  id: number;
  asOf: IsoDate;
  status: AlertStatus;
  statusReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Who may move an alert where; the rest of the lifecycle is the scan's (new) and the request's (support_requested). */
export const ALERT_TRANSITIONS: Record<AlertStatus, readonly AlertStatus[]> = {
  new: ['acknowledged', 'dismissed', 'support_requested'],
  acknowledged: ['dismissed', 'support_requested'],
  support_requested: [],
  dismissed: ['acknowledged'],
};

export function canMoveAlert(from: AlertStatus, to: AlertStatus): boolean {
  return ALERT_TRANSITIONS[from].includes(to);
}
