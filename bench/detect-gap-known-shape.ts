/**
 * Baselines that know the true seasonal and quarter shape and estimate only the level (and the trend), on
 * production's refit schedule and window: the best an estimator of that much data could do for those terms.
 * They bound how much of the delay gap a better estimation of the *same* model from one series could remove.
 */
import type { WeekModel } from '../src/core/detect/likelihood.ts';
import { MONITOR_DEFAULTS } from '../src/core/detect/monitor.ts';
import { HISTORY_WEEKS, type ScenarioRun } from './detect-scenarios.ts';

/** Production's ridge prior on the trend (SD 10 % a year), as precision. */
const TREND_PRIOR_PRECISION = 1 / 0.1 ** 2;

/** First week index after the history of the fit serving week `index`: production's lag and refit grid. */
function findAnchor(index: number): number {
  const { lagWeeks, refitWeeks } = MONITOR_DEFAULTS;
  return Math.max(HISTORY_WEEKS, Math.floor((index - lagWeeks) / refitWeeks) * refitWeeks);
}

interface LevelFit {
  /** log of the level against the true shape, at the anchor. */
  level: number;
  /** log change per year. */
  trend: number;
}

/**
 * Fisher scoring for log μ_i = log(shape_i) + a + b·(i − anchor)/52 under a negative binomial (α) or Poisson
 * likelihood (binomial successes are treated as counts with exposure n·p: close enough for a bound).
 */
function fitLevel(
  run: ScenarioRun,
  input: { anchor: number; dispersion: number; hasTrend: boolean },
): LevelFit {
  const from = Math.max(0, input.anchor - MONITOR_DEFAULTS.maxHistoryWeeks);
  let a = 0;
  let b = 0;
  for (let step = 0; step < 8; step++) {
    let ga = 0;
    let gb = -TREND_PRIOR_PRECISION * b;
    let haa = 0;
    let hab = 0;
    let hbb = TREND_PRIOR_PRECISION;
    for (let i = from; i < input.anchor; i++) {
      const x = (i - input.anchor) / 52;
      const mu = run.baseline[i]! * run.n[i]! * Math.exp(a + b * x);
      const weight = 1 / (1 + input.dispersion * mu);
      const residual = (run.y[i]! - mu) * weight;
      ga += residual;
      gb += residual * x;
      haa += mu * weight;
      hab += mu * weight * x;
      hbb += mu * weight * x * x;
    }
    if (!input.hasTrend) {
      a += ga / haa;
      continue;
    }
    const det = haa * hbb - hab * hab;
    a += (hbb * ga - hab * gb) / det;
    b += (haa * gb - hab * ga) / det;
  }
  return { level: a, trend: b };
}

/** The true baseline scaled by the estimated level (and trend) of each refit, per monitored week. */
export function estimateKnownShape(
  truth: readonly WeekModel[],
  run: ScenarioRun,
  hasTrend: boolean,
): WeekModel[] {
  const fits = new Map<number, LevelFit>();
  const dispersion = truth[0]?.family === 'count' ? (truth[0]?.dispersion ?? 0) : 0;
  return truth.map((model, k) => {
    const index = HISTORY_WEEKS + k;
    const anchor = findAnchor(index);
    const fit = fits.get(anchor) ?? fitLevel(run, { anchor, dispersion, hasTrend });
    fits.set(anchor, fit);
    const scaled = model.expected * Math.exp(fit.level + (fit.trend * (index - anchor)) / 52);
    return { ...model, expected: model.family === 'binomial' ? Math.min(0.999, scaled) : scaled };
  });
}
