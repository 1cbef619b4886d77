/**
 * Forecast of period-end attainment per target (DESIGN §4, issue 5 item 2): booked so far + Monte Carlo over
 * open deals (win curves by stage, age, expected close and week of quarter, learned from this workspace and
 * shrunk toward the parent scope) + new business, with a period-level shock. Pure and seeded.
 */
import { type IsoDate, type Period, parsePeriodKey, toEpochDay } from '../calendar.ts';
import { AppError } from '../errors.ts';
import { deriveSeed } from '../random.ts';
import { parentScope, toScopeKey } from '../scope.ts';
import type { Scope, Target } from '../types.ts';
import { type BaselineForecasts, computeBaselines, computeBooked } from './baselines.ts';
import {
  type ForecastContext,
  type ForecastContextInput,
  findScopeDeals,
  prepareForecast,
} from './context.ts';
import { computeTimingShare, HORIZON_DAYS } from './incidence.ts';
import { estimateNewBusiness, listNewBusinessValues, type NewBusinessEstimate } from './new-business.ts';
import { nowcastWinShift, type WinNowcast } from './nowcast.ts';
import { computeMeasureValue, type IndexedDeal } from './pipeline-index.ts';
import type { PeriodShock } from './shock.ts';
import {
  type AttainmentSummary,
  type OpenDealDraw,
  simulateAttainment,
  summariseAttainment,
} from './simulate.ts';
import { computeSlipTimingShare } from './slippage.ts';
import { findAgeBucket, findCloseHint, toCellKey } from './snapshots.ts';
import type { ScopeCurves } from './win-curves.ts';

export interface StageContribution {
  stage: string;
  openDeals: number;
  /** Expected value won inside the period from open deals in this stage (before the period shock). */
  expected: number;
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
  /** The open pipeline's expected contribution by the stage the deals are in on asOf, funnel order. */
  pipelineByStage: StageContribution[];
  openDeals: number;
  newBusiness: NewBusinessEstimate;
  baselines: BaselineForecasts;
  shock: PeriodShock;
  /** What the period so far says about its win odds (posterior of the period shift). */
  nowcast: WinNowcast;
  simulations: number;
}

interface Window {
  startDay: number;
  endDay: number;
}

function drawOpenDeal(context: ForecastContext, curves: ScopeCurves, item: IndexedDeal, window: Window) {
  const { asOfDay } = context.index;
  const mode = context.options.expectedClose;
  const hint = mode === 'covariate' ? findCloseHint(item.expectedCloseDay, asOfDay) : 0;
  const curve = curves.findCellCurve(toCellKey(item.stageId, hint, findAgeBucket(asOfDay - item.createdDay)));
  // Closes on day asOf + k count when fromDays < k ≤ toDays.
  const fromDays = Math.max(window.startDay - asOfDay - 1, 0);
  const toDays = window.endDay - asOfDay;
  const expectedCloseDay = item.expectedCloseDay;
  const slipShare =
    mode === 'slippage' && expectedCloseDay !== null
      ? computeSlipTimingShare({ slips: context.slips, expectedCloseDay, asOfDay, fromDays, toDays })
      : null;
  return {
    winProbability: curve[HORIZON_DAYS]!,
    timingShare: slipShare ?? computeTimingShare(curve, fromDays, toDays),
  };
}

interface OpenPipeline {
  draws: OpenDealDraw[];
  byStage: StageContribution[];
}

function listOpenPipeline(
  context: ForecastContext,
  target: Target,
  deals: readonly IndexedDeal[],
  window: Window,
) {
  const pipeline: OpenPipeline = { draws: [], byStage: [] };
  if (window.endDay <= context.index.asOfDay) return pipeline;
  const curves = context.curves.forScope(target.scope);
  const byStage = new Map<number, StageContribution>();
  for (const item of deals) {
    if (item.closedDay !== null) continue;
    const value = computeMeasureValue(item.deal, target.measure);
    if (value === 0) continue;
    const draw = { value, ...drawOpenDeal(context, curves, item, window) };
    pipeline.draws.push(draw);
    let stage = byStage.get(item.stageId);
    if (!stage) {
      stage = { stage: context.index.stageNames[item.stageId] ?? '', openDeals: 0, expected: 0 };
      byStage.set(item.stageId, stage);
    }
    stage.openDeals++;
    stage.expected += value * draw.winProbability * draw.timingShare;
  }
  pipeline.byStage = [...byStage.entries()].sort(([a], [b]) => a - b).map(([, stage]) => stage);
  return pipeline;
}

/** New-deal sizes from the scope, or the nearest parent with at least 5 fitting wins. */
function listValuesWithFallback(context: ForecastContext, target: Target, maxCycleDays: number) {
  for (let current: Scope | null = target.scope; current; current = parentScope(current)) {
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

function parsePeriod(context: ForecastContext, target: Target): Period {
  const period = parsePeriodKey(target.period, context.calendar);
  if (!period) {
    throw new AppError('VALIDATION', `Target ${target.id}: period "${target.period}" is not a period key`, [
      { field: 'period', value: target.period, message: 'expected 2026-Q4, 2026-11 or 2026' },
    ]);
  }
  return period;
}

/** Forecasts one target. Throws VALIDATION for a period key that cannot be parsed. */
export function forecastTarget(context: ForecastContext, target: Target): AttainmentForecast {
  const period = parsePeriod(context, target);
  const { asOfDay, firstDay } = context.index;
  const window = { startDay: toEpochDay(period.start), endDay: toEpochDay(period.end) };
  const deals = findScopeDeals(context, target.scope);
  const booked = computeBooked(
    deals,
    { fromDay: window.startDay, toDay: Math.min(window.endDay, asOfDay) },
    target.measure,
  );
  const pipeline = listOpenPipeline(context, target, deals, window);
  const curves = context.curves.forScope(target.scope);
  const newBusiness = estimateNewBusiness({
    deals,
    findCreationCurve: curves.findCreationCurve,
    asOfDay,
    firstDay,
    periodStartDay: window.startDay,
    periodEndDay: window.endDay,
  });
  const values = listValuesWithFallback(context, target, window.endDay - Math.max(window.startDay, asOfDay));
  const nowcast = nowcastWinShift({ context, scope: target.scope, periodStartDay: window.startDay });
  const result = simulateAttainment({
    booked,
    openDeals: pipeline.draws,
    newBusiness: { expectedWins: newBusiness.expectedWins, values, logVariance: newBusiness.logVariance },
    shock: { winMean: nowcast.mean, winSd: nowcast.sd, creationSd: context.shock.sigmaCreation },
    simulations: context.options.simulations,
    seed: deriveSeed(context.seed, `${toScopeKey(target.scope)}|${period.key}|${target.measure}`),
  });
  const { calendar, index } = context;
  return {
    targetId: target.id,
    scope: target.scope,
    period: period.key,
    periodStart: period.start,
    periodEnd: period.end,
    measure: target.measure,
    target: target.value,
    asOf: index.asOf,
    daysLeft: Math.max(0, window.endDay - asOfDay),
    booked,
    ...summariseAttainment(result.totals, target.value),
    contributions: { booked, pipeline: result.meanPipeline, newBusiness: result.meanNewBusiness },
    pipelineByStage: pipeline.byStage,
    openDeals: pipeline.draws.length,
    newBusiness,
    baselines: computeBaselines({
      deals,
      asOfDay,
      firstDay,
      period,
      calendar,
      measure: target.measure,
      stages: index.stages,
    }),
    shock: context.shock,
    nowcast,
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

export {
  DEFAULT_FORECAST_OPTIONS,
  type ForecastContext,
  type ForecastOptions,
  prepareForecast,
} from './context.ts';
