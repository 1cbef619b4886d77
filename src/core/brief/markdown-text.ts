/** Headings and labels of the Markdown export, German and English, and the small Markdown helpers it uses. */
import type { LocalizedText } from '../labels.ts';
import { formatCents, formatNumber, formatPercent } from '../locale-format.ts';
import type { Locale } from '../types.ts';
import { isDeepEqual, type JsonValue } from './brief-tree.ts';
import { describeSource } from './describe-source.ts';
import type { BriefContent, BriefSource, KpiUnit, Suggested } from './types.ts';

export const HEADINGS = {
  scope: { de: 'Bereich', en: 'Scope' },
  preparedOn: { de: 'Stand', en: 'As of' },
  objective: { de: 'Ziel', en: 'Objective' },
  stage: { de: 'AIDA-Stufe', en: 'AIDA stage' },
  noStage: { de: 'keine', en: 'none' },
  confidence: { de: 'Sicherheit der Diagnose', en: 'Diagnosis confidence' },
  gap: { de: 'Lückenrechnung', en: 'Gap arithmetic' },
  targetGroup: { de: 'Zielgruppe', en: 'Target group' },
  barriers: { de: 'Barrieren und Belege', en: 'Barriers and evidence' },
  barrier: { de: 'Barriere', en: 'Barrier' },
  share: { de: 'Anteil', en: 'Share' },
  addressed: { de: 'Adressiert', en: 'Addressed' },
  evidence: { de: 'Belege', en: 'Evidence' },
  routes: { de: 'Weiterleiten', en: 'Route elsewhere' },
  messageHouse: { de: 'Botschaftshaus', en: 'Message house' },
  umbrella: { de: 'Dachbotschaft', en: 'Umbrella message' },
  pillar: { de: 'Säule', en: 'Pillar' },
  plan: { de: 'AIDA-Plan', en: 'AIDA plan' },
  objectiveStage: { de: 'Ziel-Stufe', en: 'objective stage' },
  message: { de: 'Botschaft', en: 'Message' },
  proof: { de: 'Nachweise', en: 'Proof points' },
  channels: { de: 'Kanäle', en: 'Channels' },
  tone: { de: 'Tonalität', en: 'Tone' },
  callToAction: { de: 'Handlungsaufforderung', en: 'Call to action' },
  kpis: { de: 'KPIs', en: 'KPIs' },
  kpi: { de: 'Kennzahl', en: 'Indicator' },
  baseline: { de: 'Basis', en: 'Baseline' },
  goal: { de: 'Ziel', en: 'Goal' },
  source: { de: 'Quelle des Ziels', en: 'Goal source' },
  timeline: { de: 'Zeitplan', en: 'Timeline' },
  start: { de: 'Start', en: 'Start' },
  end: { de: 'Ende', en: 'End' },
  evaluateOn: { de: 'Auswertung', en: 'Evaluation' },
  budgetOwner: { de: 'Budget und Verantwortung', en: 'Budget and owner' },
  budget: { de: 'Budget', en: 'Budget' },
  owner: { de: 'Verantwortlich', en: 'Owner' },
  open: { de: 'offen', en: 'open' },
  yes: { de: 'ja', en: 'yes' },
  no: { de: 'nein', en: 'no' },
} satisfies Record<string, LocalizedText>;

export type HeadingKey = keyof typeof HEADINGS;

export function heading(key: HeadingKey, locale: Locale): string {
  return HEADINGS[key][locale];
}

/** Keeps a table cell on one line and its pipes literal. */
export function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll(/\s*\n\s*/g, ' ');
}

export function formatSource(source: BriefSource, locale: Locale, withSources: boolean): string {
  return withSources ? ` _(${describeSource(source, locale)})_` : '';
}

/** A suggestion with its source behind it, or "open" for an empty placeholder. */
export function formatSuggested(
  item: Suggested<string | null>,
  locale: Locale,
  withSources: boolean,
): string {
  const text = item.value === null || item.value === '' ? `_${heading('open', locale)}_` : item.value;
  return `${text}${formatSource(item.source, locale, withSources)}`;
}

export function formatKpiValue(value: number | null, unit: KpiUnit, locale: Locale): string {
  if (value === null) return '–';
  if (unit === 'rate') return formatPercent(value, locale);
  if (unit === 'cents') return formatCents(value, locale);
  if (unit === 'days') return `${formatNumber(value, locale, 0)} ${locale === 'de' ? 'Tage' : 'days'}`;
  if (unit === 'percent') return `${formatNumber(value, locale)}${locale === 'de' ? ' %' : '%'}`;
  return formatNumber(value, locale);
}

export interface MarkdownContext {
  brief: BriefContent;
  locale: Locale;
  withSources: boolean;
}

/** A suggestion with its source, in the context's locale. */
export const formatItem = (
  ctx: MarkdownContext,
  item: { value: string | null; source: BriefContent['tone']['source'] },
) => formatSuggested(item, ctx.locale, ctx.withSources);

/** Bullet list; a source is printed once for a run of items that share it. */
export function renderList(ctx: MarkdownContext, items: readonly Suggested<string>[]): string[] {
  return items.map((item, index) => {
    const previous = items[index - 1];
    const isSameSource =
      previous !== undefined &&
      isDeepEqual(previous.source as unknown as JsonValue, item.source as unknown as JsonValue);
    return `- ${item.value}${isSameSource ? '' : formatSource(item.source, ctx.locale, ctx.withSources)}`;
  });
}
