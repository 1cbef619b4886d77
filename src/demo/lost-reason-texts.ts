/**
 * Lost reasons as reps type them into a CRM: terse, varied, mostly German, some English. `{competitor}` and
 * `{product}` are filled in; a phrase belongs to the barrier the rep meant, even where the words are ambiguous.
 */
import type { BarrierKey } from '../core/aida.ts';

export interface ReasonPhrases {
  de: readonly string[];
  en: readonly string[];
}

export const LOST_REASON_TEXTS: Record<BarrierKey, ReasonPhrases> = {
  awareness_low: {
    de: [
      'Kunde kannte uns nicht, hat beim bekannten Lieferanten bestellt',
      'Wir waren nicht auf der Shortlist',
      'Zu spät ins Spiel gekommen – Anbieter war schon ausgewählt',
      'Kunde hatte uns nicht auf dem Schirm',
      'Einkauf kannte Lindenau nicht',
      'Unbekannter Anbieter, Kunde bleibt bei {competitor}',
      'Haben erst über die Ausschreibung davon erfahren, Entscheidung war praktisch gefallen',
      'kennen uns nicht als Anbieter für {product}',
      'Marke im Markt unbekannt, angefragt wurden nur etablierte Namen',
      'Kunde wusste nicht, dass wir {product} anbieten',
      'nicht angefragt worden',
      'Kunde: "Von Ihnen habe ich noch nie gehört"',
    ],
    en: ['Customer had never heard of us', 'Not on the shortlist', 'Came in too late, vendor already chosen'],
  },
  benefits_unknown: {
    de: [
      'Mehrwert gegenüber Bestandslösung nicht erkannt',
      'Kunde sieht keinen Vorteil zur aktuellen Lösung',
      'Nutzen nicht klar geworden, Präsentation hat nicht überzeugt',
      'Vorteile von {product} konnten nicht vermittelt werden',
      'ROI für den Kunden nicht nachvollziehbar',
      'Kunde versteht nicht, wofür er die Zusatzfunktionen braucht',
      'Unterschied zum Wettbewerb nicht erkennbar',
      'Technik überzeugt, Geschäftsführung sieht den Nutzen nicht',
      'Amortisation unklar',
      'Kunde hält {product} für "nice to have"',
    ],
    en: ['Value not understood', 'Customer did not see the benefit over the current setup', 'ROI unclear'],
  },
  no_need_seen: {
    de: [
      'Kein Bedarf',
      'kein Bedarf',
      'Kunde sieht aktuell keinen Handlungsbedarf',
      'Bestehende Anlage läuft noch, kein Bedarf',
      'Projekt intern gestoppt – Bedarf entfallen',
      'Manuelle Prüfung reicht laut Kunde aus',
      'Kein akuter Bedarf, evtl. in 2 Jahren wieder',
      'Problem intern anders gelöst',
      'Thema hat beim Kunden keine Priorität',
      'Bedarf hat sich nicht bestätigt',
    ],
    en: ['No need at the moment', 'Project cancelled, no requirement anymore'],
  },
  price_perceived_high: {
    de: [
      'Preis zu hoch',
      'zu teuer',
      'Preis',
      'Preislich nicht wettbewerbsfähig',
      '{competitor} deutlich günstiger',
      'Angebot ca. 15 % über Wettbewerb',
      'Kunde hat sich für das günstigere Angebot von {competitor} entschieden',
      'Preis/Leistung aus Kundensicht nicht gegeben',
      'Einkauf hat nur nach Preis entschieden',
      'Rabattforderung nicht erfüllbar',
      'Zu teuer im Vergleich zu {competitor}',
      'Preisdifferenz zu groß, {competitor} mit Kampfpreis',
      '{competitor} bietet vergleichbares System für rund 30 % weniger',
      'Günstigeres Einstiegsmodell von {competitor} gewählt',
    ],
    en: ['Price too high', 'Lost on price to {competitor}', 'Too expensive', '{competitor} was much cheaper'],
  },
  competitor_preferred: {
    de: [
      'Wettbewerb',
      'Verloren an {competitor}',
      'Kunde hat sich für {competitor} entschieden',
      '{competitor} ist beim Kunden gesetzt',
      'Kunde bleibt beim Bestandslieferanten {competitor}',
      'Lösung von {competitor} technisch besser bewertet',
      '{competitor} hatte die bessere Referenz im Werk',
      'Konzernvorgabe: {competitor} ist Rahmenvertragslieferant',
      'Entscheidung für Wettbewerber',
      'Wettbewerb hat schneller reagiert',
      '{competitor} hat schon Plattform im Einsatz, Kunde will Einheitlichkeit',
      'Kunde testet jetzt Lösung von {competitor}',
    ],
    en: ['Lost to {competitor}', 'Went with a competitor', 'Customer prefers the {competitor} solution'],
  },
  trust_risk: {
    de: [
      'Kunde scheut das Wechselrisiko',
      'Zu wenig Referenzen in der Branche',
      'Bedenken bei Lieferfähigkeit und Zuverlässigkeit',
      'Schlechte Erfahrung mit Vorgängerprodukt',
      'Kein Vertrauen in neue Technologie',
      'Risiko der Produktionsumstellung zu hoch',
      'Pilot nicht überzeugend, Kunde zweifelt an Stabilität',
      'IT-Sicherheit: Bedenken bei Cloud-Anbindung',
      'Kunde will erst eine Referenzanlage sehen',
    ],
    en: ['Customer worried about the risk of switching', 'Not enough references'],
  },
  purchase_friction: {
    de: [
      'Lieferzeit zu lang',
      'Lieferzeit 14 Wochen, Kunde braucht Ware in 6',
      'Vertragsbedingungen nicht akzeptiert',
      'Lieferantenfreigabe nicht rechtzeitig geschafft',
      'Einkauf verlangt Rahmenvertrag, wir sind nicht gelistet',
      'Zahlungsbedingungen nicht einigbar',
      'Haftungsklausel – Rechtsabteilung hat blockiert',
      'Formalien der Ausschreibung nicht erfüllt',
      'Bestellprozess zu aufwendig, Kunde hat abgebrochen',
    ],
    en: ['Delivery time too long', 'Contract terms not agreed'],
  },
  budget_timing: {
    de: [
      'Kein Budget',
      'Budget auf nächstes Jahr verschoben',
      'Investitionsstopp beim Kunden',
      'Projekt verschoben',
      'Kein Budget mehr in diesem Jahr',
      'Kunde hat Investitionen eingefroren',
      'Timing passt nicht, Werk wird umgebaut',
      'Budgetfreigabe vom Konzern abgelehnt',
      'falscher Zeitpunkt',
      'Projekt on hold',
    ],
    en: ['No budget', 'Project postponed', 'Bad timing'],
  },
  product_gap: {
    de: [
      'Technische Anforderung nicht erfüllt',
      'Schutzart IP69K fehlt',
      'Messbereich reicht nicht aus',
      'Schnittstelle (EtherCAT) fehlt',
      'Kunde braucht Ex-Schutz, haben wir nicht',
      'Produkt passt nicht zur Anwendung',
      'Funktion fehlt',
      'Keine Anbindung ans MES möglich',
      'Temperaturbereich zu gering',
    ],
    en: ['Product does not meet requirements', 'Missing feature'],
  },
  service_issue: {
    de: [
      'Unzufrieden mit dem Service',
      'Reaktionszeit Support zu langsam',
      'Ansprechpartner mehrfach gewechselt',
      'Kunde unzufrieden mit der Inbetriebnahme',
      'Reklamation nicht gut gelöst',
      'Servicetechniker zu selten vor Ort',
    ],
    en: ['Poor support experience', 'Service response too slow'],
  },
};

/** How reps sometimes frame a reason; `{text}` is the phrase. */
export const REASON_FRAMES = [
  'Laut Einkauf: {text}',
  'Feedback Kunde: {text}',
  '{text} (Telefonat)',
  '{text} – siehe Mail',
  'Absage: {text}',
] as const;
