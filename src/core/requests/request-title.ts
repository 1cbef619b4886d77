/**
 * The title a request gets when it is made, in the requester's language (editable afterwards), shaped like the
 * alert headline of DESIGN §8: "OptiScan × Automotive: −€1.2M (P(miss) 78%), 5 weeks left".
 */
import { getIndicatorLabel } from '../labels.ts';
import { formatCompactMoney, formatNumber, formatPercent } from '../locale-format.ts';
import type { Locale } from '../types.ts';
import { labelScope, type RequestEvidence } from './evidence.ts';

const ALL_SCOPES: Record<Locale, string> = { de: 'Gesamtes Unternehmen', en: 'Whole company' };

export interface RequestTitleInput {
  evidence: RequestEvidence;
  /** The requester's language. */
  locale: Locale;
  /** The workspace currency (ISO code) of bookings amounts. */
  currency: string;
}

/**
 * The gap as the alert's headline states it (web/src/features/alerts/describe-alert.ts): the mean shortfall below
 * target, money compact in the workspace currency, counts with their unit, so a request and the alert it came
 * from name the same number.
 */
function describeShortfall({ evidence, locale, currency }: RequestTitleInput): string | null {
  const { forecast, weeksLeft } = evidence;
  if (!forecast || forecast.expectedShortfall <= 0) return null;
  const { expectedShortfall, measure } = forecast;
  const amount =
    measure === 'bookings'
      ? formatCompactMoney(expectedShortfall, locale, currency)
      : `${formatNumber(expectedShortfall, locale, 0)} ${getIndicatorLabel(measure, locale)}`;
  // Whole percent, as the alert headline rounds it.
  const pMiss = formatPercent(Math.round(forecast.pMiss * 100) / 100, locale);
  const risk = locale === 'de' ? `P(Verfehlen) ${pMiss}` : `P(miss) ${pMiss}`;
  const weeks =
    weeksLeft === null ? '' : locale === 'de' ? `, noch ${weeksLeft} Wochen` : `, ${weeksLeft} weeks left`;
  return `−${amount} (${risk})${weeks}`;
}

/** The shift in the alert headline's words: the indicator's label and its change in whole percent. */
function describeShift(evidence: RequestEvidence, locale: Locale): string | null {
  const alert = evidence.alert;
  if (!alert) return null;
  const indicator = getIndicatorLabel(alert.indicator, locale);
  if (alert.changePct === null) return indicator;
  return `${indicator} ${formatPercent(Math.round(alert.changePct) / 100, locale, { signed: true })}`;
}

/** A title for a new request from its frozen evidence. */
export function composeRequestTitle(input: RequestTitleInput): string {
  const { evidence, locale } = input;
  const scope = labelScope(evidence.scopeNames) || ALL_SCOPES[locale];
  const detail =
    describeShortfall(input) ??
    describeShift(evidence, locale) ??
    (locale === 'de' ? 'Unterstützung angefragt' : 'support requested');
  return `${scope}: ${detail}`;
}
