/** Suggestions for the barriers of Attention, Interest and the price side of Desire (see playbook.ts). */
import type { BarrierPlaybook } from './playbook.ts';

type EarlyBarrier =
  | 'awareness_low'
  | 'benefits_unknown'
  | 'no_need_seen'
  | 'price_perceived_high'
  | 'competitor_preferred';

export const EARLY_BARRIER_PLAYBOOK: Record<EarlyBarrier, BarrierPlaybook> = {
  awareness_low: {
    messageStage: 'attention',
    audience: {
      de: 'Einkauf, Technik und Betriebsleitung in {segment}, die {product} noch nicht kennen',
      en: 'Purchasing, engineering and plant managers in {segment} who do not know {product} yet',
    },
    umbrella: {
      de: '{product} – der Spezialist, den {segment} kennen sollte',
      en: '{product} – the specialist {segment} should know',
    },
    pillarTitle: { de: 'Sichtbar in {segment}', en: 'Visible in {segment}' },
    message: {
      de: '{product} löst die typischen Aufgaben in {segment} – und ist dort zu wenig bekannt. Wir zeigen uns, wo sich die Branche informiert.',
      en: '{product} solves the typical tasks in {segment} – and is too little known there. We show up where the industry looks for information.',
    },
    proofPoints: [
      {
        de: 'Anwenderberichte aus {segment} mit Namen und Zahlen',
        en: 'User stories from {segment} with names and figures',
      },
      {
        de: 'Branchenzulassungen und Normen auf einen Blick',
        en: 'Industry approvals and standards at a glance',
      },
      {
        de: 'Präsenz auf der Leitmesse und in der Fachpresse von {segment}',
        en: 'Presence at the leading fair and in the trade press of {segment}',
      },
    ],
    channels: [
      { de: 'LinkedIn Ads (Zielgruppe {segment})', en: 'LinkedIn ads (targeting {segment})' },
      { de: 'Fachmesse-Auftritt mit Branchenfokus', en: 'Trade fair stand with an industry focus' },
    ],
    tone: {
      de: 'aufmerksamkeitsstark, branchennah, konkret',
      en: 'attention-grabbing, close to the industry, concrete',
    },
    callToAction: {
      de: 'Webinar anmelden: {product} in {segment}',
      en: 'Register for the webinar: {product} in {segment}',
    },
  },
  benefits_unknown: {
    messageStage: 'interest',
    audience: {
      de: 'Interessenten in {segment}, die {product} kennen, aber den Nutzen für ihren Betrieb nicht sehen',
      en: 'Prospects in {segment} who know {product} but do not see what it does for them',
    },
    umbrella: {
      de: '{product}: messbarer Nutzen in {segment}',
      en: '{product}: measurable benefit in {segment}',
    },
    pillarTitle: { de: 'Nutzen konkret', en: 'Benefits made concrete' },
    message: {
      de: 'Was {product} in {segment} konkret verbessert – weniger Ausschuss, weniger Stillstand, schnellere Prüfung –, gezeigt an Anwendungsfällen.',
      en: 'What {product} concretely improves in {segment} – less scrap, less downtime, faster inspection – shown in use cases.',
    },
    proofPoints: [
      {
        de: 'Drei Anwendungsfälle aus {segment} mit Vorher-nachher-Zahlen',
        en: 'Three use cases from {segment} with before-and-after figures',
      },
      { de: 'Kurzvideo: {product} in der Linie', en: 'Short video: {product} on the line' },
      { de: 'Nutzenrechner für die eigene Anlage', en: 'Benefit calculator for your own line' },
    ],
    channels: [
      { de: 'Anwendungsvideos', en: 'Use-case videos' },
      { de: 'Webinar mit Anwenderbericht', en: 'Webinar with a customer talk' },
    ],
    tone: { de: 'erklärend, anschaulich, nutzenorientiert', en: 'explanatory, vivid, benefit-led' },
    callToAction: {
      de: 'Anwendungsbeispiel für Ihre Anlage anfordern',
      en: 'Request a use case for your line',
    },
  },
  no_need_seen: {
    messageStage: 'interest',
    audience: {
      de: 'Betriebe in {segment}, die das Problem, das {product} löst, noch nicht als ihres erkennen',
      en: 'Companies in {segment} that do not yet see the problem {product} solves as their own',
    },
    umbrella: {
      de: 'Was Sie heute kostet, ohne dass Sie es sehen',
      en: 'What costs you today without you seeing it',
    },
    pillarTitle: { de: 'Bedarf sichtbar machen', en: 'Making the need visible' },
    message: {
      de: 'Viele Betriebe in {segment} verlieren Geld an Stellen, die niemand misst. {product} macht diese Verluste sichtbar.',
      en: 'Many companies in {segment} lose money where nobody measures. {product} makes those losses visible.',
    },
    proofPoints: [
      {
        de: 'Branchen-Benchmark: typische Verluste in {segment}',
        en: 'Industry benchmark: typical losses in {segment}',
      },
      {
        de: 'Selbsttest: fünf Fragen zum eigenen Risiko',
        en: 'Self-check: five questions about your own risk',
      },
      { de: 'Fallbeispiel eines Kunden, der keinen Bedarf sah', en: 'Case of a customer who saw no need' },
    ],
    channels: [
      { de: 'Potenzial-Check (Selbsttest online)', en: 'Potential check (online self-test)' },
      { de: 'Fachartikel mit Branchen-Benchmark', en: 'Article with an industry benchmark' },
    ],
    tone: { de: 'fragend, faktenbasiert', en: 'questioning, fact-based' },
    callToAction: { de: 'Kostenlosen Potenzial-Check buchen', en: 'Book a free potential check' },
  },
  price_perceived_high: {
    messageStage: 'desire',
    audience: {
      de: 'Einkauf und Entscheider in {segment} mit offenem Angebot, die vor allem auf den Preis schauen',
      en: 'Buyers and decision makers in {segment} with an open proposal who look mainly at the price',
    },
    umbrella: {
      de: '{product} rechnet sich – über die ganze Lebensdauer',
      en: '{product} pays off – over its whole life',
    },
    pillarTitle: { de: 'Wert statt Preis', en: 'Value over price' },
    message: {
      de: 'Der Anschaffungspreis ist nur ein Teil der Kosten: Mit {product} sinken die Gesamtkosten durch Lebensdauer, Verfügbarkeit und weniger Aufwand.',
      en: 'The purchase price is only part of the cost: with {product} the total cost falls through service life, availability and less effort.',
    },
    proofPoints: [
      { de: 'Gesamtkostenvergleich (TCO) über fünf Jahre', en: 'Total cost of ownership over five years' },
      {
        de: 'Amortisationsrechnung aus einem Kundenprojekt in {segment}',
        en: 'Payback calculation from a customer project in {segment}',
      },
      { de: 'Garantie und Service im Preis enthalten', en: 'Warranty and service included in the price' },
    ],
    channels: [
      { de: 'TCO-Rechner', en: 'TCO calculator' },
      {
        de: 'Vertriebs-Argumentarium zu Wert und Gesamtkosten',
        en: 'Sales arguments on value and total cost',
      },
    ],
    tone: {
      de: 'sachlich, wertorientiert, mit Zahlen in Euro',
      en: 'matter-of-fact, value-led, with figures in euros',
    },
    callToAction: {
      de: 'Wirtschaftlichkeitsrechnung für Ihr Projekt anfordern',
      en: 'Request a cost-benefit calculation for your project',
    },
  },
  competitor_preferred: {
    messageStage: 'desire',
    audience: {
      de: 'Entscheider in {segment}, die {product} mit einem Wettbewerber vergleichen',
      en: 'Decision makers in {segment} comparing {product} with a competitor',
    },
    umbrella: {
      de: '{product}: der Unterschied, der im Betrieb zählt',
      en: '{product}: the difference that counts in operation',
    },
    pillarTitle: { de: 'Klar unterscheidbar', en: 'Clearly different' },
    message: {
      de: 'Wo {product} nachweislich besser ist als die Alternativen – im direkten Vergleich, an Kriterien, die in {segment} zählen.',
      en: 'Where {product} is demonstrably better than the alternatives – head to head, on criteria that matter in {segment}.',
    },
    proofPoints: [
      { de: 'Vergleichstest an Kundenteilen', en: 'Comparison test on customer parts' },
      {
        de: 'Wechslerberichte: Kunden, die vom Wettbewerb zu uns kamen',
        en: 'Switcher stories: customers who came to us from a competitor',
      },
      { de: 'Technische Vergleichstabelle für den Vertrieb', en: 'Technical comparison table for sales' },
    ],
    channels: [
      { de: 'Battlecards für den Vertrieb', en: 'Battlecards for sales' },
      { de: 'Vergleichstest vor Ort', en: 'On-site comparison test' },
    ],
    tone: {
      de: 'selbstbewusst, belegbar, fair gegenüber dem Wettbewerb',
      en: 'confident, provable, fair to competitors',
    },
    callToAction: {
      de: 'Vergleichstest mit Ihren Teilen vereinbaren',
      en: 'Arrange a comparison test with your parts',
    },
  },
};
