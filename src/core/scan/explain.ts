/**
 * The "why" of an alert (DESIGN §4): child scopes ranked by their share of the gap, coded lost reasons that
 * moved, the pipeline waterfall, and the catalogue questions marketing should ask first.
 */
import type { AidaStage } from '../aida.ts';
import type { AlertDriver, AlertExplanation, IndicatorPoint, ReasonShift } from '../alerts.ts';
import { addDays, type IsoDate } from '../calendar.ts';
import type { SeriesDetection } from '../detect/detect-series.ts';
import { BARRIER_LABELS } from '../labels.ts';
import { proposeQuestions } from '../questions/propose-questions.ts';
import { toScopeKey } from '../scope.ts';
import type { Dimensions, Scope } from '../types.ts';
import type { ScanFindings } from './scan.ts';
import { describeScope } from './scope-names.ts';
import { listChildScopes } from './scopes.ts';

/** Chart span: the last year of monitored weeks. */
const CHART_WEEKS = 52;
/** A barrier's share must rise by this much (0–1) to be a driver. */
const MIN_REASON_RISE = 0.05;
const MAX_CHILD_DRIVERS = 3;

/** Shortfall of a detection against its baseline since `from`, in the indicator's unit (≥ 0 counts only). */
export function computeShortfall(detection: SeriesDetection, from: IsoDate): number {
  let gap = 0;
  for (const week of detection.weeks) {
    if (week.weekStart < from || week.observed === null) continue;
    const diff = week.expected - week.observed;
    gap += detection.badDirection === 'down' ? diff : -diff;
  }
  return gap;
}

/** Child scopes ranked by their share of the parent's shortfall on the same indicator since `from`. */
export function rankChildDrivers(
  findings: ScanFindings,
  parent: Scope,
  gapOf: (child: Scope) => number | null,
): AlertDriver[] {
  const children = listChildScopes(parent, findings.scopes);
  const gaps = children
    .map((child) => ({ scope: child.scope, gap: gapOf(child.scope) ?? 0 }))
    .filter((item) => item.gap > 0);
  const total = gaps.reduce((sum, item) => sum + item.gap, 0);
  return gaps
    .sort((a, b) => b.gap - a.gap)
    .slice(0, MAX_CHILD_DRIVERS)
    .map((item) => ({
      kind: 'child_scope' as const,
      label: describeScope(item.scope, findings.dimensions),
      contribution: Math.round((item.gap / total) * 1000) / 1000,
      detail: { scopeKey: toScopeKey(item.scope), gap: Math.round(item.gap * 100) / 100 },
    }));
}

export function findDetection(findings: ScanFindings, scope: Scope, indicator: string) {
  const key = toScopeKey(scope);
  return findings.detections.find((item) => item.scopeKey === key && item.key === indicator) ?? null;
}

export function toReasonDrivers(shifts: readonly ReasonShift[]): AlertDriver[] {
  return shifts
    .filter((shift) => shift.currentShare - shift.baselineShare >= MIN_REASON_RISE)
    .map((shift) => ({
      kind: 'reason_shift' as const,
      label: BARRIER_LABELS[shift.barrier].en,
      contribution: Math.round((shift.currentShare - shift.baselineShare) * 1000) / 1000,
      detail: {
        barrier: shift.barrier,
        baselineShare: shift.baselineShare,
        currentShare: shift.currentShare,
      },
    }));
}

export interface ExplanationInput {
  findings: ScanFindings;
  scope: Scope;
  /** Start of the window the waterfall and the reason shift look at. */
  from: IsoDate;
  aidaStage: AidaStage | null;
  detection: SeriesDetection | null;
  /** Indicators that moved in this scope, for the question proposal and the related list. */
  moved: ReadonlyArray<{ indicator: string; aidaStage: AidaStage | null; changePct: number | null }>;
}

function toChartSeries(detection: SeriesDetection | null): IndicatorPoint[] {
  if (!detection) return [];
  return detection.weeks.slice(-CHART_WEEKS).map((week) => ({
    weekStart: week.weekStart,
    observed: week.observed,
    expected: week.expected,
    lower: week.lower,
    upper: week.upper,
  }));
}

export function explainScope(input: ExplanationInput): AlertExplanation & { reasonDrivers: AlertDriver[] } {
  const { findings, scope, from } = input;
  const { reasonShifts, waterfall } = findings.windows.explainWindow(scope, from);
  const questions = proposeQuestions({
    aidaStage: input.aidaStage,
    drivers: input.moved.map((item) => ({ ...item })),
    barrierShifts: reasonShifts,
  });
  return {
    waterfall,
    reasonShifts,
    suggestedQuestions: questions.map((question) => question.key),
    series: toChartSeries(input.detection),
    relatedIndicators: input.moved.map((item) => item.indicator),
    reasonDrivers: toReasonDrivers(reasonShifts),
  };
}

/** The window an explanation looks at when there is no change start: the last 13 weeks. */
export function defaultWindowStart(asOf: IsoDate): IsoDate {
  return addDays(asOf, -90);
}

export type { Dimensions };
