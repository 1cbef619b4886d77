/**
 * Forecast of period-end attainment per target (DESIGN §4, issue 5 item 2): booked so far + Monte Carlo over
 * open deals (win curves by stage and age learned from this workspace, shrunk toward the parent scope; timing
 * from close-date slippage or the curve) + new business, with a period-level shock. Pure and seeded.
 */
import { CALENDAR_YEAR, type FiscalCalendar, type IsoDate, parsePeriodKey, toEpochDay } from '../calendar.ts';
import { AppError } from '../errors.ts';
import { deriveSeed } from '../random.ts';
import { parentScope, toScopeKey } from '../scope.ts';
import type { Owner, Scope, Target } from '../types.ts';
import type { PipelineHistory } from './as-of.ts';
import { type BaselineForecasts, computeBaselines, computeBooked } from './baselines.ts';
import { computeTimingShare, HORIZON_DAYS } from './incidence.ts';
import { estimateNewBusiness, listNewBusinessValues, type NewBusinessEstimate } from './new-business.ts';
import {
  computeMeasureValue,
  type IndexedDeal,
  indexPipeline,
  listDealsInScope,
  type PipelineIndex,
} from './pipeline-index.ts';
import { createQuarterPhaseLookup } from './quarter-phase.ts';
import { estimatePeriodShock, type PeriodShock } from './shock.ts';
import {
  type AttainmentSummary,
  type OpenDealDraw,
  simulateAttainment,
  summariseAttainment,
} from './simulate.ts';
import { computeSlipTimingShare, learnSlippage } from './slippage.ts';
import { buildSnapshotRecords, findAgeBucket, findCloseHint, toCellKey } from './snapshots.ts';
import { createWinCurveModel, type ScopeCurves, type WinCurveModel } from './win-curves.ts';

export interface ForecastOptions {
  simulations: number;
  /** Beta-binomial prior strength κ, in deals, of a parent scope's curve over a child's. */
  priorStrength: number;
  /** Days of history that win curves, slippage and new-deal sizes are learned from. */
  learningWindowDays: number;
  maxSnapshotRecords: number;
  /**
   * How expected close dates are used: `covariate` — win curves are learned separately for deals overdue, due
   * within 30 days, or due later; `slippage` — a win's timing is expected close + learned slippage (the curve
   * gives only whether it is won); `ignore`.
   */
  expectedClose: 'covariate' | 'slippage' | 'ignore';
  slipSettleDays: number;
}

export const DEFAULT_FORECAST_OPTIONS: ForecastOptions = {
  simulations: 2000,
  priorStrength: 20,
  learningWindowDays: 730,
  maxSnapshotRecords: 2_000_000,
  expectedClose: 'covariate',
  slipSettleDays: 90,
};

export interface ForecastContextInput {
  history: PipelineHistory;
  asOf: IsoDate;
  seed: number;
  calendar?: FiscalCalendar;
  owners?: readonly Owner[];
  options?: Partial<ForecastOptions>;
}

export interface ForecastContext {
  index: PipelineIndex;
  curves: WinCurveModel;
  slips: Int32Array;
  shock: PeriodShock;
  calendar: FiscalCalendar;
  seed: number;
  options: ForecastOptions;
  dealsByScope: Map<string, IndexedDeal[]>;
}

export interface AttainmentForecast extends AttainmentSummary {
  targetId: number;
  scope: Scope;
  period: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  measure: Target['measure'];
  target: number;
  asOf: IsoDate;
  daysLeft: number;
  booked: number;
  /** Mean contribution of each part to the period total (same unit as the target). */
  contributions: { booked: number; pipeline: number; newBusiness: number };
  openDeals: number;
  newBusiness: NewBusinessEstimate;
  baselines: BaselineForecasts;
  shock: PeriodShock;
  simulations: number;
}

/** Learns everything that does not depend on the target: cut, index, win curves, slippage, shock. */
export function prepareForecast(input: ForecastContextInput): ForecastContext {
  const options = { ...DEFAULT_FORECAST_OPTIONS, ...input.options };
  const calendar = input.calendar ?? CALENDAR_YEAR;
  const index = indexPipeline({ history: input.history, asOf: input.asOf, owners: input.owners ?? [] });
  const phase = createQuarterPhaseLookup(calendar, {
    fromDay: index.asOfDay - options.learningWindowDays - 800,
    toDay: index.asOfDay + 400,
  });
  const records = buildSnapshotRecords(index, {
    windowDays: options.learningWindowDays,
    maxRecords: options.maxSnapshotRecords,
    phase,
    useCloseHints: options.expectedClose === 'covariate',
  });
  return {
    index,
    curves: createWinCurveModel({
      index,
      records,
      phase,
      priorStrength: options.priorStrength,
      windowDays: options.learningWindowDays,
    }),
    slips: learnSlippage(index, {
      windowDays: options.learningWindowDays,
      settleDays: options.slipSettleDays,
    }),
    shock: estimatePeriodShock({ index, calendar, records, priorStrength: options.priorStrength }),
    calendar,
    seed: input.seed,
    options,
    dealsByScope: new Map(),
  };
}

function findScopeDeals(context: ForecastContext, scope: Scope): IndexedDeal[] {
  const key = toScopeKey(scope);
  let deals = context.dealsByScope.get(key);
  if (!deals) {
    deals = listDealsInScope(context.index, scope);
    context.dealsByScope.set(key, deals);
  }
  return deals;
}

interface Window {
  startDay: number;
  endDay: number;
}

function drawOpenDeal(context: ForecastContext, curves: ScopeCurves, item: IndexedDeal, window: Window) {
  const { asOfDay } = context.index;
  const hint =
    context.options.expectedClose === 'covariate' ? findCloseHint(item.expectedCloseDay, asOfDay) : 0;
  const curve = curves.findCellCurve(toCellKey(item.stageId, hint, findAgeBucket(asOfDay - item.createdDay)));
  // Closes on day asOf + k count when fromDays < k ≤ toDays.
  const fromDays = Math.max(window.startDay - asOfDay - 1, 0);
  const toDays = window.endDay - asOfDay;
  const slipShare =
    context.options.expectedClose === 'slippage' && item.expectedCloseDay !== null
      ? computeSlipTimingShare({
          slips: context.slips,
          expectedCloseDay: item.expectedCloseDay,
          asOfDay,
          fromDays,
          toDays,
        })
      : null;
  return {
    winProbability: curve[HORIZON_DAYS]!,
    timingShare: slipShare ?? computeTimingShare(curve, fromDays, toDays),
  };
}

function listValuesWithFallback(
  context: ForecastContext,
  scope: Scope,
  target: Target,
  maxCycleDays: number,
) {
  for (let current: Scope | null = scope; current; current = parentScope(current)) {
    const values = listNewBusinessValues({
      deals: findScopeDeals(context, current),
      asOfDay: context.index.asOfDay,
      windowDays: context.options.learningWindowDays,
      maxCycleDays,
      measureOf: (item) => computeMeasureValue(item.deal, target.measure),
    });
    if (values.length >= 5 || parentScope(current) === null) return values;
  }
  return [];
}

/** Forecasts one target. Throws VALIDATION for a period key that cannot be parsed. */
export function forecastTarget(context: ForecastContext, target: Target): AttainmentForecast {
  const period = parsePeriodKey(target.period, context.calendar);
  if (!period)
    throw new AppError('VALIDATION', `Target ${target.id}: period "${target.period}" is not a period key`);
  const { asOfDay } = context.index;
  const window = { startDay: toEpochDay(period.start), endDay: toEpochDay(period.end) };
  const deals = findScopeDeals(context, target.scope);
  const curves = context.curves.forScope(target.scope);
  const booked = computeBooked(
    deals,
    { fromDay: window.startDay, toDay: Math.min(window.endDay, asOfDay) },
    target.measure,
  );
  const openDeals: OpenDealDraw[] = [];
  for (const item of deals) {
    if (item.closedDay !== null || window.endDay <= asOfDay) continue;
    const value = computeMeasureValue(item.deal, target.measure);
    if (value !== 0) openDeals.push({ value, ...drawOpenDeal(context, curves, item, window) });
  }
  const newBusiness = estimateNewBusiness({
    deals,
    findCreationCurve: curves.findCreationCurve,
    asOfDay,
    firstDay: context.index.firstDay,
    periodStartDay: window.startDay,
    periodEndDay: window.endDay,
  });
  const cycleDays = window.endDay - Math.max(window.startDay, asOfDay);
  const values = listValuesWithFallback(context, target.scope, target, cycleDays);
  const result = simulateAttainment({
    booked,
    openDeals,
    newBusiness: { expectedWins: newBusiness.expectedWins, values },
    shock: context.shock,
    simulations: context.options.simulations,
    seed: deriveSeed(context.seed, `${toScopeKey(target.scope)}|${period.key}|${target.measure}`),
  });
  return {
    targetId: target.id,
    scope: target.scope,
    period: period.key,
    periodStart: period.start,
    periodEnd: period.end,
    measure: target.measure,
    target: target.value,
    asOf: context.index.asOf,
    daysLeft: Math.max(0, window.endDay - asOfDay),
    booked,
    ...summariseAttainment(result.totals, target.value),
    contributions: { booked, pipeline: result.meanPipeline, newBusiness: result.meanNewBusiness },
    openDeals: openDeals.length,
    newBusiness,
    baselines: computeBaselines({
      deals,
      asOfDay,
      firstDay: context.index.firstDay,
      period,
      calendar: context.calendar,
      measure: target.measure,
      stages: context.index.stages,
    }),
    shock: context.shock,
    simulations: context.options.simulations,
  };
}

/** Forecasts every target as of `asOf`; the result is identical for the same data, options and seed. */
export function forecastAttainment(
  input: ForecastContextInput & { targets: readonly Target[] },
): AttainmentForecast[] {
  const context = prepareForecast(input);
  return input.targets.map((target) => forecastTarget(context, target));
}
