/**
 * Presets for the exports people actually have, as data: for each Tandem field, the header names Salesforce,
 * HubSpot and Pipedrive use in English and German exports, plus value words (outcomes, deal types).
 * Headers match tolerantly: case, spaces, punctuation and umlaut spelling do not matter.
 */
import type { ImportKind } from './kinds.ts';
import { KIND_FIELDS } from './kinds.ts';
import type { Mapping } from './mapping.ts';
import { normalizeWord } from './values.ts';

export const PRESETS = ['canonical', 'salesforce', 'hubspot', 'pipedrive'] as const;
export type PresetName = (typeof PRESETS)[number];

type HeaderAliases = Record<string, string[]>;

interface Preset {
  headers: HeaderAliases;
  values?: Mapping['values'];
}

/** Canonical headers and plain German/English words for them; used for every kind. */
const CANONICAL: HeaderAliases = {
  external_id: ['external_id', 'id', 'externe_id', 'deal_id'],
  name: ['name', 'deal_name', 'titel', 'title'],
  account: ['account', 'kunde', 'customer', 'firma', 'company'],
  product: ['product', 'produkt'],
  segment: ['segment', 'zielgruppe', 'target_group'],
  region: ['region', 'gebiet'],
  owner: ['owner', 'verantwortlich', 'vertriebsmitarbeiter', 'sales_rep', 'besitzer'],
  team: ['team', 'manager'],
  stage: ['stage', 'phase', 'stufe'],
  outcome: ['outcome', 'status', 'ergebnis'],
  amount: ['amount', 'betrag', 'wert', 'deal_value'],
  currency: ['currency', 'waehrung'],
  created_at: ['created_at', 'created', 'erstellt', 'erstellt_am', 'created_on'],
  expected_close: ['expected_close', 'erwarteter_abschluss', 'expected_close_on'],
  closed_at: ['closed_at', 'closed_on', 'abgeschlossen_am'],
  lost_reason: ['lost_reason', 'verlustgrund', 'grund'],
  competitor: ['competitor', 'wettbewerber'],
  is_renewal: ['is_renewal', 'renewal', 'verlaengerung'],
  lead_source: ['lead_source', 'source', 'quelle', 'leadquelle'],
  changed_at: ['changed_at', 'changed_on', 'geaendert_am', 'datum', 'date'],
  channel: ['channel', 'kanal', 'origin', 'quelle'],
  status: ['status'],
  converted_at: ['converted_at', 'converted_on', 'konvertiert_am'],
  deal_external_id: ['deal_external_id', 'deal_id', 'deal'],
  period: ['period', 'periode', 'zeitraum'],
  measure: ['measure', 'kennzahl', 'ziel_art'],
  value: ['value', 'wert', 'ziel', 'target'],
  metric: ['metric', 'metric_key', 'key', 'metrik'],
  date: ['date', 'datum', 'observed_on', 'observed_at'],
};

const RENEWAL_TYPES = {
  'Existing Business': 'true',
  existingbusiness: 'true',
  Renewal: 'true',
  'Bestehendes Geschäft': 'true',
  Bestandsgeschäft: 'true',
  Verlängerung: 'true',
  'New Business': 'false',
  newbusiness: 'false',
  'Neues Geschäft': 'false',
  Neugeschäft: 'false',
  Neukunde: 'false',
};

const SALESFORCE: Preset = {
  headers: {
    external_id: ['Opportunity ID', 'Opportunity-ID', 'Opportunity: ID', 'Opportunity ID (18)'],
    name: ['Opportunity Name', 'Opportunity-Name', 'Name der Opportunity'],
    account: ['Account Name', 'Accountname', 'Account: Account Name'],
    product: ['Product Name', 'Produktname', 'Primary Product', 'Product'],
    segment: ['Industry', 'Branche', 'Segment'],
    region: ['Region', 'Sales Region', 'Vertriebsregion', 'Billing Country', 'Rechnungsland'],
    owner: ['Opportunity Owner', 'Opportunity-Inhaber', 'Opportunity Inhaber', 'Owner Name'],
    team: ['Owner Role', 'Rolle des Inhabers', 'Team'],
    stage: ['Stage', 'Phase', 'Stage Name'],
    is_won: ['Won', 'Gewonnen'],
    is_closed: ['Closed', 'Geschlossen'],
    amount: ['Amount', 'Betrag', 'Amount (converted)', 'Betrag (konvertiert)'],
    currency: ['Opportunity Currency', 'Opportunity-Währung', 'Amount Currency', 'Currency', 'Währung'],
    created_at: ['Created Date', 'Erstellungsdatum', 'Erstelldatum'],
    close_date: ['Close Date', 'Schlusstermin', 'Abschlussdatum'],
    lost_reason: ['Loss Reason', 'Closed Lost Reason', 'Reason Lost', 'Verlustgrund', 'Grund für Verlust'],
    competitor: ['Main Competitor', 'Competitor', 'Hauptwettbewerber', 'Wettbewerber'],
    is_renewal: ['Type', 'Typ', 'Opportunity Type', 'Opportunity-Typ'],
    lead_source: ['Lead Source', 'Lead-Quelle', 'Leadquelle'],
  },
  values: { is_renewal: RENEWAL_TYPES },
};

const HUBSPOT: Preset = {
  headers: {
    external_id: ['Record ID', 'Deal ID', 'Datensatz-ID', 'Deal-ID'],
    name: ['Deal Name', 'Dealname', 'Name des Deals', 'Deal-Name'],
    account: [
      'Associated Company',
      'Associated Company (Primary)',
      'Zugeordnetes Unternehmen',
      'Zugeordnetes Unternehmen (primär)',
      'Company name',
    ],
    product: ['Product', 'Produkt'],
    segment: ['Industry', 'Branche'],
    region: ['Region'],
    owner: ['Deal owner', 'Dealinhaber', 'Deal-Inhaber', 'Deal Owner'],
    team: ['HubSpot Team', 'HubSpot-Team', 'Team'],
    stage: ['Deal Stage', 'Dealphase', 'Deal-Phase'],
    amount: ['Amount', 'Betrag'],
    currency: ['Currency', 'Deal currency code', 'Währung', 'Währungscode des Deals'],
    created_at: ['Create Date', 'Erstelldatum', 'Erstellungsdatum'],
    close_date: ['Close Date', 'Abschlussdatum'],
    lost_reason: ['Closed Lost Reason', 'Grund für verlorenen Deal', 'Grund für Verlust'],
    competitor: ['Competitor', 'Wettbewerber'],
    is_renewal: ['Deal Type', 'Dealtyp', 'Deal-Typ'],
    lead_source: ['Original Source', 'Original Source Type', 'Originalquelle', 'Ursprüngliche Quelle'],
  },
  values: { is_renewal: RENEWAL_TYPES },
};

const PIPEDRIVE: Preset = {
  headers: {
    external_id: ['Deal - ID'],
    name: ['Deal - Title', 'Deal - Titel'],
    account: ['Deal - Organization', 'Deal - Organisation'],
    product: ['Deal - Product name', 'Deal - Produktname', 'Deal - Product', 'Deal - Produkt'],
    region: ['Deal - Region'],
    segment: ['Deal - Segment', 'Deal - Branche'],
    owner: ['Deal - Owner', 'Deal - Besitzer', 'Deal - Inhaber'],
    stage: ['Deal - Stage', 'Deal - Phase'],
    outcome: ['Deal - Status'],
    amount: ['Deal - Value', 'Deal - Wert'],
    currency: ['Deal - Currency', 'Deal - Währung', 'Deal - Currency of Value'],
    created_at: ['Deal - Deal created', 'Deal - Deal erstellt', 'Deal - Add time'],
    expected_close: ['Deal - Expected close date', 'Deal - Erwartetes Abschlussdatum'],
    closed_at: [
      'Deal - Won time',
      'Deal - Lost time',
      'Deal - Gewonnen am',
      'Deal - Verloren am',
      'Deal - Close time',
      'Deal - Abschlusszeit',
    ],
    lost_reason: ['Deal - Lost reason', 'Deal - Grund für Verlust', 'Deal - Verlustgrund'],
    lead_source: ['Deal - Source', 'Deal - Quelle', 'Deal - Source channel', 'Deal - Quellkanal'],
  },
};

const PRESET_TABLE: Record<Exclude<PresetName, 'canonical'>, Preset> = {
  salesforce: SALESFORCE,
  hubspot: HUBSPOT,
  pipedrive: PIPEDRIVE,
};

/** `Deal - Title`, `deal title` and `DEAL_TITLE` compare equal. */
export function normalizeHeader(header: string): string {
  return normalizeWord(header).replaceAll(' ', '');
}

function aliasesFor(preset: PresetName, kind: ImportKind): HeaderAliases {
  const canonical = Object.fromEntries(
    KIND_FIELDS[kind].map((definition) => [definition.key, CANONICAL[definition.key] ?? [definition.key]]),
  );
  if (preset === 'canonical' || kind !== 'deals') return canonical;
  return PRESET_TABLE[preset].headers;
}

/** The fields of `kind` whose aliases appear among `headers`, each with the matching headers in alias order. */
export function suggestMapping(preset: PresetName, kind: ImportKind, headers: string[]): Mapping {
  const byNormal = new Map(headers.map((header) => [normalizeHeader(header), header]));
  const fields: Mapping['fields'] = {};
  for (const [key, aliases] of Object.entries(aliasesFor(preset, kind))) {
    const found = [...new Set(aliases.flatMap((alias) => byNormal.get(normalizeHeader(alias)) ?? []))];
    if (found.length === 1) fields[key] = found[0]!;
    else if (found.length > 1) fields[key] = found;
  }
  const values = preset === 'canonical' || kind !== 'deals' ? {} : (PRESET_TABLE[preset].values ?? {});
  return { fields, values, defaults: {}, joins: [] };
}

/** The preset whose headers match the file best; canonical wins ties, so a canonical file stays canonical. */
export function detectPreset(kind: ImportKind, headers: string[]): PresetName {
  let best: PresetName = 'canonical';
  let bestCount = Object.keys(suggestMapping('canonical', kind, headers).fields).length;
  if (kind !== 'deals') return best;
  for (const preset of PRESETS) {
    const count = Object.keys(suggestMapping(preset, kind, headers).fields).length;
    if (count > bestCount) [best, bestCount] = [preset, count];
  }
  return best;
}

export function isPresetName(value: string): value is PresetName {
  return (PRESETS as readonly string[]).includes(value);
}
