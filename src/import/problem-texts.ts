/**
 * The words of every import problem in German and English, as data: the one place they are written. The server
 * builds `message` from the English text and the error report (CSV) in the reader's language from these; the
 * Data page shows them in the page's language. English texts are the messages the CLI has always printed.
 */
import type { Locale } from '../core/types.ts';
import { getField, type ImportKind } from './kinds.ts';
import type { ImportProblemCode, ImportProblemParams, ProblemParams } from './problems.ts';

export type ProblemTexts = {
  [C in ImportProblemCode]: (params: ImportProblemParams[C]) => string;
};

/** What makes two rows "the same" for each kind, as the duplicate message names it. */
const KEY_WORDS_EN: Record<ImportKind, string> = {
  deals: 'id',
  leads: 'id',
  stages: 'deal id, stage and date',
  targets: 'period, measure and scope',
  metrics: 'metric, scope and date',
};

/** The same in German, whole phrases: each word takes its own gender ("gleicher Zeitraum, gleiche Zielgröße"). */
const SAME_KEY_DE: Record<ImportKind, string> = {
  deals: 'Gleiche ID',
  leads: 'Gleiche ID',
  stages: 'Gleiche Deal-ID, gleiche Phase und gleiches Datum',
  targets: 'Gleicher Zeitraum, gleiche Zielgröße und gleicher Bereich',
  metrics: 'Gleiche Kennzahl, gleicher Bereich und gleiches Datum',
};

/** The import kinds as the Data page names them. */
const KIND_NAMES_DE: Record<ImportKind, string> = {
  deals: 'Verkaufschancen',
  stages: 'Phasenverlauf',
  leads: 'Leads',
  targets: 'Ziele',
  metrics: 'Kennzahlen',
};

const EN: ProblemTexts = {
  value_empty: () => 'is empty',
  number_expected: ({ example }) => `expected a number like ${example}`,
  amount_expected: ({ example }) => `expected an amount like ${example}`,
  amount_too_large: () => 'amount is too large',
  date_order_unset: () => 'the date order (day/month or month/day) is not set for this file',
  date_expected: ({ example }) => `expected a date like 2026-12-31, 31.12.2026 or ${example}`,
  yes_no_expected: () => 'expected yes or no (true/false, ja/nein, 1/0)',
  outcome_unknown: () => 'expected won, lost or open (or map the value)',
  stage_or_outcome_missing: () => 'needs a stage or an outcome',
  currency_expected: () => 'expected a currency code like EUR or USD',
  close_date_missing: ({ outcome }) => `a ${outcome} deal needs a close date`,
  period_expected: () => 'expected a period like 2026-Q4, 2026-11 or 2026',
  measure_unknown: () => 'expected bookings, deals_won or renewals',
  whole_number_expected: () => 'expected a whole number of deals',
  invalid_bytes: () =>
    'contains bytes that are not valid in the file encoding: save the file as UTF-8 or pick its encoding',
  too_many_values: ({ values, columns }) =>
    `has ${values} values but the header has ${columns} columns (an unquoted delimiter in a value?)`,
  duplicate_key: ({ kind, firstLine }) => `same ${KEY_WORDS_EN[kind]} as line ${firstLine}`,
  deal_unknown: () => 'no deal with this id: import the deals first',
  file_does_not_fit: ({ kind, columns }) => `The file does not fit the ${kind} import (columns: ${columns})`,
  field_unknown: ({ field, kind }) => `"${field}" is not a field of ${kind} imports`,
  column_missing: ({ column }) => `column "${column}" is not in the file`,
  column_required: ({ field, kind }) => `required column for ${getField(kind, field)?.description ?? field}`,
  date_order_ambiguous: () => 'Dates like 03/04/2026 could be day/month or month/day: choose the date order',
  date_order_choose: () => 'choose dmy (31/12/2026) or mdy (12/31/2026)',
  quote_never_ends: () => 'quoted value never ends',
  quote_never_ends_at: ({ line }) => `Line ${line}: a quoted value never ends (a missing closing quote?)`,
  file_too_large: ({ megabytes }) =>
    `The file is larger than the upload limit of ${megabytes} MB (UPLOAD_LIMIT_BYTES)`,
  file_empty: () => 'The file is empty',
  file_no_header: () => 'The file has no header row',
  file_binary: () => 'This is not a CSV or Excel file (it contains binary data)',
  file_legacy_excel: () => 'This is an old Excel file (.xls): open it in Excel and save it as .xlsx or CSV',
  workbook_unreadable: ({ reason }) =>
    `This Excel file cannot be read: it is damaged or not an .xlsx workbook (${reason}). Open it in Excel and save it again as .xlsx or CSV`,
  workbook_no_sheet: () => 'The Excel file has no worksheet',
  workbook_sheet_empty: () => 'The first worksheet of the Excel file is empty',
  lookup_column_missing: ({ file, column }) => `Lookup file ${file} has no column "${column}"`,
  lookup_too_large: ({ file, maxRows }) => `Lookup file ${file} has more than ${maxRows} rows`,
  lookup_unreadable: ({ file, path }) => `Cannot read lookup file ${file} (${path})`,
  upload_gone: () => 'This upload is gone (uploads are kept for a day): upload the file again',
};

const DE: ProblemTexts = {
  value_empty: () => 'Wert fehlt',
  number_expected: ({ example }) => `Keine Zahl – erwartet z. B. ${example}`,
  amount_expected: ({ example }) => `Kein Betrag – erwartet z. B. ${example}`,
  amount_too_large: () => 'Betrag ist zu groß',
  date_order_unset: () => 'Datumsformat der Datei nicht gewählt (Tag/Monat oder Monat/Tag)',
  date_expected: ({ example }) =>
    `Kein gültiges Datum – erwartet z. B. 31.12.2026, 2026-12-31 oder ${example}`,
  yes_no_expected: () => 'Erwartet ja oder nein (auch true/false, 1/0)',
  outcome_unknown: () => 'Unbekanntes Ergebnis – erwartet gewonnen, verloren oder offen (oder Wert zuordnen)',
  stage_or_outcome_missing: () => 'Phase oder Ergebnis fehlt',
  currency_expected: () => 'Keine Währung – erwartet einen Code wie EUR oder USD',
  close_date_missing: ({ outcome }) =>
    `${outcome === 'won' ? 'Gewonnene' : 'Verlorene'} Verkaufschance ohne Abschlussdatum`,
  period_expected: () => 'Kein Zeitraum – erwartet z. B. 2026-Q4, 2026-11 oder 2026',
  measure_unknown: () => 'Unbekannte Zielgröße – erwartet bookings, deals_won oder renewals',
  whole_number_expected: () => 'Erwartet eine ganze Zahl (Anzahl Abschlüsse)',
  invalid_bytes: () =>
    'Enthält Zeichen, die im Zeichensatz der Datei ungültig sind: Datei als UTF-8 speichern oder den Zeichensatz wählen',
  too_many_values: ({ values, columns }) =>
    `${values} Werte, aber nur ${columns} Spalten in der Kopfzeile (Trennzeichen in einem Wert ohne Anführungszeichen?)`,
  duplicate_key: ({ kind, firstLine }) => `${SAME_KEY_DE[kind]} wie in Zeile ${firstLine}`,
  deal_unknown: () => 'Keine Verkaufschance mit dieser ID – zuerst die Verkaufschancen importieren',
  file_does_not_fit: ({ kind, columns }) =>
    `Die Datei passt nicht zum Import „${KIND_NAMES_DE[kind]}“ (Spalten: ${columns})`,
  field_unknown: ({ field, kind }) => `„${field}“ ist kein Feld für den Import „${KIND_NAMES_DE[kind]}“`,
  column_missing: ({ column }) => `Spalte „${column}“ fehlt in der Datei`,
  column_required: () => 'ist Pflicht, aber keiner Spalte zugeordnet',
  date_order_ambiguous: () =>
    'Daten wie 03/04/2026 können Tag/Monat oder Monat/Tag sein: Bitte das Datumsformat wählen',
  date_order_choose: () => 'Tag/Monat/Jahr (31/12/2026) oder Monat/Tag/Jahr (12/31/2026) wählen',
  quote_never_ends: () => 'Anführungszeichen wird nie geschlossen',
  quote_never_ends_at: ({ line }) =>
    `Zeile ${line}: Ein Wert in Anführungszeichen endet nie (fehlt ein schließendes Anführungszeichen?)`,
  file_too_large: ({ megabytes }) =>
    `Die Datei ist größer als die Upload-Grenze von ${megabytes} MB (UPLOAD_LIMIT_BYTES)`,
  file_empty: () => 'Die Datei ist leer',
  file_no_header: () => 'Die Datei hat keine Kopfzeile',
  file_binary: () => 'Das ist keine CSV- oder Excel-Datei (sie enthält Binärdaten)',
  file_legacy_excel: () =>
    'Das ist eine alte Excel-Datei (.xls): In Excel öffnen und als .xlsx oder CSV speichern',
  workbook_unreadable: ({ reason }) =>
    `Diese Excel-Datei lässt sich nicht lesen: Sie ist beschädigt oder keine .xlsx-Arbeitsmappe (${reason}). In Excel öffnen und erneut als .xlsx oder CSV speichern`,
  workbook_no_sheet: () => 'Die Excel-Datei hat kein Arbeitsblatt',
  workbook_sheet_empty: () => 'Das erste Arbeitsblatt der Excel-Datei ist leer',
  lookup_column_missing: ({ file, column }) => `Nachschlagedatei ${file} hat keine Spalte „${column}“`,
  lookup_too_large: ({ file, maxRows }) => `Nachschlagedatei ${file} hat mehr als ${maxRows} Zeilen`,
  lookup_unreadable: ({ file, path }) => `Nachschlagedatei ${file} lässt sich nicht lesen (${path})`,
  upload_gone: () =>
    'Diese Datei ist nicht mehr da (Uploads werden einen Tag aufbewahrt): bitte erneut hochladen',
};

export const PROBLEM_TEXTS: Record<Locale, ProblemTexts> = { de: DE, en: EN };

/** A problem as it travels: its code and params when it has them (older reports do not), and the English message. */
export interface ReportedProblem {
  code?: string;
  params?: ProblemParams;
  message: string;
}

/** The problem in the reader's language; the message as it is for a code this version does not know. */
export function describeImportProblem(problem: ReportedProblem, locale: Locale): string {
  const texts = PROBLEM_TEXTS[locale] as unknown as Record<string, (params: ProblemParams) => string>;
  const text = problem.code && Object.hasOwn(texts, problem.code) ? texts[problem.code] : undefined;
  return text ? text(problem.params ?? {}) : problem.message;
}
