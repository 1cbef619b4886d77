/** Words and numbers of an alert for the pages: scope names, amounts by measure, the headline sentence. */
import type { TFunction } from 'i18next';
import type { AlertSummary } from '../../../../src/contract/alerts.ts';
import { getIndicatorLabel } from '../../../../src/core/labels.ts';
import type { TargetMeasure } from '../../../../src/core/types.ts';
import { formatMoney, formatNumber, formatPercent } from '../../ui/format.ts';

type Scoped = Pick<AlertSummary, 'scope' | 'scopeLabel'>;

/** "OptiScan · Automotive", or "Whole company" for the workspace scope. */
export function describeScope(item: Scoped, t: TFunction): string {
  const hasNames = Object.values(item.scope).some((name) => name !== undefined);
  return hasNames ? item.scopeLabel : t('alerts:scopeAll');
}

/** Bookings are cents and shown as money; deal and renewal counts as numbers. */
export function formatAmount(value: number, measure: TargetMeasure, currency: string): string {
  // Whole euros: German compact notation spells out amounts below a million, where cents are noise.
  return measure === 'bookings' ? formatMoney(value, currency, { compact: true }) : formatNumber(value);
}

/** An amount with its unit when it is a count: "696.809 €", "25 Gewonnene Deals". */
export function formatAmountWithUnit(
  value: number,
  measure: TargetMeasure,
  currency: string,
  language: string,
): string {
  const amount = formatAmount(value, measure, currency);
  return measure === 'bookings' ? amount : `${amount} ${indicatorLabel(measure, language)}`;
}

export function indicatorLabel(key: string, language: string): string {
  return getIndicatorLabel(key, language === 'de' ? 'de' : 'en');
}

/** −0.32 → "−32 %"; changePct arrives in percent (−32). */
export function formatChange(changePct: number): string {
  const text = formatPercent(Math.abs(changePct) / 100);
  return changePct < 0 ? `−${text}` : `+${text}`;
}

/** The alert's one-sentence headline (DESIGN §8): scope, gap, probability, weeks left — or the shift. */
export function describeHeadline(
  alert: AlertSummary,
  t: TFunction,
  language: string,
  currency: string,
): string {
  const scope = describeScope(alert, t);
  const { forecast } = alert;
  if (forecast && forecast.expectedShortfall > 0) {
    return t('alerts:headlineForecast', {
      scope,
      shortfall: formatAmountWithUnit(forecast.expectedShortfall, forecast.measure, currency, language),
      pMiss: formatPercent(forecast.pMiss),
      weeks: alert.weeksLeft ?? '–',
    });
  }
  return t('alerts:headlineShift', {
    scope,
    indicator: indicatorLabel(alert.indicator, language),
    change: alert.changePct === null ? '' : t('alerts:change', { value: formatChange(alert.changePct) }),
  });
}
