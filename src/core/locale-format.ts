/**
 * Numbers, money and dates the way German and English readers expect them (1.234,56 € and 31.12.2026 in
 * German), for text the core renders itself. Intl is pure: no clock, no I/O.
 */
import type { IsoDate } from './calendar.ts';
import type { Locale } from './types.ts';

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits }).format(value);
}

/** A fraction as a percentage: 0.253 → "25 %" (de) / "25%" (en); `signed` adds "+" to gains. */
export function formatPercent(fraction: number, locale: Locale, options: { signed?: boolean } = {}): string {
  const rounded = Math.round(fraction * 1000) / 10;
  const digits = Math.abs(rounded) < 10 && rounded % 1 !== 0 ? 1 : 0;
  const number = formatNumber(Math.abs(digits === 0 ? Math.round(rounded) : rounded), locale, digits);
  const sign = rounded < 0 ? '−' : options.signed && rounded > 0 ? '+' : '';
  return locale === 'de' ? `${sign}${number} %` : `${sign}${number}%`;
}

/** Cents as whole euros: 1234500 → "12.345 €" (de) / "€12,345" (en). */
export function formatCents(cents: number, locale: Locale): string {
  const euros = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 0 }).format(
    Math.abs(cents) / 100,
  );
  const sign = cents < 0 ? '−' : '';
  return locale === 'de' ? `${sign}${euros} €` : `${sign}€${euros}`;
}

/** 2026-12-31 → "31.12.2026" (de) / "31 Dec 2026" (en). */
export function formatDate(date: IsoDate, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (locale === 'de') return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${months[month - 1]} ${year}`;
}
