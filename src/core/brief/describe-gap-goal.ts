/**
 * The gap goal in words, German and English: one headline sentence and the arithmetic line by line, as the brief
 * page, the Markdown export and the PDF show it.
 */
import { formatCents, formatDate, formatNumber, formatPercent } from '../locale-format.ts';
import type { Locale } from '../types.ts';
import type { GapGoal, GapStep } from './gap-goal.ts';

export interface GapGoalText {
  headline: string;
  steps: string[];
}

type StepText = Record<Locale, (step: GapStep, goal: GapGoal) => string>;

const num = (value: number | string | undefined) => (typeof value === 'number' ? value : 0);
const date = (value: number | string | undefined) => (typeof value === 'string' ? value : '');

const STEPS: Record<GapStep['key'], StepText> = {
  value_per_opportunity: {
    de: (s) =>
      `Wert je neuer Opportunity = Gewinnquote × Ø Auftragswert = ${formatPercent(num(s.inputs.winRate), 'de')} × ${formatCents(num(s.inputs.averageDealCents), 'de')} = ${formatCents(num(s.result), 'de')}`,
    en: (s) =>
      `Value per new opportunity = win rate × average deal size = ${formatPercent(num(s.inputs.winRate), 'en')} × ${formatCents(num(s.inputs.averageDealCents), 'en')} = ${formatCents(num(s.result), 'en')}`,
  },
  opportunities_needed: {
    de: (s) =>
      `Benötigte Opportunities = ⌈${formatCents(num(s.inputs.shortfallCents), 'de')} ÷ ${formatCents(num(s.inputs.valuePerOpportunityCents), 'de')}⌉ = ${num(s.result)}`,
    en: (s) =>
      `Opportunities needed = ⌈${formatCents(num(s.inputs.shortfallCents), 'en')} ÷ ${formatCents(num(s.inputs.valuePerOpportunityCents), 'en')}⌉ = ${num(s.result)}`,
  },
  leads_needed: {
    de: (s) =>
      `Benötigte Leads = ⌈${num(s.inputs.opportunitiesNeeded)} ÷ ${formatPercent(num(s.inputs.leadToOpportunityRate), 'de')} Lead→Opportunity⌉ = ${num(s.result)}`,
    en: (s) =>
      `Leads needed = ⌈${num(s.inputs.opportunitiesNeeded)} ÷ ${formatPercent(num(s.inputs.leadToOpportunityRate), 'en')} lead→opportunity⌉ = ${num(s.result)}`,
  },
  deadline_passed: {
    de: (s) =>
      `Zu spät für diese Periode: Periodenende ${formatDate(date(s.inputs.periodEnd), 'de')} − ${num(s.inputs.cycleDays)} Tage Zykluszeit = ${formatDate(date(s.result), 'de')}, das liegt vor heute (${formatDate(date(s.inputs.asOf), 'de')})`,
    en: (s) =>
      `Too late for this period: period end ${formatDate(date(s.inputs.periodEnd), 'en')} − ${num(s.inputs.cycleDays)} days cycle time = ${formatDate(date(s.result), 'en')}, which is before today (${formatDate(date(s.inputs.asOf), 'en')})`,
  },
  deadline: {
    de: (s, g) =>
      `Stichtag = Periodenende ${formatDate(date(s.inputs.periodEnd), 'de')} − ${num(s.inputs.cycleDays)} Tage Zykluszeit = ${formatDate(date(s.result), 'de')} (${g.deadlineWeek})`,
    en: (s, g) =>
      `Deadline = period end ${formatDate(date(s.inputs.periodEnd), 'en')} − ${num(s.inputs.cycleDays)} days cycle time = ${formatDate(date(s.result), 'en')} (${g.deadlineWeek})`,
  },
  per_week: {
    de: (s) =>
      `Je Woche = ${num(s.inputs.opportunitiesNeeded)} ÷ ${formatNumber(num(s.inputs.weeksToDeadline), 'de')} Wochen = ${formatNumber(num(s.result), 'de')} zusätzliche Opportunities`,
    en: (s) =>
      `Per week = ${num(s.inputs.opportunitiesNeeded)} ÷ ${formatNumber(num(s.inputs.weeksToDeadline), 'en')} weeks = ${formatNumber(num(s.result), 'en')} extra opportunities`,
  },
};

function describeHeadline(goal: GapGoal, locale: Locale): string {
  const gap = formatCents(goal.shortfallCents, locale);
  const w = formatPercent(goal.winRate, locale);
  const d = formatCents(goal.averageDealCents, locale);
  const by = `${goal.deadlineWeek} (${formatDate(goal.deadline, locale)})`;
  const n = goal.opportunitiesNeeded;
  const missed = goal.missedPeriod;
  if (locale === 'de') {
    if (goal.status === 'no_gap')
      return 'Kein Fehlbetrag prognostiziert: Das Ziel ist ohne zusätzliche Opportunities erreichbar.';
    if (goal.status === 'not_computable')
      return `Aus der Lücke lässt sich kein Ziel ableiten: es fehlt ${goal.missing.join(', ')}.`;
    const core = `bei der aktuellen Gewinnquote von ${w}, einem Ø Auftragswert von ${d} und ${goal.cycleDays} Tagen Zykluszeit muss die Kampagne ${n} zusätzliche qualifizierte Opportunities bis ${by} schaffen`;
    if (missed)
      return `Für ${missed.period} ist es zu spät: eine heute angelegte Opportunity schließt im Schnitt erst nach ${goal.cycleDays} Tagen, nach dem Periodenende am ${formatDate(missed.periodEnd, 'de')}. Das Ziel verschiebt sich auf ${goal.period}: Um den Fehlbetrag von ${gap} dort aufzuholen, ${core}.`;
    return `Um den prognostizierten Fehlbetrag von ${gap} bis zum Ende von ${goal.period} zu schließen, ${core}.`;
  }
  if (goal.status === 'no_gap')
    return 'No shortfall projected: the target is reachable without extra opportunities.';
  if (goal.status === 'not_computable')
    return `No goal can be derived from the gap: ${goal.missing.join(', ')} missing.`;
  const core = `at the current win rate of ${w}, average deal size of ${d} and cycle time of ${goal.cycleDays} days, the campaign must create ${n} more qualified opportunities by ${by}`;
  if (missed)
    return `Too late for ${missed.period}: an opportunity created today closes on average after ${goal.cycleDays} days, after the period ends on ${formatDate(missed.periodEnd, 'en')}. The goal moves to ${goal.period}: to make up the ${gap} shortfall there, ${core}.`;
  return `To close the projected ${gap} shortfall by the end of ${goal.period}, ${core}.`;
}

/** The goal's sentence and its arithmetic in the locale. */
export function describeGapGoal(goal: GapGoal, locale: Locale): GapGoalText {
  return {
    headline: describeHeadline(goal, locale),
    steps: goal.steps.map((step) => STEPS[step.key][locale](step, goal)),
  };
}
