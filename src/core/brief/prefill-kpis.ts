/**
 * KPIs, gap goal and timeline of the brief. KPIs are the alerting indicators with the engine's baseline; the
 * goals of the creation indicators come from the gap arithmetic (computeGapGoal), the others from a catalogue
 * default of ±10 % that marketing is expected to edit.
 */
import { addDays, type IsoDate, startOfIsoWeek } from '../calendar.ts';
import { computeGapGoal, type GapGoal } from './gap-goal.ts';
import type {
  AlertIndicator,
  BriefKpi,
  BriefTimeline,
  ForecastSummary,
  FunnelRates,
  KpiUnit,
  Suggested,
} from './types.ts';

/** Indicators a campaign should push down. */
const DECREASING = new Set(['cycle_time', 'late_stage_stalls']);
/** Relative change of the catalogue default goal. */
const DEFAULT_CHANGE = 0.1;
/** Weeks of measurement after the campaign before the impact evaluation gives its verdict. */
export const EVALUATION_WEEKS = 13;
const DEFAULT_CAMPAIGN_WEEKS = 8;
const MIN_CAMPAIGN_DAYS = 28;

export interface GoalContext {
  asOf: IsoDate;
  forecast: ForecastSummary | null;
  funnel: FunnelRates | null;
}

/** The gap goal, when a forecast with a period and funnel rates are at hand. */
export function deriveGapGoal({ asOf, forecast, funnel }: GoalContext): GapGoal | null {
  if (!forecast || !funnel) return null;
  return computeGapGoal({
    asOf,
    period: forecast.period,
    shortfallCents: forecast.shortfallCents,
    winRate: funnel.winRate,
    averageDealCents: funnel.averageDealCents,
    cycleDays: funnel.cycleDays,
    leadToOpportunityRate: funnel.leadToOpportunityRate,
    opportunitiesPerWeek: funnel.opportunitiesPerWeek,
  });
}

function roundFor(unit: KpiUnit, value: number): number {
  const digits: Record<KpiUnit, number> = { per_week: 1, rate: 3, cents: 0, days: 0, percent: 1 };
  const factor = 10 ** digits[unit];
  return Math.round(value * factor) / factor;
}

/** Extra units per week the gap asks of an indicator, or null when the gap says nothing about it. */
function computeGapIncrement(key: string, goal: GapGoal | null, funnel: FunnelRates | null): number | null {
  if (!goal || (goal.status !== 'in_time' && goal.status !== 'too_late')) return null;
  const perWeek = goal.opportunitiesPerWeekNeeded;
  if (perWeek === null) return null;
  if (key === 'new_opportunities') return perWeek;
  if (key === 'new_leads') return goal.leadsPerWeekNeeded;
  if (key === 'new_opportunity_value' && funnel) return perWeek * funnel.averageDealCents;
  return null;
}

export interface KpiContext {
  goal: GapGoal | null;
  funnel: FunnelRates | null;
  isCampaignAdvised: boolean;
}

function suggestGoal(
  indicator: AlertIndicator,
  direction: BriefKpi['direction'],
  context: KpiContext,
): Suggested<number | null> {
  if (!context.isCampaignAdvised) return { value: null, source: { kind: 'diagnosis' } };
  const increment = computeGapIncrement(indicator.key, context.goal, context.funnel);
  if (increment !== null) {
    return { value: roundFor(indicator.unit, indicator.baseline + increment), source: { kind: 'gap_goal' } };
  }
  const factor = direction === 'increase' ? 1 + DEFAULT_CHANGE : 1 - DEFAULT_CHANGE;
  return { value: roundFor(indicator.unit, indicator.baseline * factor), source: { kind: 'catalogue' } };
}

/** The alerting indicators as KPIs, plus new opportunities when the gap goal asks for them. */
export function listKpis(indicators: readonly AlertIndicator[], context: KpiContext): BriefKpi[] {
  const all = [...indicators];
  const { goal, funnel } = context;
  const isGoalActive = goal !== null && (goal.status === 'in_time' || goal.status === 'too_late');
  if (isGoalActive && funnel && !all.some((indicator) => indicator.key === 'new_opportunities')) {
    all.push({ key: 'new_opportunities', unit: 'per_week', baseline: funnel.opportunitiesPerWeek });
  }
  return all.map((indicator) => {
    const direction = indicator.direction ?? (DECREASING.has(indicator.key) ? 'decrease' : 'increase');
    const isFromFunnel = !indicators.includes(indicator);
    return {
      key: indicator.key,
      unit: indicator.unit,
      direction,
      baseline: {
        value: indicator.baseline,
        source: isFromFunnel
          ? { kind: 'funnel', field: 'opportunitiesPerWeek' }
          : { kind: 'indicator', field: indicator.key },
      },
      goal: suggestGoal(indicator, direction, context),
    };
  });
}

/** The campaign end: the gap deadline when it leaves at least four weeks from the start, else eight weeks. */
export function suggestEndOn(startOn: IsoDate, goal: GapGoal | null): Suggested<IsoDate> {
  const isDeadlineUsable =
    goal !== null &&
    (goal.status === 'in_time' || goal.status === 'too_late') &&
    goal.deadline >= addDays(startOn, MIN_CAMPAIGN_DAYS);
  if (isDeadlineUsable) return { value: goal.deadline, source: { kind: 'gap_goal' } };
  return { value: addDays(startOn, 7 * DEFAULT_CAMPAIGN_WEEKS - 1), source: { kind: 'catalogue' } };
}

/** The impact evaluation can give its verdict 13 weeks after the end. */
export function suggestEvaluateOn(endOn: IsoDate): Suggested<IsoDate> {
  return { value: addDays(endOn, 7 * EVALUATION_WEEKS), source: { kind: 'catalogue' } };
}

/** Start next Monday (a week for approval), end per the gap deadline, evaluate 13 weeks later. */
export function suggestTimeline(asOf: IsoDate, goal: GapGoal | null): BriefTimeline {
  const startOn = addDays(startOfIsoWeek(asOf), 7);
  const endOn = suggestEndOn(startOn, goal);
  return {
    startOn: { value: startOn, source: { kind: 'catalogue' } },
    endOn,
    evaluateOn: suggestEvaluateOn(endOn.value),
  };
}
