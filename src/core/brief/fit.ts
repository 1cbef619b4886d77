/**
 * Can a campaign help at all? The brief opens with the diagnosis verdict in plain words and lists the barriers
 * that belong elsewhere (pricing, product, service), so a brief never pretends a campaign fixes a product gap.
 */
import { getBarrier } from '../aida.ts';
import { BARRIER_LABELS, type LocalizedText } from '../labels.ts';
import { formatPercent } from '../locale-format.ts';
import type { Locale } from '../types.ts';
import { MIN_ADDRESSED_SHARE, sourceOf } from './prefill-messages.ts';
import type { BriefFit, DiagnosedBarrier, DiagnosisSummary, Suggested } from './types.ts';

export const ROUTE_LABELS: Record<'pricing' | 'product' | 'service', LocalizedText> = {
  pricing: { de: 'das Pricing', en: 'pricing' },
  product: { de: 'das Produktmanagement', en: 'product management' },
  service: { de: 'den Service', en: 'service' },
};

/** Barriers with enough share that a campaign cannot (fully) move, with where they go. */
export function listRoutes(diagnosis: DiagnosisSummary): BriefFit['routes'] {
  return diagnosis.barriers
    .filter((barrier) => barrier.share >= MIN_ADDRESSED_SHARE)
    .flatMap((barrier) => {
      const { routeTo, campaignCanHelp } = getBarrier(barrier.key);
      const isRouted =
        routeTo !== null &&
        (campaignCanHelp === 'no' || (routeTo === 'pricing' && diagnosis.verdict === 'campaign_and_pricing'));
      return isRouted ? [{ to: routeTo, barrier: barrier.key, share: barrier.share }] : [];
    });
}

function pickMain(diagnosis: DiagnosisSummary): DiagnosedBarrier {
  const ranked = [...diagnosis.barriers].sort((a, b) => b.share - a.share);
  const outside = ranked.find((barrier) => getBarrier(barrier.key).campaignCanHelp === 'no');
  const main = diagnosis.verdict === 'not_a_campaign_problem' && outside ? outside : ranked[0];
  if (!main) throw new Error('A diagnosis needs at least one barrier');
  return main;
}

/** The verdict in one or two sentences, with the main barrier and its share. */
export function describeFit(diagnosis: DiagnosisSummary, locale: Locale): Suggested<string> {
  const main = pickMain(diagnosis);
  const label = BARRIER_LABELS[main.key][locale];
  const barrier = `${locale === 'de' ? `„${label}“` : `“${label}”`} (${formatPercent(main.share, locale)})`;
  const route = getBarrier(main.key).routeTo;
  const to = route
    ? ROUTE_LABELS[route][locale]
    : locale === 'de'
      ? 'die zuständige Stelle'
      : 'the team in charge';
  const texts: Record<DiagnosisSummary['verdict'], LocalizedText> = {
    campaign: {
      de: `Die Diagnose spricht für eine Kampagne: Die wichtigste Barriere, ${barrier}, kann Marketing bewegen.`,
      en: `The diagnosis points to a campaign: marketing can move the main barrier, ${barrier}.`,
    },
    campaign_and_pricing: {
      de: `Kampagne und Preisarbeit: ${barrier} lässt sich mit Wertargumenten angehen; der Preis selbst gehört zusätzlich zum Pricing.`,
      en: `Campaign and pricing: value messaging can address ${barrier}; the price itself also belongs with pricing.`,
    },
    not_a_campaign_problem: {
      de: `Keine Kampagne empfohlen: Die wichtigste Barriere ist ${barrier} – das löst keine Kampagne. Weiter an ${to}; die Kommunikation unten begleitet das nur.`,
      en: `No campaign advised: the main barrier is ${barrier}, which no campaign can fix. Route it to ${to}; the communication below only supports that.`,
    },
  };
  return { value: texts[diagnosis.verdict][locale], source: sourceOf(main) };
}
