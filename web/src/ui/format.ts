/** Number and date formatting in the user's language: German formats (1.234,56 €, 31.12.2026) are first-class. */
import i18next from 'i18next';
import { formatCompactMoney } from '../../../src/core/locale-format.ts';

function localeTag(): string {
  return i18next.language === 'de' ? 'de-DE' : 'en-GB';
}

/**
 * Money from integer cents; `compact` gives "1,2 Mio. €" / "€1.2M" for charts and headlines, by the core's
 * formatter, so a request title the server writes names an alert's gap exactly as the page does.
 */
export function formatMoney(cents: number, currency = 'EUR', { compact = false } = {}): string {
  if (compact) return formatCompactMoney(cents, i18next.language === 'de' ? 'de' : 'en', currency);
  return new Intl.NumberFormat(localeTag(), { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    cents / 100,
  );
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeTag(), { maximumFractionDigits }).format(value);
}

/** 0.784 → "78 %" (de) / "78%" (en). */
export function formatPercent(fraction: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeTag(), { style: 'percent', maximumFractionDigits }).format(fraction);
}

export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoTimestamp: string): string {
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(isoTimestamp),
  );
}
