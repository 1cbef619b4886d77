/**
 * German lost-reason vocabulary per barrier (syntax in lexicon.ts). Written as typed in CRM exports: nouns as
 * compounds (`*budget*` finds "Jahresbudget", "Budgetkürzung"), verbs in past participle ("verschoben").
 */
import type { LexiconSource } from './lexicon.ts';

export const LEXICON_DE: LexiconSource = {
  awareness_low: `
    kannt* nicht:3, nicht gekannt:3, nie gehört:3, nicht bekannt:1.5:s, kaum|wenig bekannt:2.5,
    unbekannt*:1:s, marke* unbekannt*|nicht:3, *bekanntheit*:3:a, radar|schirm:2:n,
    shortlist*|longlist*:2:n, nicht eingeladen:2.5, begriff:2.5:n, sichtbarkeit:2:a, *präsenz:1.5:a,
  `,
  benefits_unknown: `
    mehrwert*:2:a, nutzen:1, vorteil*:1.5:a, roi:2:a, business case:2:a, wirtschaftlichkeit*:1.5:a,
    differenzierung*|alleinstellung*:1.5:a, unterschied*:1:a, unklar*:1:s,
    nicht klar|erkannt|gesehen|ersichtlich|nachvollziehbar:1:s, nicht verstanden:1.5:s, nicht überzeugt:1:s,
    nicht vermittel*|vermittelbar|darstellbar|erklärbar:2:s,
  `,
  no_need_seen: `
    *bedarf*:2:a, kein bedarf:3, interesse:2:a, kein interesse:3, nicht interessiert:3, desinteresse*:2.5,
    brauch* nicht:2.5, benötig* nicht:2.5, nicht benötigt|notwendig|nötig:2.5, status quo:3, relevanz:2:a,
    notwendigkeit*:2:a, excel:1:s, bleib* bei:1.5:s, weiterhin:1.5:s,
  `,
  price_perceived_high: `
    *preis*:1.5, teu*:2, zu teuer:3, kost*:1, *kosten:1.5, zu hoch:1.5:s, günstig*|billig*|preiswert*:2,
    günstiger*|billiger*|preiswerter*:3, rabatt*|nachlass*:2.5, skonto:1.5, preis* leistung*:3,
    preisleistung*:3, preiserhöhung*:2.5, über budget:3, budget* überschr*:3, *gebühr*:1.5, kondition*:1.5,
    besser* kondition*:3, unwirtschaftlich*:2, überteuert*:3, überhöht*:2.5, unbezahlbar*|bezahlbar*:2.5:a,
    invest*:1,
  `,
  competitor_preferred: `
    *wettbewerb*:2, mitbewerb*:2, *konkurren*:2,
    ander*|neu* anbieter*|lieferant*|hersteller*|dienstleister*:2.5,
    bestandsanbieter*|bestandslieferant*|platzhirsch*:3, bisherig*|alt* anbieter*|lieferant*:3,
    für entschieden:1.5:s, entschied* für:1.5:s, zuschlag*:1.5:s, ging|vergeben|verloren an:2:s,
    bei unterschrieben|unterzeichnet|gekauft|bestellt:2:s, kauft|kaufen|bestellt bei:1.5:s,
    setzt|setzen auf:1.5:s, mit abgeschlossen:2:s, gewonnen:1.5:s, konkurrierend*:2,
    wechsel*|gewechselt zu:1.5:s, eigenentwicklung*|eigenlösung*|inhouse:3, in house:3, intern* lösung*:2.5,
    selbst entwickel*|entwickelt:2.5, besser*:1, überlegen:2, marktführer*:1.5, stattdessen:1:s,
  `,
  trust_risk: `
    vertrauen*:2:a, misstrauen*:2.5, *risik*:2, riskant*:2, referenz*:2:a, *bedenken:1.5,
    datenschutz*|dsgvo|datensicherheit*:2, sicherheit*:1.5:a, zu klein|jung|neu:2.5, startup*:1.5,
    start up:1.5, skepti*|skepsis:2, zweifel*:1.5, unsicher*:1.5, *erfahrung*:1:a, zertifi*:1.5:a,
    finanziell* stabil*:3, ruf|reputation*:1.5, compliance:1.5:a,
  `,
  purchase_friction: `
    *lieferzeit*:3, liefer*:1.5:a, vertrag*:1, *laufzeit*:1.5, vertragsbedingung*|agb:2.5,
    rahmenvertrag*:2.5, haftung*|klausel*:2, lieferfähig*:2.5:a, rechtsabteilung*:2.5,
    juristisch*|rechtlich*:1.5, *einkauf*:1.5, *beschaffung*:1.5, ausschreibung*:1:s, *prozess*:1,
    bürokrat*:2.5, *aufwand*:2, umstellung*|migration*:1.5, implementierung*|einführung*:1,
    zahlungsbedingung*|zahlungsziel*|zahlungsmodalit*:3,
    mindestabnahme*|mindestlaufzeit*|mindestmenge*|kündigungsfrist*:2.5, kompliziert*|umständlich*:1:s,
    zu lang*:1:s, onboarding:1.5, vorkasse:2,
  `,
  budget_timing: `
    *budget*:2:a, kein budget:3, etat*:2:a, *zeitpunkt*:2.5, verschob*|verschieb*|vertag*:3, auf eis:3,
    *stopp*:2, eingefroren|einfrieren:2.5, pausiert|pause*:2, nächst* jahr*|quartal*|geschäftsjahr*:2.5,
    geschäftsjahr*:1.5, später*|frühestens:1.5, zu früh:2, keine entscheidung:3, *priorität*:2:a,
    sparmaßnahme*|sparkurs*:3, kostensenkung*|kosteneinsparung*|einsparung*:2.5,
    reorganisation*|umstrukturierung*|restrukturierung*:2.5, übernahme*|fusion*:1.5, keine zeit:3,
    kein geld:3, haushalt*:2:a, kurzarbeit*:2, wirtschaftlich* lage|situation:2.5,
    wieder melden|sprechen|aufnehmen|kontaktieren|anfragen:2, kapazität*|ressource*:1.5:a,
    keine rückmeldung:2, funkstille:2.5, meld* nicht:2, reagier*|antwort*|erreichbar nicht mehr:2.5,
    eingestellt|abgesagt:1.5, timing:2.5,
  `,
  product_gap: `
    *funktion*:1.5:a, fehl*|mangel*|mangelhaft*:1.5:s,
    fehler*|bug*|absturz*|abstürz*|ausfall*|ausfäll*|instabil*:2, *schnittstelle*:2:a, *fähigkeit*:1.5:a,
    integration*|anbindung*|api:1.5:a, *anforderung*:2:a, erfüllt nicht:1.5:s, nicht erfüllt:1.5:s,
    passt nicht:1.5:s, nicht passend|geeignet:2, ungeeignet:2, *qualität*:1.5:a, zuverlässig*:1.5:a,
    unzuverlässig*:2, langsam*:1.5, performance:1.5:a,
    skalier*|kompatib*|bedienbar*|benutzerfreundlich*|anpassbar*:1.5:a, inkompatib*:2, produkt*:1:s,
    unzufrieden*:1:s, *abdeckung*:1.5:a, portfolio|sortiment*|angebotspalette*:1.5:a,
    *leistungsumfang*|*funktionsumfang*:2:a, eingeschränkt*|begrenzt*:1.5:s, nicht möglich:1:s,
    läuft|funktioniert nicht:1.5:s, technisch*|hardware|gerät*:1:s,
  `,
  service_issue: `
    *support*:2:a, *service*:2:a, servicequalität*|supportqualität*|beratungsqualität*:2.5,
    kundendienst*|*betreuung*:2:a, ansprechpartner*:1.5:a, hotline*|helpdesk*|ticket*:1.5,
    schlecht erreichbar:2.5, nicht erreichbar:1.5:s, erreichbarkeit:2:a, reaktionszeit*|antwortzeit*:2.5,
    antwort* nicht:1.5:s, unfreundlich*|arrogan*|inkompetent*:2.5, verhalten*|auftreten:1, kompetenz*:1:a,
    beschwerde*|reklamation*|eskalation*:1.5, schulung*:1:a, beratung*:1.5:a,
    techniker*|monteur*|außendienst*:1.5,
  `,
};

/** Words that look like a cue but are not one; they claim their tokens so the cue cannot fire. */
export const NEUTRAL_DE: readonly string[] = [
  'wettbewerbsfähig*',
  'wettbewerbsfähigkeit*',
  'konkurrenzfähigkeit*',
  'konkurrenzfähig*',
  'lieferant*',
  'produktiv*',
  'kostenlos*',
  'preisträger*',
];
