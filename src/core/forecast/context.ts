/**
 * What a forecast learns once per as-of date and shares across all targets: the cut and indexed history, win
 * curves, slippage and the period shock, with the options that shaped them.
 */
import { CALENDAR_YEAR, type FiscalCalendar, type IsoDate } from '../calendar.ts';
import { toScopeKey } from '../scope.ts';
import type { Owner, Scope } from '../types.ts';
import type { PipelineHistory } from './as-of.ts';
import { type IndexedDeal, indexPipeline, listDealsInScope, type PipelineIndex } from './pipeline-index.ts';
import { createQuarterPhaseLookup, type QuarterPhaseLookup } from './quarter-phase.ts';
import { estimatePeriodShock, type PeriodShock } from './shock.ts';
import { learnSlippage } from './slippage.ts';
import { buildSnapshotRecords, type SnapshotRecords } from './snapshots.ts';
import { createWinCurveModel, type WinCurveModel } from './win-curves.ts';

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
  records: SnapshotRecords;
  phase: QuarterPhaseLookup;
  curves: WinCurveModel;
  /** Curves conditioned on other weeks of the quarter (for the period-to-date nowcast), built on demand. */
  curvesByWeek: Map<number, WinCurveModel>;
  slips: Int32Array;
  shock: PeriodShock;
  calendar: FiscalCalendar;
  seed: number;
  options: ForecastOptions;
  dealsByScope: Map<string, IndexedDeal[]>;
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
    records,
    phase,
    curvesByWeek: new Map(),
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
    shock: estimatePeriodShock({ index, calendar, records, phase, priorStrength: options.priorStrength }),
    calendar,
    seed: input.seed,
    options,
    dealsByScope: new Map(),
  };
}

/** The deals within a scope, memoised per context. */
export function findScopeDeals(context: ForecastContext, scope: Scope): IndexedDeal[] {
  const key = toScopeKey(scope);
  let deals = context.dealsByScope.get(key);
  if (!deals) {
    deals = listDealsInScope(context.index, scope);
    context.dealsByScope.set(key, deals);
  }
  return deals;
}

/** Win curves as learned for snapshot days in the given week of the quarter (memoised per context). */
export function findCurvesForWeek(context: ForecastContext, week: number): WinCurveModel {
  let curves = context.curvesByWeek.get(week);
  if (!curves) {
    curves = createWinCurveModel({
      index: context.index,
      records: context.records,
      phase: context.phase,
      priorStrength: context.options.priorStrength,
      windowDays: context.options.learningWindowDays,
      phaseWeek: week,
    });
    context.curvesByWeek.set(week, curves);
  }
  return curves;
}
