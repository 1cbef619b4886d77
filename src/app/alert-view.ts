/** Alerts and forecasts as the API shows them: scope names next to ids, weeks left, question texts. */
import type { AlertRecord } from '../core/alerts.ts';
import { daysBetween, type IsoDate, periodOf } from '../core/calendar.ts';
import { QUESTION_CATALOGUE } from '../core/questions/catalogue.ts';
import { computeFan } from '../core/scan/fan.ts';
import { describeScope, nameScope } from '../core/scan/scope-names.ts';
import { toScopeKey } from '../core/scope.ts';
import type { Dimensions } from '../core/types.ts';
import type { StoredForecast } from '../storage/port.ts';

const QUESTIONS_BY_KEY = new Map(QUESTION_CATALOGUE.map((question) => [question.key, question]));

export function describeScopeView(scope: AlertRecord['scope'], dimensions: Dimensions) {
  return {
    scope: nameScope(scope, dimensions),
    scopeIds: scope,
    scopeKey: toScopeKey(scope),
    scopeLabel: describeScope(scope, dimensions),
  };
}

/** Whole weeks from asOf to the end of the threatened period (the current quarter without a forecast). */
export function computeWeeksLeft(alert: AlertRecord, fiscalYearStartMonth: number): number {
  const end = alert.forecast?.periodEnd ?? periodOf(alert.asOf, 'quarter', { fiscalYearStartMonth }).end;
  return Math.max(0, Math.floor(daysBetween(alert.asOf, end) / 7));
}

export function toAlertSummary(alert: AlertRecord, dimensions: Dimensions, fiscalYearStartMonth: number) {
  return {
    id: alert.id,
    kind: alert.kind,
    status: alert.status,
    statusReason: alert.statusReason,
    severity: alert.severity,
    ...describeScopeView(alert.scope, dimensions),
    indicator: alert.indicator,
    aidaStage: alert.aidaStage,
    asOf: alert.asOf,
    firstDetected: alert.firstDetectedOn,
    changeStart: alert.changeStartOn,
    changePct: alert.changePct,
    weeksLeft: computeWeeksLeft(alert, fiscalYearStartMonth),
    forecast: alert.forecast,
    drivers: alert.drivers,
    updatedAt: alert.updatedAt,
  };
}

export function toAlertDetail(alert: AlertRecord, dimensions: Dimensions, fiscalYearStartMonth: number) {
  const { explanation } = alert;
  const alarmWeek = alert.kind === 'indicator_shift' ? findAlarmWeek(alert) : null;
  return {
    ...toAlertSummary(alert, dimensions, fiscalYearStartMonth),
    explanation: {
      waterfall: explanation.waterfall,
      reasonShifts: explanation.reasonShifts,
      suggestedQuestions: explanation.suggestedQuestions.flatMap((key) => {
        const question = QUESTIONS_BY_KEY.get(key);
        return question ? [{ key, text: question.text }] : [];
      }),
      series: explanation.series,
      alarmWeek,
      relatedIndicators: explanation.relatedIndicators,
    },
  };
}

/** The chart week that holds the first detection. */
function findAlarmWeek(alert: AlertRecord): IsoDate | null {
  const week = [...alert.explanation.series]
    .reverse()
    .find((point) => point.weekStart <= alert.firstDetectedOn);
  return week?.weekStart ?? null;
}

export function toScopeForecast(forecast: StoredForecast, dimensions: Dimensions) {
  const { bookedByWeek, asOf, scope, ...rest } = forecast;
  return {
    ...rest,
    ...describeScopeView(scope, dimensions),
    fan: computeFan({ ...forecast, asOf, bookedByWeek }),
  };
}
