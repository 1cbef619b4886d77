/**
 * Alerts from the attainment forecast: a target whose period-end attainment is likely below target. Severity
 * from the probability and the size of the median shortfall (gap-severity.ts), high only when a leading
 * indicator in the scope moved too; drivers are the sub-scopes that miss most, the
 * indicators that moved in the scope, and the lost reasons that shifted.
 */
import { getBarrier } from '../aida.ts';
import type { AlertCandidate, AlertDriver } from '../alerts.ts';
import type { AttainmentForecast } from '../forecast/forecast.ts';
import { toScopeKey } from '../scope.ts';
import type { Severity } from '../types.ts';
import { defaultWindowStart, explainScope, findDetection, rankChildDrivers } from './explain.ts';
import { rateGapSeverity } from './gap-severity.ts';
import type { ScanFindings } from './scan.ts';
import { compareCandidates, toAlertForecast } from './shift-candidates.ts';

function childGap(findings: ScanFindings, forecast: AttainmentForecast, child: AttainmentForecast['scope']) {
  const key = toScopeKey(child);
  const own = findings.forecasts.find(
    (item) =>
      toScopeKey(item.scope) === key && item.measure === forecast.measure && item.period === forecast.period,
  );
  return own ? own.target - own.p50 : null;
}

function buildGapCandidate(
  findings: ScanFindings,
  forecast: AttainmentForecast,
  severity: Severity,
  shifts: readonly AlertCandidate[],
): AlertCandidate {
  const scopeKey = toScopeKey(forecast.scope);
  const scopeShifts = shifts.filter((shift) => toScopeKey(shift.scope) === scopeKey);
  const lead = scopeShifts[0] ?? null;
  const from = lead?.changeStartOn ?? defaultWindowStart(findings.asOf);
  const moved = scopeShifts.map((shift) => ({
    indicator: shift.indicator,
    aidaStage: shift.aidaStage,
    changePct: shift.changePct,
  }));
  const explanation = explainScope({
    findings,
    scope: forecast.scope,
    from,
    aidaStage: lead?.aidaStage ?? null,
    detection: lead ? findDetection(findings, forecast.scope, lead.indicator) : null,
    moved,
  });
  const { reasonDrivers, ...rest } = explanation;
  const topBarrier = explanation.reasonShifts[0];
  const indicatorDrivers: AlertDriver[] = moved.map((item) => ({
    kind: 'indicator',
    label: item.indicator,
    contribution: (item.changePct ?? 0) / 100,
    detail: { indicator: item.indicator, changePct: item.changePct },
  }));
  const aidaStage = lead?.aidaStage ?? (topBarrier ? explainStage(topBarrier.barrier) : null);
  return {
    kind: 'forecast_gap',
    dedupeKey: `forecast_gap|${scopeKey}|${forecast.measure}|${forecast.period}`,
    scope: forecast.scope,
    indicator: forecast.measure,
    severity,
    aidaStage,
    firstDetectedOn: findings.asOf,
    changeStartOn: lead?.changeStartOn ?? null,
    changePct: Math.round(((forecast.p50 - forecast.target) / forecast.target) * 1000) / 10,
    forecast: toAlertForecast(forecast),
    drivers: [
      ...rankChildDrivers(findings, forecast.scope, (child) => childGap(findings, forecast, child)),
      ...indicatorDrivers,
      ...reasonDrivers,
    ],
    explanation: rest,
  };
}

function explainStage(barrier: Parameters<typeof getBarrier>[0]) {
  return getBarrier(barrier).aidaStage;
}

/**
 * A high gap needs a leading indicator in the same scope that moved: the forecast alone can be wrong about one
 * small scope; a forecast gap and a shift that explains it are what a sales manager must act on today.
 */
function hasActiveShift(findings: ScanFindings, scopeKey: string): boolean {
  return findings.detections.some((detection) => detection.isActive && detection.scopeKey === scopeKey);
}

export function buildGapCandidates(
  findings: ScanFindings,
  shifts: readonly AlertCandidate[],
): AlertCandidate[] {
  const candidates: AlertCandidate[] = [];
  for (const forecast of findings.forecasts) {
    const severity = rateGapSeverity(forecast);
    if (!severity) continue;
    const isConfirmed = hasActiveShift(findings, toScopeKey(forecast.scope));
    const rated = severity === 'high' && !isConfirmed ? 'medium' : severity;
    candidates.push(buildGapCandidate(findings, forecast, rated, shifts));
  }
  return candidates.sort(compareCandidates);
}
