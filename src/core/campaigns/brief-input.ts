/**
 * What the brief pre-fill needs, read from a stored diagnosis and its request's frozen evidence (issue 7 item
 * 1): the ranked barriers with their evidence, the forecast's shortfall, the scope's funnel rates and the
 * alerting indicators with baselines. Pure; tolerant of older stored shapes (missing parts become null/empty).
 */
import { AIDA_STAGES, type AidaStage, isBarrierKey } from '../aida.ts';
import type { AlertForecast } from '../alerts.ts';
import type { BriefScope, DiagnosisSummary, EvidenceItem, ForecastSummary, KpiUnit } from '../brief/types.ts';
import { addDays, type IsoDate } from '../calendar.ts';
import type { Diagnosis } from '../diagnosis/types.ts';
import type { ScopeNames } from '../requests/evidence.ts';
import type { DiagnosisVerdict, Scope } from '../types.ts';
import { findDataStart, KPI_SPECS, type KpiRows, sumByWeek } from './kpi-series.ts';

const UNITS: Record<string, KpiUnit> = {
  win_rate: 'rate',
  avg_deal_size: 'cents',
  new_opportunity_value: 'cents',
  cycle_time: 'days',
};

/** The stored result holds `{ diagnosis }` (the diagnosis feature) or the Diagnosis itself. */
function readDiagnosis(result: Record<string, unknown>): Partial<Diagnosis> {
  const inner = result.diagnosis;
  return (inner && typeof inner === 'object' ? inner : result) as Partial<Diagnosis>;
}

export function summariseDiagnosis(record: {
  verdict: DiagnosisVerdict;
  aidaStage: AidaStage | null;
  confidence: number;
  result: Record<string, unknown>;
}): DiagnosisSummary {
  const diagnosis = readDiagnosis(record.result);
  const barriers = (diagnosis.barriers ?? []).flatMap((finding) => {
    if (!isBarrierKey(finding.barrier)) return [];
    const share = finding.share?.estimate ?? finding.lostReasons?.now?.share ?? 0;
    const evidence: EvidenceItem[] = [
      ...(finding.evidence?.quotes ?? []).map((quote) => ({ kind: 'quote' as const, text: quote.text })),
      ...(finding.evidence?.lostReasonTexts ?? []).map((reason) => ({
        kind: 'lost_reason' as const,
        text: reason.text,
        ref: String(reason.dealId),
      })),
    ].slice(0, 6);
    const interval = finding.share ? { low: finding.share.low, high: finding.share.high } : undefined;
    return [{ key: finding.barrier, share, ...(interval ? { interval } : {}), evidence }];
  });
  barriers.sort((a, b) => b.share - a.share);
  return {
    verdict: record.verdict,
    aidaStage: AIDA_STAGES.find((stage) => stage === record.aidaStage) ?? null,
    confidence: record.confidence,
    barriers,
  };
}

export function toBriefScope(names: ScopeNames): BriefScope {
  return { ...names };
}

/** Bookings forecasts only: the gap arithmetic is in money. */
export function toForecastSummary(forecast: AlertForecast | null): ForecastSummary | null {
  if (forecast?.measure !== 'bookings') return null;
  return {
    period: forecast.period,
    periodEnd: forecast.periodEnd,
    targetCents: forecast.target,
    p50Cents: forecast.p50,
    shortfallCents: Math.max(0, forecast.target - forecast.p50),
    pMiss: forecast.pMiss,
  };
}

/** A KPI's level in the scope over the `weeks` weeks before `asOf` (per week for counts, Σvalue/Σbase for ratios). */
export function measureLevel(input: {
  key: string;
  rows: KpiRows;
  scope: Scope;
  asOf: IsoDate;
  weeks?: number;
}): number | null {
  const spec = KPI_SPECS[input.key];
  if (!spec) return null;
  const items = spec.items(input.rows);
  const weeks = input.weeks ?? 26;
  const from = addDays(input.asOf, -7 * weeks);
  if (findDataStart(items) === null) return null;
  const series = sumByWeek({ items, scope: input.scope, from, to: addDays(input.asOf, -1) });
  const value = series.reduce((sum, w) => sum + w.value, 0);
  const base = series.reduce((sum, w) => sum + (w.base ?? 0), 0);
  if (spec.kind === 'count') return series.length > 0 ? value / series.length : null;
  return base > 0 ? value / base : null;
}

export function unitOfKpi(key: string): KpiUnit {
  return UNITS[key] ?? 'per_week';
}
