/**
 * Domain labels in German and English for text the core renders itself (Markdown export, learning summaries).
 * Barrier and stage labels are the same words as web/src/i18n/common.ts; keep the two in step.
 */
import { type AidaStage, type BarrierKey, isBarrierKey } from './aida.ts';
import type { Locale } from './types.ts';

export type LocalizedText = Record<Locale, string>;

export const BARRIER_LABELS: Record<BarrierKey, LocalizedText> = {
  awareness_low: { de: 'Zu geringe Markenbekanntheit', en: 'Brand not known' },
  benefits_unknown: { de: 'Vorteile nicht bekannt', en: 'Benefits not understood' },
  no_need_seen: { de: 'Kein Bedarf erkannt', en: 'No perceived need' },
  price_perceived_high: { de: 'Als zu teuer wahrgenommen', en: 'Seen as too expensive' },
  competitor_preferred: { de: 'Wettbewerb gilt als besser', en: 'Competitor seen as better' },
  trust_risk: { de: 'Vertrauen / Risiko', en: 'Trust / perceived risk' },
  purchase_friction: {
    de: 'Kaufbarrieren (Prozess, Vertrag, Lieferzeit)',
    en: 'Purchase barriers (process, contract, delivery)',
  },
  budget_timing: { de: 'Kein Budget / falscher Zeitpunkt', en: 'No budget / bad timing' },
  product_gap: { de: 'Produkt erfüllt Anforderungen nicht', en: 'Product does not fit' },
  service_issue: { de: 'Service / Betreuung', en: 'Service / support experience' },
};

export const STAGE_LABELS: Record<AidaStage, LocalizedText> = {
  attention: { de: 'Aufmerksamkeit', en: 'Attention' },
  interest: { de: 'Interesse', en: 'Interest' },
  desire: { de: 'Verlangen', en: 'Desire' },
  action: { de: 'Handlung', en: 'Action' },
};

/** Indicator (KPI) labels by key; unknown keys are shown as they are. */
const INDICATOR_LABELS: Record<string, LocalizedText> = {
  new_leads: { de: 'Neue Leads pro Woche', en: 'New leads per week' },
  new_opportunities: { de: 'Neue Opportunities pro Woche', en: 'New opportunities per week' },
  new_opportunity_value: { de: 'Neuer Pipeline-Wert pro Woche', en: 'New pipeline value per week' },
  lead_to_opportunity: { de: 'Konversion Lead → Opportunity', en: 'Lead → opportunity conversion' },
  win_rate: { de: 'Gewinnquote', en: 'Win rate' },
  average_deal_size: { de: 'Durchschnittlicher Auftragswert', en: 'Average deal size' },
  avg_deal_size: { de: 'Durchschnittlicher Auftragswert', en: 'Average deal size' },
  cycle_time: { de: 'Zykluszeit (Tage)', en: 'Cycle time (days)' },
  late_stage_stalls: { de: 'Stockende Deals in späten Phasen', en: 'Late-stage stalls' },
  renewal_rate: { de: 'Verlängerungsquote', en: 'Renewal rate' },
  aided_awareness_pct: { de: 'Gestützte Bekanntheit (%)', en: 'Aided awareness (%)' },
  web_visits: { de: 'Website-Besuche pro Woche', en: 'Web visits per week' },
  bookings: { de: 'Auftragseingang', en: 'Bookings' },
  deals_won: { de: 'Gewonnene Deals', en: 'Deals won' },
  renewals: { de: 'Verlängerungen', en: 'Renewals' },
  // The keyed families of the detection catalogue, by name (settings choose them as a whole).
  stage_conversion: { de: 'Konversion je Vertriebsphase', en: 'Conversion per sales stage' },
  lost_barrier_share: { de: 'Anteil der Verluste je Grund', en: 'Share of losses per reason' },
  metric: { de: 'Marketing-Kennzahlen (Besuche, Reichweite …)', en: 'Marketing metrics (visits, reach …)' },
};

/** Labels of keyed indicators (`family:member`), e.g. `lost_barrier_share:price_perceived_high`. */
const FAMILY_MEMBER_LABELS: Record<string, (member: string, locale: Locale) => string> = {
  stage_conversion: (stage, locale) =>
    locale === 'de' ? `Konversion ab Phase „${stage}“` : `Conversion from stage "${stage}"`,
  lost_barrier_share: (barrier, locale) => {
    const label = isBarrierKey(barrier) ? BARRIER_LABELS[barrier][locale] : barrier;
    return locale === 'de' ? `Verlustanteil: ${label}` : `Share of losses: ${label}`;
  },
  metric: (metric, locale) => INDICATOR_LABELS[metric]?.[locale] ?? metric,
};

export function getIndicatorLabel(key: string, locale: Locale): string {
  const known = INDICATOR_LABELS[key]?.[locale];
  if (known) return known;
  const separator = key.indexOf(':');
  const member = FAMILY_MEMBER_LABELS[key.slice(0, separator)];
  return separator > 0 && member ? member(key.slice(separator + 1), locale) : key;
}
