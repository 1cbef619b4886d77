/**
 * The statistics the detection-gap benchmark compares on one simulated series: the same weekly observations
 * seen through the true baseline or an estimated one, with the true shift size or our grid of sizes.
 */
import { CALENDAR_YEAR } from '../src/core/calendar.ts';
import { computeWeekFeatures } from '../src/core/detect/baseline-design.ts';
import { computeLinearLlr, type WeekModel } from '../src/core/detect/likelihood.ts';
import { MONITOR_DEFAULTS, type MonitorSettings, planMonitor } from '../src/core/detect/monitor.ts';
import type { IncrementPaths } from '../src/core/detect/statistic.ts';
import { estimateKnownShape } from './detect-gap-known-shape.ts';
import {
  HISTORY_WEEKS,
  MONITORED_WEEKS,
  type Scenario,
  type ScenarioRun,
  WEEK_STARTS,
} from './detect-scenarios.ts';

const FEATURES = computeWeekFeatures(WEEK_STARTS, CALENDAR_YEAR);
/** A lag longer than the series: every monitored week uses the fit on the 104 history weeks. */
const FROZEN: MonitorSettings = { ...MONITOR_DEFAULTS, lagWeeks: 10_000 };

/**
 * Which baseline a statistic compares the observations with: the truth; production's estimate (refitted) or
 * its history-only fit (frozen); the true shape with the level (levelOnly) or level and trend (levelTrend)
 * estimated as production would.
 */
export type BaselineView = 'true' | 'refitted' | 'frozen' | 'levelOnly' | 'levelTrend';

/** Per monitored week, the baseline model of each view. */
export type RunViews = Record<BaselineView, WeekModel[]>;

function planModels(scenario: Scenario, run: ScenarioRun, settings: MonitorSettings): WeekModel[] {
  return planMonitor({
    family: scenario.family,
    badDirection: 'down',
    method: 'cusum',
    features: FEATURES,
    y: run.y,
    n: run.n,
    historyFrom: 0,
    monitorFrom: HISTORY_WEEKS,
    settings,
  }).models;
}

/** The true baseline, production's (refitted on the refit grid) and the history-only fit, per monitored week. */
export function computeViews(scenario: Scenario, run: ScenarioRun): RunViews {
  const truth = Array.from({ length: MONITORED_WEEKS }, (_, k): WeekModel => {
    const i = HISTORY_WEEKS + k;
    const n = scenario.family === 'count' ? 1 : run.n[i]!;
    return { family: scenario.family, expected: run.baseline[i]!, n, dispersion: scenario.dispersion };
  });
  return {
    true: truth,
    levelOnly: estimateKnownShape(truth, run, false),
    levelTrend: estimateKnownShape(truth, run, true),
    refitted: planModels(scenario, run, MONITOR_DEFAULTS),
    frozen: planModels(scenario, run, FROZEN),
  };
}

/** Chart-major log-likelihood-ratio increments of `ratios` against `models` for the monitored observations. */
export function computeIncrements(
  models: readonly WeekModel[],
  ratios: readonly number[],
  y: ArrayLike<number>,
): IncrementPaths {
  const weeks = models.length;
  const increments = new Float64Array(ratios.length * weeks);
  ratios.forEach((ratio, c) => {
    models.forEach((model, k) => {
      const llr = computeLinearLlr(model, ratio);
      increments[c * weeks + k] = llr.slope * y[HISTORY_WEEKS + k]! + llr.intercept;
    });
  });
  return { increments, weeks };
}
