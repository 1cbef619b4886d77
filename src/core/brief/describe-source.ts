/**
 * "Where did this suggestion come from?" in words: "aus der Diagnose: Als zu teuer wahrgenommen, Anteil 61 %",
 * "from forecast: shortfall", "catalogue default for Interest". The brief keeps the structured source.
 */
import { BARRIER_LABELS, getIndicatorLabel, type LocalizedText, STAGE_LABELS } from '../labels.ts';
import { formatPercent } from '../locale-format.ts';
import type { Locale } from '../types.ts';
import type { BriefSource, BriefSourceKind } from './types.ts';

const KIND_TEXT: Record<BriefSourceKind, LocalizedText> = {
  diagnosis: { de: 'aus der Diagnose', en: 'from diagnosis' },
  indicator: { de: 'aus dem Frühwarnindikator', en: 'from the alert indicator' },
  forecast: { de: 'aus der Prognose', en: 'from forecast' },
  funnel: { de: 'aus den Funnel-Kennzahlen', en: 'from funnel figures' },
  gap_goal: { de: 'aus der Lückenrechnung', en: 'from the gap arithmetic' },
  scope: { de: 'aus dem Bereich der Warnung', en: "from the alert's scope" },
  catalogue: { de: 'Katalog-Vorschlag', en: 'catalogue default' },
  placeholder: { de: 'Platzhalter – bitte ausfüllen', en: 'placeholder – please fill in' },
  edited: { de: 'bearbeitet', en: 'edited' },
};

const FIELD_TEXT: Record<string, LocalizedText> = {
  shortfallCents: { de: 'Fehlbetrag', en: 'shortfall' },
  p50Cents: { de: 'Median-Prognose', en: 'median forecast' },
  periodEnd: { de: 'Periodenende', en: 'period end' },
  winRate: { de: 'Gewinnquote', en: 'win rate' },
  averageDealCents: { de: 'Ø Auftragswert', en: 'average deal size' },
  cycleDays: { de: 'Zykluszeit', en: 'cycle time' },
  opportunitiesPerWeek: { de: 'neue Opportunities je Woche', en: 'new opportunities per week' },
  leadToOpportunityRate: { de: 'Konversion Lead → Opportunity', en: 'lead → opportunity conversion' },
  leadsPerWeek: { de: 'neue Leads je Woche', en: 'new leads per week' },
};

function describeDetail(source: BriefSource, locale: Locale): string | null {
  if (source.kind === 'indicator' && source.field) return getIndicatorLabel(source.field, locale);
  if (source.barrier) {
    const label = BARRIER_LABELS[source.barrier][locale];
    if (source.share === undefined) return label;
    return `${label}, ${locale === 'de' ? 'Anteil' : 'share'} ${formatPercent(source.share, locale)}`;
  }
  if (source.stage) return `${locale === 'de' ? 'Stufe' : 'stage'} ${STAGE_LABELS[source.stage][locale]}`;
  if (source.field) return FIELD_TEXT[source.field]?.[locale] ?? source.field;
  return null;
}

/** The source of a suggestion as a short phrase for the UI and exports. */
export function describeSource(source: BriefSource, locale: Locale): string {
  const kind = KIND_TEXT[source.kind][locale];
  const detail = describeDetail(source, locale);
  return detail ? `${kind}: ${detail}` : kind;
}
