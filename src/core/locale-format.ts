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

/** Scales of the compact form, largest first; German spells thousands out, as German compact notation does. */
const COMPACT_SCALES: { euros: number; unit: Record<Locale, string | null> }[] = [
  { euros: 1e9, unit: { de: '\u00a0Mrd.', en: 'B' } },
  { euros: 1e6, unit: { de: '\u00a0Mio.', en: 'M' } },
  { euros: 1e3, unit: { de: null, en: 'k' } },
];

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * Money in the short form of headlines and charts, from cents: 125_000_000 → "1,3 Mio. €" (de) / "€1.3M" (en);
 * German writes amounts below a million out in whole euros ("538.163 €"), English shortens them ("€538.2k").
 * The one formatter of alert headlines, request titles and the web app's charts, so a gap reads the same on the
 * server and in the browser. Written out rather than Intl's compact notation, whose abbreviations differ between
 * ICU versions (Node's "€1.3m", Chromium's "€1.3M"); Intl still places the currency symbol.
 */
export function formatCompactMoney(cents: number, locale: Locale, currency = 'EUR'): string {
  const euros = cents / 100;
  // A value that rounds up to the next scale (999,960 €) is shown in it ("1 Mio. €", not "1.000 Tsd.").
  const scale = COMPACT_SCALES.find(
    ({ euros: size, unit }) => unit[locale] !== null && Math.abs(euros) >= size * 0.99995,
  );
  const unit = scale?.unit[locale] ?? '';
  const parts = new Intl.NumberFormat(TAGS[locale], {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: scale ? 1 : 0,
  }).formatToParts(scale ? euros / scale.euros : euros);
  const lastNumber = parts.findLastIndex((part) => NUMBER_PARTS.has(part.type));
  return parts.map((part, index) => (index === lastNumber ? `${part.value}${unit}` : part.value)).join('');
}

/** 2026-12-31 → "31.12.2026" (de) / "31 Dec 2026" (en). */
export function formatDate(date: IsoDate, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (locale === 'de') return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${months[month - 1]} ${year}`;
}
