/**
 * Barrier and stage names in German and English (DESIGN §3), for question options that list barriers and for the
 * plain-words reasons of proposals and diagnoses. The web client's i18n files carry the same words under
 * `barrier.<key>` and `aida.<stage>`.
 */
import type { AidaStage, BarrierKey } from '../aida.ts';
import type { LocalizedText } from './types.ts';

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

export const AIDA_STAGE_LABELS: Record<AidaStage, LocalizedText> = {
  attention: { de: 'Aufmerksamkeit', en: 'Attention' },
  interest: { de: 'Interesse', en: 'Interest' },
  desire: { de: 'Verlangen', en: 'Desire' },
  action: { de: 'Handlung', en: 'Action' },
};
