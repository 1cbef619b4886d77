/**
 * Synthetic weekly series for the detection benchmark (DESIGN §4): 104 weeks of history and 104 monitored,
 * level × trend × annual seasonality × quarter-end shape, in the families the engine watches, with step
 * declines, ramps and outliers.
 */
import { addDays, periodOf } from '../src/core/calendar.ts';
import type { IndicatorFamily } from '../src/core/detect/catalogue.ts';
import { simulateSeries } from '../src/core/detect/simulate.ts';
import type { Random } from '../src/core/random.ts';

export const HISTORY_WEEKS = 104;
export const MONITORED_WEEKS = 104;
export const TOTAL_WEEKS = HISTORY_WEEKS + MONITORED_WEEKS;
/** A Monday; the series' weeks run from here. */
export const FIRST_WEEK = '2021-01-04';
export const WEEK_STARTS = Array.from({ length: TOTAL_WEEKS }, (_, i) => addDays(FIRST_WEEK, 7 * i));

export interface Scenario {
  name: string;
  family: IndicatorFamily;
  /** count: mean events per week; binomial: success probability. */
  level: number;
  /** count: α = 1/r (0 = Poisson); binomial: φ. */
  dispersion: number;
  /** binomial: mean trials per week. */
  meanTrials: number;
}

/** Volumes typical of a product line's weekly new opportunities and closed deals. */
export const SCENARIOS: Scenario[] = [
  { name: 'poisson', family: 'count', level: 25, dispersion: 0, meanTrials: 1 },
  { name: 'nb_r20', family: 'count', level: 40, dispersion: 1 / 20, meanTrials: 1 },
  { name: 'nb_r5', family: 'count', level: 60, dispersion: 1 / 5, meanTrials: 1 },
  { name: 'binomial', family: 'binomial', level: 0.35, dispersion: 1, meanTrials: 30 },
];

export type ChangeShape = 'none' | 'step' | 'ramp';

export interface ChangeSpec {
  shape: ChangeShape;
  /** Fractional decline, e.g. 0.2. */
  size: number;
  /** 0-based index of the first changed week. */
  start: number;
}

/** Ramps reach their full size over this many weeks. */
export const RAMP_WEEKS = 8;

/** Multiplier of the level per week: trend, seasonality and the quarter's first and last two weeks. */
function drawShape(random: Random): Float64Array {
  const trendPerYear = (random.next() - 0.5) * 0.16;
  const amplitude = random.next() * 0.2;
  const phase = random.next() * 2 * Math.PI;
  const quarterEnd = random.next() * 0.3;
  const quarterStart = random.next() * 0.15;
  return Float64Array.from(WEEK_STARTS, (weekStart, i) => {
    const thursday = addDays(weekStart, 3);
    const quarter = periodOf(thursday, 'quarter');
    const isEnd = addDays(thursday, 14) > quarter.end;
    const isStart = addDays(quarter.start, 14) > thursday;
    const edge = isEnd ? 1 + quarterEnd : isStart ? 1 - quarterStart : 1;
    return (
      Math.exp(trendPerYear * (i / 52)) * (1 + amplitude * Math.sin((2 * Math.PI * i) / 52 + phase)) * edge
    );
  });
}

function changeFactor(change: ChangeSpec, i: number): number {
  if (change.shape === 'none' || i < change.start) return 1;
  if (change.shape === 'step') return 1 - change.size;
  return 1 - change.size * Math.min(1, (i - change.start + 1) / RAMP_WEEKS);
}

export interface ScenarioRun {
  y: Float64Array;
  n: Float64Array;
  /** The true pre-change expected value per week (count mean or probability), for the oracle. */
  baseline: Float64Array;
}

export interface RunSpec {
  scenario: Scenario;
  change: ChangeSpec;
  /** Share of weeks replaced by an outlier (×0.4 or ×2.5 of the observation). */
  outlierRate: number;
}

export function simulateRun(spec: RunSpec, random: Random): ScenarioRun {
  const { scenario, change } = spec;
  const shape = drawShape(random);
  const cap = scenario.family === 'binomial' ? 0.95 : Number.POSITIVE_INFINITY;
  const baseline = Float64Array.from(shape, (factor) => Math.min(cap, scenario.level * factor));
  const expected = Float64Array.from(baseline, (value, i) => value * changeFactor(change, i));
  const series = simulateSeries(
    { family: scenario.family, expected, dispersion: scenario.dispersion, meanTrials: scenario.meanTrials },
    random,
  );
  for (let i = 0; i < TOTAL_WEEKS; i++) {
    if (random.next() >= spec.outlierRate) continue;
    const factor = random.next() < 0.5 ? 0.4 : 2.5;
    const cap = scenario.family === 'binomial' ? series.n[i]! : Number.POSITIVE_INFINITY;
    series.y[i] = Math.min(cap, Math.round(series.y[i]! * factor));
  }
  return { ...series, baseline };
}
