/**
 * The title a request gets when it is made, in the requester's language (editable afterwards), shaped like the
 * alert headline of DESIGN §8: "OptiScan × Automotive: −€1.2M (P(miss) 78 %), 5 weeks left".
 */
import { formatNumber, formatPercent } from '../locale-format.ts';
import { labelIndicator } from '../questions/proposal-reasons.ts';
import type { Locale } from '../types.ts';
import { labelScope, type RequestEvidence } from './evidence.ts';

const ALL_SCOPES: Record<Locale, string> = { de: 'Gesamtes Unternehmen', en: 'Whole company' };

const COMPACT_UNITS: Record<Locale, { million: string; thousand: string }> = {
  de: { million: ' Mio.', thousand: ' Tsd.' },
  en: { million: 'M', thousand: 'k' },
};

/**
 * Cents in the compact form a headline wants: 123_456_789 → "1,2 Mio. €" (de) / "€1.2M" (en). Written out rather
 * than Intl's compact notation, whose abbreviations differ between ICU versions ("1.2m" vs "1.2M").
 */
export function formatCompactCents(cents: number, locale: Locale): string {
  const euros = Math.abs(cents) / 100;
  const units = COMPACT_UNITS[locale];
  const [value, unit, digits] =
    euros >= 999_500
      ? [euros / 1_000_000, units.million, 1]
      : euros >= 1_000
        ? [euros / 1_000, units.thousand, 0]
        : [euros, '', 0];
  const number = formatNumber(value, locale, digits);
  return locale === 'de' ? `${number}${unit} €` : `€${number}${unit}`;
}

/** The projected gap: target minus the median outcome, or the mean shortfall when the median reaches the target. */
function projectedGap(forecast: NonNullable<RequestEvidence['forecast']>): number {
  const belowMedian = forecast.target - forecast.p50;
  return belowMedian > 0 ? belowMedian : Math.max(0, forecast.expectedShortfall);
}

function describeForecast(evidence: RequestEvidence, locale: Locale): string | null {
  const { forecast, weeksLeft } = evidence;
  if (!forecast) return null;
  const gap = projectedGap(forecast);
  const amount =
    forecast.measure === 'bookings'
      ? formatCompactCents(gap, locale)
      : `${Math.round(gap)} ${locale === 'de' ? 'Abschlüsse' : 'deals'}`;
  // Whole percent with a space in both languages, as the alert headline writes it.
  const pMiss = `${Math.round(forecast.pMiss * 100)} %`;
  const risk = locale === 'de' ? `P(Verfehlen) ${pMiss}` : `P(miss) ${pMiss}`;
  const weeks =
    weeksLeft === null ? '' : locale === 'de' ? `, noch ${weeksLeft} Wochen` : `, ${weeksLeft} weeks left`;
  return `−${amount} (${risk})${weeks}`;
}

function describeShift(evidence: RequestEvidence, locale: Locale): string | null {
  const alert = evidence.alert;
  if (!alert) return null;
  const indicator = labelIndicator(alert.indicator)[locale];
  if (alert.changePct === null) return indicator;
  return `${indicator} ${formatPercent(alert.changePct / 100, locale, { signed: true })}`;
}

/** A title for a new request from its frozen evidence. */
export function composeRequestTitle(evidence: RequestEvidence, locale: Locale): string {
  const scope = labelScope(evidence.scopeNames) || ALL_SCOPES[locale];
  const detail =
    describeForecast(evidence, locale) ??
    describeShift(evidence, locale) ??
    (locale === 'de' ? 'Unterstützung angefragt' : 'support requested');
  return `${scope}: ${detail}`;
}
