/**
 * The brief's suggestion catalogue as data (STYLE: configuration as data): for each barrier the message, proof
 * points, channels, tone and call to action a brief starts from; for each AIDA stage its channel mix and
 * defaults. Texts are templates with {product} and {segment}; marketing edits every one of them.
 */
import type { AidaStage, BarrierKey } from '../aida.ts';
import type { LocalizedText } from '../labels.ts';
import type { Locale } from '../types.ts';
import { EARLY_BARRIER_PLAYBOOK } from './playbook-early.ts';
import { LATE_BARRIER_PLAYBOOK } from './playbook-late.ts';

export interface BarrierPlaybook {
  /** The AIDA stage the message works on (for barriers outside the funnel: where the communication sits). */
  messageStage: AidaStage;
  audience: LocalizedText;
  umbrella: LocalizedText;
  pillarTitle: LocalizedText;
  message: LocalizedText;
  proofPoints: readonly LocalizedText[];
  /** Channels this barrier adds to its stage's mix. */
  channels: readonly LocalizedText[];
  tone: LocalizedText;
  callToAction: LocalizedText;
}

export interface StagePlaybook {
  channels: readonly LocalizedText[];
  objective: LocalizedText;
  defaultMessage: LocalizedText;
  defaultProof: LocalizedText;
}

const BARRIER_PLAYBOOK: Record<BarrierKey, BarrierPlaybook> = {
  ...EARLY_BARRIER_PLAYBOOK,
  ...LATE_BARRIER_PLAYBOOK,
};

export function getBarrierPlaybook(key: BarrierKey): BarrierPlaybook {
  return BARRIER_PLAYBOOK[key];
}

/** Reach for Attention, content and events for Interest, proof and offers for Desire, enablement for Action. */
export const STAGE_PLAYBOOK: Record<AidaStage, StagePlaybook> = {
  attention: {
    channels: [
      { de: 'Fachmesse', en: 'Trade fair' },
      { de: 'Fachpresse', en: 'Trade press' },
      { de: 'Online-Werbung (LinkedIn, Fachportale)', en: 'Online ads (LinkedIn, industry portals)' },
      { de: 'Suchmaschinenwerbung', en: 'Search ads' },
    ],
    objective: {
      de: 'Mehr Unternehmen in {segment} sollen {product} kennen und von sich aus anfragen.',
      en: 'More companies in {segment} should know {product} and get in touch on their own.',
    },
    defaultMessage: {
      de: 'Bekanntheit halten: {product} bleibt in {segment} sichtbar.',
      en: 'Keep awareness: {product} stays visible in {segment}.',
    },
    defaultProof: {
      de: 'Präsenz in den Fachmedien von {segment}',
      en: 'Presence in the trade media of {segment}',
    },
  },
  interest: {
    channels: [
      { de: 'Webinar', en: 'Webinar' },
      { de: 'Fachartikel und Whitepaper', en: 'Articles and white papers' },
      { de: 'Anwenderveranstaltung', en: 'User event' },
      { de: 'E-Mail-Nurturing', en: 'E-mail nurturing' },
    ],
    objective: {
      de: 'Interessenten in {segment} sollen den Nutzen von {product} verstehen und ins Gespräch gehen.',
      en: 'Prospects in {segment} should understand what {product} does for them and start a conversation.',
    },
    defaultMessage: {
      de: 'Nutzen zeigen: Anwendungsfälle aus {segment} begleiten neue Kontakte.',
      en: 'Show the benefit: use cases from {segment} accompany new contacts.',
    },
    defaultProof: { de: 'Ein Anwendungsfall aus {segment}', en: 'A use case from {segment}' },
  },
  desire: {
    channels: [
      { de: 'Referenzberichte und -besuche', en: 'Reference stories and visits' },
      { de: 'Test- und Pilotangebote', en: 'Trials and pilots' },
      { de: 'Zeitlich begrenzte Angebote', en: 'Time-limited offers' },
    ],
    objective: {
      de: 'Angebote für {product} in {segment} sollen häufiger gewonnen werden.',
      en: 'Proposals for {product} in {segment} should be won more often.',
    },
    defaultMessage: {
      de: 'Überzeugen: Referenzen aus {segment} stützen die Entscheidung.',
      en: 'Convince: references from {segment} back the decision.',
    },
    defaultProof: { de: 'Eine Referenz aus {segment}', en: 'A reference from {segment}' },
  },
  action: {
    channels: [
      {
        de: 'Vertriebsunterstützung (Angebotsvorlagen, Einwandbehandlung)',
        en: 'Sales enablement (proposal templates, objection handling)',
      },
      { de: 'Vertragsvereinfachung', en: 'Contract simplification' },
      { de: 'Nachfass-Aktion für offene Angebote', en: 'Follow-up on open proposals' },
    ],
    objective: {
      de: 'Kaufentscheidungen für {product} in {segment} sollen schneller und einfacher fallen.',
      en: 'Purchase decisions for {product} in {segment} should be quicker and easier.',
    },
    defaultMessage: {
      de: 'Abschluss erleichtern: Der Vertrieb hat Angebotsvorlagen und klare Konditionen.',
      en: 'Ease the close: sales has proposal templates and clear terms.',
    },
    defaultProof: { de: 'Standardkonditionen auf einer Seite', en: 'Standard terms on one page' },
  },
};

export interface TemplateScope {
  product?: string;
  segment?: string;
}

const FALLBACK: Record<'product' | 'segment', LocalizedText> = {
  product: { de: 'unser Angebot', en: 'our offering' },
  segment: { de: 'der Zielgruppe', en: 'the target group' },
};

/** Fills {product} and {segment}; a scope over all products or segments reads "our offering" / "the target group". */
export function fillTemplate(text: LocalizedText, locale: Locale, scope: TemplateScope): string {
  return text[locale]
    .replaceAll('{product}', scope.product ?? FALLBACK.product[locale])
    .replaceAll('{segment}', scope.segment ?? FALLBACK.segment[locale]);
}
