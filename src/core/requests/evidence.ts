/**
 * The evidence a support request carries, frozen as of the request (DESIGN §1 "Request"): what the alert said on
 * the day sales asked — forecast, drivers, AIDA stage, reason shifts, suggested questions, and the scope's names
 * as they were. Later scans update the alert; the request keeps what it was asked on.
 */
import type { AidaStage } from '../aida.ts';
import type { AlertDriver, AlertForecast, AlertRecord, ReasonShift } from '../alerts.ts';
import { daysBetween, type IsoDate } from '../calendar.ts';
import type { BarrierShift } from '../questions/propose-questions.ts';
import {
  type AlertKind,
  DIMENSION_KEYS,
  type DimensionKey,
  type Dimensions,
  type Scope,
  type Severity,
} from '../types.ts';

export type ScopeNames = Partial<Record<DimensionKey, string>>;

export interface FrozenAlert {
  id: number;
  kind: AlertKind;
  indicator: string;
  severity: Severity;
  /** The scan date of the alert's evidence. */
  asOf: IsoDate;
  firstDetectedOn: IsoDate;
  changeStartOn: IsoDate | null;
  changePct: number | null;
}

export interface RequestEvidence {
  /** The day the evidence was frozen: the request's creation date. */
  asOf: IsoDate;
  scope: Scope;
  scopeNames: ScopeNames;
  /** null for a request made by hand. */
  alert: FrozenAlert | null;
  aidaStage: AidaStage | null;
  forecast: AlertForecast | null;
  /** Whole weeks from `asOf` to the forecast's period end (0 in its last days); null without a forecast. */
  weeksLeft: number | null;
  drivers: AlertDriver[];
  reasonShifts: ReasonShift[];
  /** Question catalogue keys, best first. */
  suggestedQuestions: string[];
}

const DIMENSION_LISTS: Record<DimensionKey, keyof Dimensions> = {
  product: 'products',
  segment: 'segments',
  region: 'regions',
  team: 'teams',
  owner: 'owners',
};

/** The names of a scope's dimension values; an id no longer known shows as `#id`. */
export function nameScope(scope: Scope, dimensions: Dimensions): ScopeNames {
  const names: ScopeNames = {};
  for (const key of DIMENSION_KEYS) {
    const id = scope[key];
    if (id === undefined) continue;
    names[key] = dimensions[DIMENSION_LISTS[key]].find((value) => value.id === id)?.name ?? `#${id}`;
  }
  return names;
}

/** "OptiScan × Automotive"; the empty string for the whole workspace (the UI says "all"). */
export function labelScope(names: ScopeNames): string {
  return DIMENSION_KEYS.flatMap((key) => names[key] ?? []).join(' × ');
}

function countWeeksLeft(asOf: IsoDate, forecast: AlertForecast | null): number | null {
  if (!forecast) return null;
  return Math.max(0, Math.floor(daysBetween(asOf, forecast.periodEnd) / 7));
}

/** The evidence of an alert as of `asOf`, with the scope's names; a copy that later scans cannot change. */
export function freezeAlertEvidence(input: {
  alert: AlertRecord;
  dimensions: Dimensions;
  asOf: IsoDate;
}): RequestEvidence {
  const { alert, asOf } = input;
  return structuredClone({
    asOf,
    scope: alert.scope,
    scopeNames: nameScope(alert.scope, input.dimensions),
    alert: {
      id: alert.id,
      kind: alert.kind,
      indicator: alert.indicator,
      severity: alert.severity,
      asOf: alert.asOf,
      firstDetectedOn: alert.firstDetectedOn,
      changeStartOn: alert.changeStartOn,
      changePct: alert.changePct,
    },
    aidaStage: alert.aidaStage,
    forecast: alert.forecast,
    weeksLeft: countWeeksLeft(asOf, alert.forecast),
    drivers: alert.drivers,
    reasonShifts: alert.explanation.reasonShifts,
    suggestedQuestions: alert.explanation.suggestedQuestions,
  });
}

/**
 * The evidence of a request made by hand: the scope and the lost-reason shifts Tandem can compute for it
 * (computeBarrierShifts over the scope's lost deals); no forecast, drivers or stage.
 */
export function describeManualEvidence(input: {
  scope: Scope;
  dimensions: Dimensions;
  asOf: IsoDate;
  reasonShifts: readonly BarrierShift[];
}): RequestEvidence {
  return {
    asOf: input.asOf,
    scope: { ...input.scope },
    scopeNames: nameScope(input.scope, input.dimensions),
    alert: null,
    aidaStage: null,
    forecast: null,
    weeksLeft: null,
    drivers: [],
    reasonShifts: input.reasonShifts.map((shift) => ({ ...shift })),
    suggestedQuestions: [],
  };
}
