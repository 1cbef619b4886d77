/**
 * Verdict reasons in plain words. Templates use `{barrier}`, `{stage}`, `{share}`, `{low}`, `{high}`,
 * `{baseline}` and `{route}`; the web client can copy them into its i18n files as `diagnosis.reason.<code>`.
 */
import { AIDA_STAGE_LABELS, BARRIER_LABELS } from '../questions/labels.ts';
import type { LocalizedText } from '../questions/types.ts';
import type { VerdictReason, VerdictReasonCode } from './verdict-rules.ts';

export const VERDICT_REASON_TEXTS: Record<VerdictReasonCode, LocalizedText> = {
  insufficient_evidence: {
    de: 'Noch zu wenig Belege: weder Antworten noch zugeordnete Verlustgründe. Eine Kampagne ist hier Annahme, nicht Befund.',
    en: 'Too little evidence yet: no answers and no coded lost reasons. A campaign is an assumption here, not a finding.',
  },
  outside_funnel_on_top: {
    de: 'Häufigster Grund ist „{barrier}“ ({share} %, 95 %-Intervall {low}–{high} %). Das löst keine Kampagne – bitte an {route} geben.',
    en: 'The most frequent reason is “{barrier}” ({share} %, 95 % interval {low}–{high} %). No campaign fixes that – hand it to {route}.',
  },
  outside_funnel_majority: {
    de: 'Produkt- und Servicegründe machen zusammen {share} % der Verluste aus. Das löst keine Kampagne – bitte an Produkt und Service geben.',
    en: 'Product and service reasons together make up {share} % of losses. No campaign fixes that – hand it to product and service.',
  },
  price_strong: {
    de: '„{barrier}“ ist ein Hauptgrund ({share} %, 95 %-Intervall {low}–{high} %). Eine Kampagne kann den Wert besser vermitteln; die Preisgestaltung sollte das Angebot prüfen.',
    en: '“{barrier}” is a main reason ({share} %, 95 % interval {low}–{high} %). A campaign can convey the value better; pricing should review the offer.',
  },
  price_rising: {
    de: 'Der Anteil „{barrier}“ an verlorenen Deals stieg von {baseline} % auf {share} %. Eine Kampagne für den Wert – und die Preisgestaltung sollte das Angebot prüfen.',
    en: 'The share of lost deals “{barrier}” rose from {baseline} % to {share} %. A campaign for the value – and pricing should review the offer.',
  },
  campaign_partly: {
    de: 'Häufigster Grund ist „{barrier}“ ({share} %, Stufe {stage}). Eine Kampagne hilft teilweise; Prozess, Vertrag und Timing gehören mit auf den Tisch.',
    en: 'The most frequent reason is “{barrier}” ({share} %, {stage} stage). A campaign helps partly; process, contract and timing need attention too.',
  },
  campaign_barrier: {
    de: 'Häufigster Grund ist „{barrier}“ ({share} %, 95 %-Intervall {low}–{high} %) in der Stufe {stage}. Hier kann eine Kampagne helfen.',
    en: 'The most frequent reason is “{barrier}” ({share} %, 95 % interval {low}–{high} %) at the {stage} stage. A campaign can help here.',
  },
  also_route: {
    de: 'Außerdem {share} % „{barrier}“: bitte an {route} weitergeben.',
    en: 'Also {share} % “{barrier}”: pass this on to {route}.',
  },
};

const ROUTE_LABELS: Record<'pricing' | 'product' | 'service', LocalizedText> = {
  pricing: { de: 'die Preisgestaltung', en: 'pricing' },
  product: { de: 'das Produktmanagement', en: 'product management' },
  service: { de: 'den Service', en: 'service' },
};

/** The reason in German and English, with its numbers filled in. */
export function describeVerdictReason(reason: VerdictReason): LocalizedText {
  const { params } = reason;
  const fill = (template: string, locale: 'de' | 'en') =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const values: Record<string, string | null> = {
        barrier: params.barrier ? BARRIER_LABELS[params.barrier][locale] : null,
        stage: params.stage ? AIDA_STAGE_LABELS[params.stage][locale] : null,
        share: params.sharePct?.toString() ?? null,
        low: params.lowPct?.toString() ?? null,
        high: params.highPct?.toString() ?? null,
        baseline: params.baselinePct?.toString() ?? null,
        route: params.routeTo ? ROUTE_LABELS[params.routeTo][locale] : null,
      };
      return values[name] ?? whole;
    });
  const template = VERDICT_REASON_TEXTS[reason.code];
  return { de: fill(template.de, 'de'), en: fill(template.en, 'en') };
}
