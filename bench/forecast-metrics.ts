/**
 * Scores of the backtest by week of quarter: WAPE of the P50 (Σ|P50 − actual| / Σ actual), share of actuals
 * inside P10–P90, and the Brier score of P(miss). The baselines are point forecasts; their P(miss) comes from a
 * lognormal error fitted in-sample to their own errors in the same week across the whole benchmark, which
 * favours them (they are scored on the errors they were fitted to).
 */
import { type BacktestRow, WEEKS_PER_QUARTER } from './forecast-backtest.ts';

export interface WeekScore {
  week: number;
  n: number;
  wape: number;
  wapeRunRate: number;
  wapePipeline: number;
  coverage80: number;
  brier: number;
  brierRunRate: number;
  brierPipeline: number;
  /** Our P50 turned into P(miss) the same in-sample way as the baselines: how much is the point, how much the spread. */
  brierP50Fitted: number;
  missRate: number;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf, error < 1.5e-7). */
export function computeNormalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function computeWape(rows: readonly BacktestRow[], pick: (row: BacktestRow) => number): number {
  let error = 0;
  let total = 0;
  for (const row of rows) {
    error += Math.abs(pick(row) - row.actual);
    total += row.actual;
  }
  return total > 0 ? error / total : 0;
}

/** Brier score of a point forecast turned into P(miss) with a lognormal error fitted to its own residuals. */
function computeBaselineBrier(rows: readonly BacktestRow[], pick: (row: BacktestRow) => number): number {
  const usable = rows.filter((row) => pick(row) > 0 && row.actual > 0);
  const residuals = usable.map((row) => Math.log(row.actual / pick(row)));
  const mean = residuals.reduce((sum, value) => sum + value, 0) / Math.max(1, residuals.length);
  const variance =
    residuals.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, residuals.length - 1);
  const sd = Math.max(Math.sqrt(variance), 1e-6);
  let score = 0;
  for (const row of rows) {
    const forecast = pick(row);
    const pMiss = forecast > 0 ? computeNormalCdf((Math.log(row.target / forecast) - mean) / sd) : 1;
    score += (pMiss - (row.actual < row.target ? 1 : 0)) ** 2;
  }
  return score / Math.max(1, rows.length);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function scoreWeek(rows: readonly BacktestRow[], week: number): WeekScore {
  const runRate = (row: BacktestRow) => row.runRate ?? row.pipeline;
  let covered = 0;
  let brier = 0;
  let misses = 0;
  for (const row of rows) {
    if (row.actual >= row.p10 && row.actual <= row.p90) covered++;
    const missed = row.actual < row.target ? 1 : 0;
    misses += missed;
    brier += (row.pMiss - missed) ** 2;
  }
  const n = Math.max(1, rows.length);
  return {
    week,
    n: rows.length,
    wape: round(computeWape(rows, (row) => row.p50)),
    wapeRunRate: round(computeWape(rows, runRate)),
    wapePipeline: round(computeWape(rows, (row) => row.pipeline)),
    coverage80: round(covered / n),
    brier: round(brier / n),
    brierRunRate: round(computeBaselineBrier(rows, runRate)),
    brierPipeline: round(computeBaselineBrier(rows, (row) => row.pipeline)),
    brierP50Fitted: round(computeBaselineBrier(rows, (row) => row.p50)),
    missRate: round(misses / n),
  };
}

/** Scores for weeks 1–13 over the given rows. */
export function scoreByWeek(rows: readonly BacktestRow[]): WeekScore[] {
  return Array.from({ length: WEEKS_PER_QUARTER }, (_, i) =>
    scoreWeek(
      rows.filter((row) => row.week === i + 1),
      i + 1,
    ),
  );
}
