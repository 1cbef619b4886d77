/**
 * Plain-language reasons and warnings of an impact evaluation, German and English. The evaluation keeps codes
 * and figures; these sentences are what a marketing manager reads on the campaign page and in exports.
 */
import { getIndicatorLabel } from '../labels.ts';
import { formatNumber, formatPercent } from '../locale-format.ts';
import type { Locale } from '../types.ts';
import type { ImpactReason, ImpactWarning, Interval } from './types.ts';

function formatInterval(interval: Interval | undefined, locale: Locale): string {
  if (!interval) return '';
  const low = formatPercent(interval.low, locale, { signed: true });
  const high = formatPercent(interval.high, locale, { signed: true });
  return locale === 'de' ? `95-%-Intervall ${low} bis ${high}` : `95% interval ${low} to ${high}`;
}

type Texts = Record<Locale, (kpi: string, effect: string, interval: string, meaningful: string) => string>;

const REASONS: Record<ImpactReason['code'], Texts> = {
  interval_above_zero: {
    de: (k, e, i) =>
      `${k}: ${e} gegenüber den Vergleichssegmenten (${i}) – das ganze Intervall liegt über null.`,
    en: (k, e, i) => `${k}: ${e} against the comparison scopes (${i}) – the whole interval is above zero.`,
  },
  interval_below_meaningful: {
    de: (k, e, i, m) => `${k}: ${e} (${i}) – ein Effekt von ${m} oder mehr ist ausgeschlossen.`,
    en: (k, e, i, m) => `${k}: ${e} (${i}) – an effect of ${m} or more is ruled out.`,
  },
  interval_wrong_way: {
    de: (k, e, i) => `${k}: ${e} (${i}) – die Kennzahl hat sich in die falsche Richtung bewegt.`,
    en: (k, e, i) => `${k}: ${e} (${i}) – the indicator moved the wrong way.`,
  },
  interval_wide: {
    de: (k, e, i) => `${k}: ${e}, aber das ${i} ist zu breit für ein Urteil.`,
    en: (k, e, i) => `${k}: ${e}, but the ${i} is too wide to tell.`,
  },
  not_started: {
    de: (k) => `${k}: noch keine vollständige Woche seit dem Start.`,
    en: (k) => `${k}: no complete week since the start yet.`,
  },
  window_too_short: {
    de: (k) => `${k}: zu wenige Wochen für eine Schätzung.`,
    en: (k) => `${k}: too few weeks for an estimate.`,
  },
  no_events: {
    de: (k) => `${k}: keine Ereignisse im Zielsegment vor oder während der Kampagne.`,
    en: (k) => `${k}: no events in the targeted scope before or during the campaign.`,
  },
  no_comparison: {
    de: (k) => `${k}: weder Vergleichssegmente noch eine Basislinie – nichts, womit sich vergleichen ließe.`,
    en: (k) => `${k}: neither comparison scopes nor a baseline – nothing to compare with.`,
  },
};

/** Why the verdict is what it is, in one sentence. */
export function describeImpactReason(reason: ImpactReason, locale: Locale): string {
  const kpi = getIndicatorLabel(reason.kpiKey, locale);
  const effect = reason.effect === undefined ? '' : formatPercent(reason.effect, locale, { signed: true });
  const meaningful = formatPercent(reason.meaningfulLift ?? 0.1, locale, { signed: true });
  return REASONS[reason.code][locale](kpi, effect, formatInterval(reason.interval, locale), meaningful);
}

type WarningText = Record<Locale, (f: (key: string) => string, kpi: string) => string>;

const WARNINGS: Record<ImpactWarning['code'], WarningText> = {
  pre_trend_diverges: {
    de: (f, k) =>
      `${k}: Schon vor der Kampagne lief das Zielsegment den Vergleichssegmenten davon (${f('weeklyDrift')} je Woche); bis zur Mitte des Messfensters wären das ${f('drift')} – ein Teil des Effekts kann dieser Trend sein.`,
    en: (f, k) =>
      `${k}: before the campaign the targeted scope already drifted from the comparison scopes (${f('weeklyDrift')} a week), ${f('drift')} by the middle of the window – part of the effect may be that trend.`,
  },
  low_correlation: {
    de: (f, k) =>
      `${k}: Die Vergleichssegmente bewegten sich vor der Kampagne kaum mit dem Zielsegment (Korrelation ${f('correlation')}); sie taugen nur bedingt als Vergleich.`,
    en: (f, k) =>
      `${k}: before the campaign the comparison scopes hardly moved with the targeted scope (correlation ${f('correlation')}); they are weak controls.`,
  },
  window_short: {
    de: (f, k) =>
      `${k}: nur ${f('weeks')} Wochen im Messfenster – erst ab ${f('comfortableWeeks')} Wochen ist ein Urteil belastbar.`,
    en: (f, k) =>
      `${k}: only ${f('weeks')} weeks in the window – a verdict needs about ${f('comfortableWeeks')}.`,
  },
  window_incomplete: {
    de: (f, k) => `${k}: ${f('weeks')} von ${f('plannedWeeks')} Wochen beobachtet – Zwischenstand.`,
    en: (f, k) => `${k}: ${f('weeks')} of ${f('plannedWeeks')} weeks observed so far – an interim result.`,
  },
  pre_period_short: {
    de: (f, k) => `${k}: nur ${f('weeks')} Wochen Vorperiode (empfohlen: ${f('comfortableWeeks')}).`,
    en: (f, k) =>
      `${k}: only ${f('weeks')} weeks before the campaign (recommended: ${f('comfortableWeeks')}).`,
  },
  low_power: {
    de: (f, k) =>
      `${k}: Mit diesem Fenster und Volumen ist erst ein Effekt ab ${f('minimumDetectableLift')} sicher erkennbar; für +10 % bräuchte es etwa ${f('weeksNeeded')} Wochen.`,
    en: (f, k) =>
      `${k}: with this window and volume only an effect of ${f('minimumDetectableLift')} or more is reliably seen; +10% would need about ${f('weeksNeeded')} weeks.`,
  },
  no_controls: {
    de: (_f, k) => `${k}: keine Vergleichssegmente – der Vergleich stützt sich allein auf die Basislinie.`,
    en: (_f, k) => `${k}: no comparison scopes – the comparison rests on the baseline alone.`,
  },
  comparisons_disagree: {
    de: (f, k) => `${k}: Gegen die Prognose-Basislinie sieht es anders aus (${f('baselineEffect')}).`,
    en: (f, k) => `${k}: against the forecast baseline it looks different (${f('baselineEffect')}).`,
  },
};

const PERCENT_FIGURES = new Set(['drift', 'weeklyDrift', 'minimumDetectableLift', 'baselineEffect']);

/** A warning as a sentence. */
export function describeImpactWarning(warning: ImpactWarning, locale: Locale): string {
  const figure = (key: string) => {
    const value = warning.figures[key] ?? Number.NaN;
    if (PERCENT_FIGURES.has(key))
      return formatPercent(value, locale, { signed: key !== 'minimumDetectableLift' });
    return formatNumber(value, locale, key === 'correlation' ? 2 : 0);
  };
  return WARNINGS[warning.code][locale](figure, getIndicatorLabel(warning.kpiKey, locale));
}
