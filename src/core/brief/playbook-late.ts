/** Suggestions for trust, the Action barriers and the barriers outside the funnel (see playbook.ts). */
import type { BarrierPlaybook } from './playbook.ts';

type LateBarrier = 'trust_risk' | 'purchase_friction' | 'budget_timing' | 'product_gap' | 'service_issue';

export const LATE_BARRIER_PLAYBOOK: Record<LateBarrier, BarrierPlaybook> = {
  trust_risk: {
    messageStage: 'desire',
    audience: {
      de: 'Entscheider in {segment}, denen ein Wechsel zu {product} zu riskant erscheint',
      en: 'Decision makers in {segment} to whom switching to {product} looks too risky',
    },
    umbrella: {
      de: '{product}: bewährt, zertifiziert, abgesichert',
      en: '{product}: proven, certified, safeguarded',
    },
    pillarTitle: { de: 'Vertrauen belegen', en: 'Proving trust' },
    message: {
      de: 'Kunden in {segment} setzen {product} seit Jahren ein; Zertifizierungen und Garantien nehmen das Risiko aus der Entscheidung.',
      en: 'Customers in {segment} have used {product} for years; certifications and guarantees take the risk out of the decision.',
    },
    proofPoints: [
      {
        de: 'Referenzkunden aus {segment}, auch zum Besuchen',
        en: 'Reference customers from {segment}, open to visits',
      },
      { de: 'Zertifizierungen und Normkonformität', en: 'Certifications and compliance with standards' },
      { de: 'Testgerät oder Pilot mit Rückgaberecht', en: 'Test unit or pilot with a right of return' },
    ],
    channels: [
      { de: 'Referenzbesuche', en: 'Reference visits' },
      { de: 'Test- und Pilotangebot', en: 'Trial and pilot offer' },
    ],
    tone: { de: 'ruhig, belegend, verlässlich', en: 'calm, evidence-based, reliable' },
    callToAction: {
      de: 'Referenzkunden besuchen oder Testgerät anfordern',
      en: 'Visit a reference customer or request a test unit',
    },
  },
  purchase_friction: {
    messageStage: 'action',
    audience: {
      de: 'Kunden in {segment} mit Kaufabsicht, bei denen Prozess, Vertrag oder Lieferzeit den Abschluss bremsen',
      en: 'Customers in {segment} who intend to buy but are held up by process, contract or delivery time',
    },
    umbrella: {
      de: '{product} – einfach bestellt, schnell im Einsatz',
      en: '{product} – simple to order, quick to run',
    },
    pillarTitle: { de: 'Einfach kaufen', en: 'Easy to buy' },
    message: {
      de: 'Weniger Hürden bis zur Unterschrift: Standardvertrag, klare Lieferzeiten, ein Ansprechpartner.',
      en: 'Fewer hurdles to the signature: a standard contract, clear delivery times, one contact.',
    },
    proofPoints: [
      {
        de: 'Standardvertrag auf zwei Seiten statt Einzelverhandlung',
        en: 'A two-page standard contract instead of one-off negotiation',
      },
      { de: 'Zugesagte Lieferzeit ab Lager', en: 'Committed delivery time from stock' },
      { de: 'Angebot innerhalb von 48 Stunden', en: 'Proposal within 48 hours' },
    ],
    channels: [
      {
        de: 'Vertragsvereinfachung (Standard- und Rahmenvertrag)',
        en: 'Contract simplification (standard and framework contract)',
      },
      {
        de: 'Abschlussunterstützung für den Vertrieb (Angebotsvorlagen)',
        en: 'Closing support for sales (proposal templates)',
      },
    ],
    tone: { de: 'unkompliziert, verbindlich, schnell', en: 'straightforward, committed, fast' },
    callToAction: {
      de: 'Angebot in 48 Stunden mit Standardvertrag anfordern',
      en: 'Request a proposal within 48 hours on our standard contract',
    },
  },
  budget_timing: {
    messageStage: 'action',
    audience: {
      de: 'Kunden in {segment} mit Bedarf, aber ohne freies Budget oder zum falschen Zeitpunkt',
      en: 'Customers in {segment} with a need but no free budget, or at the wrong time',
    },
    umbrella: {
      de: '{product} jetzt – bezahlbar, wann es passt',
      en: '{product} now – affordable when it suits you',
    },
    pillarTitle: { de: 'Passend finanziert', en: 'Financed to fit' },
    message: {
      de: 'Bedarf heute, Budget später: Miet-, Leasing- und Stufenmodelle machen den Start jetzt möglich.',
      en: 'Need today, budget later: rental, leasing and staged models make it possible to start now.',
    },
    proofPoints: [
      { de: 'Leasing- oder Mietmodell mit Monatsrate', en: 'Leasing or rental with a monthly rate' },
      {
        de: 'Start im Pilotumfang, Ausbau im nächsten Budgetjahr',
        en: 'Start as a pilot, extend in the next budget year',
      },
      { de: 'Preiszusage bis zur Budgetfreigabe', en: 'Price guarantee until the budget is released' },
    ],
    channels: [
      { de: 'Finanzierungsangebot (Leasing, Miete)', en: 'Financing offer (leasing, rental)' },
      { de: 'Nachfass-Aktion zum Budgetzyklus', en: 'Follow-up timed to the budget cycle' },
    ],
    tone: { de: 'partnerschaftlich, flexibel', en: 'cooperative, flexible' },
    callToAction: { de: 'Finanzierungsangebot anfordern', en: 'Request a financing offer' },
  },
  product_gap: {
    messageStage: 'desire',
    audience: {
      de: 'Kunden in {segment}, deren Anforderungen {product} heute nicht erfüllt',
      en: 'Customers in {segment} whose requirements {product} does not meet today',
    },
    umbrella: { de: 'Ehrlich, wo {product} passt', en: 'Honest about where {product} fits' },
    pillarTitle: { de: 'Passung klar benennen', en: 'Naming the fit' },
    message: {
      de: 'Klar sagen, für welche Anwendungen in {segment} {product} passt und für welche nicht – und die Roadmap nennen, sobald das Produktmanagement sie bestätigt.',
      en: 'Say clearly which applications in {segment} {product} fits and which not – and name the roadmap once product management confirms it.',
    },
    proofPoints: [
      {
        de: 'Einsatzgrenzen und Spezifikation offen dokumentiert',
        en: 'Limits and specification documented openly',
      },
      {
        de: 'Anwendungen, in denen {product} nachweislich passt',
        en: 'Applications where {product} demonstrably fits',
      },
      {
        de: 'Roadmap-Termin nach Freigabe durch das Produktmanagement',
        en: 'Roadmap date once product management releases it',
      },
    ],
    channels: [
      {
        de: 'Vertriebsleitfaden zur Passung (Qualifizierungs-Checkliste)',
        en: 'Sales guide on fit (qualification checklist)',
      },
      { de: 'Rückmeldung an das Produktmanagement', en: 'Feedback to product management' },
    ],
    tone: { de: 'offen, ehrlich, lösungsorientiert', en: 'open, honest, solution-minded' },
    callToAction: {
      de: 'Anforderungen mit der Anwendungstechnik prüfen',
      en: 'Check your requirements with our application engineers',
    },
  },
  service_issue: {
    messageStage: 'action',
    audience: {
      de: 'Bestandskunden in {segment}, die mit Service oder Betreuung unzufrieden sind',
      en: 'Existing customers in {segment} who are unhappy with service or support',
    },
    umbrella: {
      de: '{product}: Service, auf den Sie sich verlassen',
      en: '{product}: service you can rely on',
    },
    pillarTitle: { de: 'Serviceversprechen', en: 'Service promise' },
    message: {
      de: 'Was sich im Service verbessert hat und was wir zusagen: Reaktionszeiten, feste Ansprechpartner, Ersatzgeräte.',
      en: 'What has improved in service and what we commit to: response times, named contacts, replacement units.',
    },
    proofPoints: [
      { de: 'Zugesagte Reaktionszeiten (SLA)', en: 'Committed response times (SLA)' },
      { de: 'Fester Ansprechpartner je Kunde', en: 'A named contact per customer' },
      { de: 'Gemessene Zufriedenheit mit dem Service', en: 'Measured satisfaction with service' },
    ],
    channels: [
      { de: 'Persönliche Ansprache durch den Service', en: 'Personal outreach by the service team' },
      {
        de: 'Bestandskunden-Mailing mit Serviceversprechen',
        en: 'Customer mailing with the service promise',
      },
    ],
    tone: { de: 'verbindlich, selbstkritisch, zugewandt', en: 'committed, self-critical, attentive' },
    callToAction: { de: 'Servicegespräch vereinbaren', en: 'Arrange a service review' },
  },
};
