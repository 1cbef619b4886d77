/**
 * Backtest of the attainment forecast: for each quarter and week of quarter, cut the full history to the end of
 * that week, forecast every scope's quarter, and record forecast, baselines and what was actually booked.
 */
import { addDays, daysBetween, type IsoDate, parsePeriodKey, toEpochDay } from '../src/core/calendar.ts';
import type { PipelineHistory } from '../src/core/forecast/as-of.ts';
import { computeBooked } from '../src/core/forecast/baselines.ts';
import { type ForecastOptions, forecastTarget, prepareForecast } from '../src/core/forecast/forecast.ts';
import { indexPipeline, listDealsInScope } from '../src/core/forecast/pipeline-index.ts';
import { createRandom, deriveSeed, sampleNormal } from '../src/core/random.ts';
import type { Owner, Scope } from '../src/core/types.ts';

export interface BacktestCase {
  label: string;
  history: PipelineHistory;
  owners: Owner[];
  scopes: { label: string; scope: Scope }[];
  quarters: string[];
  /** How each quarter's target is set (from data knowable at the quarter's start). */
  targetRule: 'prior_year_growth' | 'prior_quarter';
}

export interface BacktestRow {
  case: string;
  quarter: string;
  scope: string;
  week: number;
  actual: number;
  target: number;
  p10: number;
  p50: number;
  p90: number;
  pMiss: number;
  runRate: number | null;
  pipeline: number;
}

export const WEEKS_PER_QUARTER = 13;

/** Realised bookings (cents) per scope and period, from the full history. */
function createRealised(history: PipelineHistory, owners: Owner[]) {
  const lastDay = history.deals.reduce(
    (max, deal) => (deal.closedOn && deal.closedOn > max ? deal.closedOn : max),
    '',
  );
  const index = indexPipeline({ history, asOf: lastDay || '2100-01-01', owners });
  return (scope: Scope, from: IsoDate, to: IsoDate): number =>
    computeBooked(
      listDealsInScope(index, scope),
      { fromDay: toEpochDay(from), toDay: toEpochDay(to) },
      'bookings',
    );
}

type Realised = ReturnType<typeof createRealised>;

/**
 * A target a sales manager could have set at the quarter's start: last year's same quarter grown by the
 * trailing year-over-year growth, plus ambition and noise (so P(miss) is neither 0 nor 1); or, with only one
 * year of data, the previous quarter ± noise.
 */
function setTarget(realised: Realised, testCase: BacktestCase, scope: Scope, quarter: string): number {
  const period = parsePeriodKey(quarter)!;
  const random = createRandom(
    deriveSeed(deriveSeed(17, testCase.label), `${JSON.stringify(scope)}|${quarter}`),
  );
  const noise = sampleNormal(random, 0.03, 0.08);
  if (testCase.targetRule === 'prior_quarter') {
    return realised(scope, addDays(period.start, -91), addDays(period.start, -1)) * (1 + noise);
  }
  const lastYear = realised(scope, addDays(period.start, -364), addDays(period.end, -364));
  const trailing = realised(scope, addDays(period.start, -364), addDays(period.start, -1));
  const before = realised(scope, addDays(period.start, -728), addDays(period.start, -365));
  const growth = before > 0 ? Math.min(0.5, Math.max(-0.3, trailing / before - 1)) : 0;
  return lastYear * (1 + growth + noise);
}

export interface BacktestOptions {
  seed: number;
  forecast: Partial<ForecastOptions>;
  onProgress?: (message: string) => void;
}

/** Runs the backtest of one case over its quarters and weeks 1–13 (as-of = last day of the week). */
export function runBacktest(testCase: BacktestCase, options: BacktestOptions): BacktestRow[] {
  const realised = createRealised(testCase.history, testCase.owners);
  const rows: BacktestRow[] = [];
  for (const quarter of testCase.quarters) {
    const period = parsePeriodKey(quarter)!;
    const targets = testCase.scopes.map((item, i) => ({
      id: i + 1,
      period: quarter,
      measure: 'bookings' as const,
      scope: item.scope,
      value: setTarget(realised, testCase, item.scope, quarter),
    }));
    for (let week = 1; week <= WEEKS_PER_QUARTER; week++) {
      const asOf = addDays(period.start, Math.min(7 * week - 1, daysBetween(period.start, period.end)));
      const context = prepareForecast({
        history: testCase.history,
        asOf,
        seed: options.seed,
        owners: testCase.owners,
        options: options.forecast,
      });
      targets.forEach((target, i) => {
        const forecast = forecastTarget(context, target);
        rows.push({
          case: testCase.label,
          quarter,
          scope: testCase.scopes[i]!.label,
          week,
          actual: realised(target.scope, period.start, period.end),
          target: target.value,
          p10: forecast.p10,
          p50: forecast.p50,
          p90: forecast.p90,
          pMiss: forecast.pMiss,
          runRate: forecast.baselines.runRate,
          pipeline: forecast.baselines.stageWeightedPipeline,
        });
      });
    }
    options.onProgress?.(`${testCase.label} ${quarter} done`);
  }
  return rows;
}
