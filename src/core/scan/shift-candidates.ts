/**
 * Alerts from indicator shifts: one per scope and indicator whose latest alarm episode is still active. A
 * parent scope whose shortfall is mostly one alarming sub-scope's is left to that sub-scope (the alert names
 * where the gap is, not every level above it).
 */
import type { AlertCandidate, AlertDriver, AlertForecast } from '../alerts.ts';
import { addDays, type IsoDate } from '../calendar.ts';
import { STAGE_CONVERSION_PREFIX } from '../detect/catalogue.ts';
import type { SeriesDetection } from '../detect/detect-series.ts';
import type { AttainmentForecast } from '../forecast/forecast.ts';
import { isWithinScope, parentScope, toScopeKey } from '../scope.ts';
import type { Scope, Severity } from '../types.ts';
import { computeShortfall, explainScope, findDetection, rankChildDrivers } from './explain.ts';
import { rateGapSeverity } from './gap-severity.ts';
import type { ScanFindings } from './scan.ts';

/** A sub-scope carrying this share of a parent's shortfall on the same indicator makes the parent's redundant. */
const DOMINANT_CHILD_SHARE = 0.6;

export function toAlertForecast(forecast: AttainmentForecast): AlertForecast {
  return {
    period: forecast.period,
    measure: forecast.measure,
    target: forecast.target,
    booked: forecast.booked,
    p10: forecast.p10,
    p50: forecast.p50,
    p90: forecast.p90,
    pMiss: forecast.pMiss,
    expectedShortfall: forecast.expectedShortfall,
    periodEnd: forecast.periodEnd,
  };
}

/** The forecast of the scope's own target (bookings first), else of the nearest parent with one. */
export function findScopeForecast(findings: ScanFindings, scope: Scope) {
  for (let current: Scope | null = scope; current; current = parentScope(current)) {
    const key = toScopeKey(current);
    const own = findings.forecasts
      .filter((forecast) => toScopeKey(forecast.scope) === key)
      .sort((a, b) => Number(b.measure === 'bookings') - Number(a.measure === 'bookings'));
    if (own[0]) return { forecast: own[0], isOwn: current === scope };
  }
  return null;
}

function isRedundant(findings: ScanFindings, detection: SeriesDetection, active: SeriesDetection[]): boolean {
  const from = detection.alarm?.changeStart ?? findings.asOf;
  const own = computeShortfall(detection, from);
  if (own <= 0) return false;
  return active.some(
    (other) =>
      other !== detection &&
      other.key === detection.key &&
      other.scopeKey !== detection.scopeKey &&
      isWithinScope(other.scope, detection.scope) &&
      computeShortfall(other, from) >= DOMINANT_CHILD_SHARE * own,
  );
}

/**
 * A moved indicator is as urgent as the target it threatens: high only when the scope's own target is all but
 * certain to be missed by a lot (a high forecast gap) and the shift is large; medium when the nearest target
 * at or above the scope is likely missed; low when no target is at risk (an indicator moved, the plan holds).
 */
function rateShiftSeverity(detection: SeriesDetection, scopeForecast: ReturnType<typeof findScopeForecast>) {
  const hint: Severity = detection.alarm?.severity ?? 'low';
  const gap = scopeForecast ? rateGapSeverity(scopeForecast.forecast) : null;
  if (hint === 'low' || gap === null || gap === 'low') return 'low';
  return hint === 'high' && gap === 'high' && scopeForecast?.isOwn === true ? 'high' : 'medium';
}

function listMovedInScope(active: SeriesDetection[], scopeKey: string) {
  return active
    .filter((item) => item.scopeKey === scopeKey)
    .map((item) => ({
      indicator: item.key,
      aidaStage: item.aidaStage,
      changePct: item.alarm?.changePct ?? null,
    }));
}

function toIndicatorDrivers(moved: ReturnType<typeof listMovedInScope>, except: string): AlertDriver[] {
  return moved
    .filter((item) => item.indicator !== except)
    .map((item) => ({
      kind: item.indicator.startsWith(STAGE_CONVERSION_PREFIX)
        ? ('funnel_stage' as const)
        : ('indicator' as const),
      label: item.indicator,
      contribution: (item.changePct ?? 0) / 100,
      detail: { indicator: item.indicator, changePct: item.changePct },
    }));
}

/** The alarm is known once its week has ended: the Sunday of the alarm week, never after asOf. */
export function toDetectedOn(alarmWeek: IsoDate, asOf: IsoDate): IsoDate {
  const sunday = addDays(alarmWeek, 6);
  return sunday < asOf ? sunday : asOf;
}

function buildShiftCandidate(findings: ScanFindings, detection: SeriesDetection, active: SeriesDetection[]) {
  const episode = detection.alarm!;
  const scopeForecast = findScopeForecast(findings, detection.scope);
  const moved = listMovedInScope(active, detection.scopeKey);
  const explanation = explainScope({
    findings,
    scope: detection.scope,
    from: episode.changeStart,
    aidaStage: detection.aidaStage,
    detection,
    moved,
  });
  const childDrivers = rankChildDrivers(findings, detection.scope, (child) => {
    const childDetection = findDetection(findings, child, detection.key);
    return childDetection ? computeShortfall(childDetection, episode.changeStart) : null;
  });
  const { reasonDrivers, ...rest } = explanation;
  const candidate: AlertCandidate = {
    kind: 'indicator_shift',
    dedupeKey: `indicator_shift|${detection.scopeKey}|${detection.key}`,
    scope: detection.scope,
    indicator: detection.key,
    severity: rateShiftSeverity(detection, scopeForecast),
    aidaStage: detection.aidaStage,
    firstDetectedOn: toDetectedOn(episode.week, findings.asOf),
    changeStartOn: episode.changeStart,
    changePct: episode.changePct,
    forecast: scopeForecast ? toAlertForecast(scopeForecast.forecast) : null,
    drivers: [...childDrivers, ...reasonDrivers, ...toIndicatorDrivers(moved, detection.key)],
    explanation: rest,
  };
  return candidate;
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Most severe first, then the bigger change: what a sales manager should look at first. */
export function compareCandidates(a: AlertCandidate, b: AlertCandidate): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const size = (candidate: AlertCandidate) =>
    candidate.kind === 'forecast_gap'
      ? (candidate.forecast?.pMiss ?? 0)
      : Math.abs(candidate.changePct ?? 0) / 100;
  return size(b) - size(a) || (a.dedupeKey < b.dedupeKey ? -1 : 1);
}

export function buildShiftCandidates(findings: ScanFindings): AlertCandidate[] {
  const active = findings.detections.filter((item) => item.isActive && item.alarm !== null);
  return active
    .filter((detection) => !isRedundant(findings, detection, active))
    .map((detection) => buildShiftCandidate(findings, detection, active))
    .sort(compareCandidates);
}
