/**
 * The forecast check in words (German and English): which forecast was used, what it expected, what was booked
 * and where that lies. Bookings only (the engine forecasts bookings), so money is formatted as euros.
 */
import { formatCents, formatDate, formatPercent } from '../locale-format.ts';
import type { Locale } from '../types.ts';
import type { ForecastCheck, ForecastPosition } from './forecast-check.ts';

const SOURCE_TEXT: Record<ForecastCheck['source'], Record<Locale, (date: string) => string>> = {
  stored_scan: {
    de: (d) => `gespeichert vom Scan mit Stand ${d}`,
    en: (d) => `stored by the scan as of ${d}`,
  },
  computed_as_of_start: {
    de: (d) => `neu gerechnet mit Stand ${d}, kein gespeicherter Scan aus der Startwoche`,
    en: (d) => `recomputed as of ${d}, no stored scan from the start week`,
  },
};

const POSITION_TEXT: Record<ForecastPosition, Record<Locale, string>> = {
  above_p90: {
    de: 'über P90 – mehr als die Engine ohne Kampagne für wahrscheinlich hielt',
    en: 'above P90 – more than the engine thought likely without the campaign',
  },
  within: {
    de: 'innerhalb P10–P90 – im Rahmen dessen, was auch ohne Kampagne zu erwarten war',
    en: 'within P10–P90 – inside what was to be expected without the campaign',
  },
  below_p10: {
    de: 'unter P10 – weniger als selbst ohne Kampagne erwartet',
    en: 'below P10 – less than expected even without the campaign',
  },
};

/** One or two sentences for the campaign page and the exports. */
export function describeForecastCheck(check: ForecastCheck, locale: Locale): string {
  const money = (cents: number) => formatCents(cents, locale);
  const source = SOURCE_TEXT[check.source][locale](formatDate(check.asOf, locale));
  const band = `P50 ${money(check.p50)}, P10–P90 ${money(check.p10)} – ${money(check.p90)}`;
  const de = locale === 'de';
  const expected = de
    ? `Umsatz gegen die Prognose der Engine für ${check.period} (${source}): ${band}.`
    : `Bookings against the engine's forecast for ${check.period} (${source}): ${band}.`;
  const through = formatDate(check.observedThrough, locale);
  if (!check.isPeriodComplete) {
    const sofar = de
      ? `Bisher gebucht bis ${through}: ${money(check.observed)}`
      : `Booked so far to ${through}: ${money(check.observed)}`;
    const note =
      check.position === 'above_p90'
        ? de
          ? ' – schon jetzt über P90.'
          : ' – already above P90.'
        : de
          ? '; das Urteil folgt nach Periodenende.'
          : '; the comparison is made once the period is over.';
    return `${expected} ${sofar}${note}`;
  }
  const effect = check.effect === null ? '–' : formatPercent(check.effect, locale, { signed: true });
  const interval = check.interval
    ? ` (${formatPercent(check.interval.low, locale, { signed: true })} … ${formatPercent(check.interval.high, locale, { signed: true })})`
    : '';
  const position = check.position ? POSITION_TEXT[check.position][locale] : '';
  return de
    ? `${expected} Gebucht: ${money(check.observed)}, ${effect} gegenüber P50${interval}, ${position}.`
    : `${expected} Booked: ${money(check.observed)}, ${effect} against P50${interval}, ${position}.`;
}
