/**
 * The seasonal baseline of one series: fitted on a window of history weeks, then predicted forward. It is what
 * "normal" looks like for a week: the expected count, rate or mean log value, and the dispersion around it.
 */
import {
  buildDesignRow,
  chooseTerms,
  countCoefficients,
  type DesignContext,
  listPriorPrecisions,
  type WeekFeatures,
} from './baseline-design.ts';
import type { IndicatorFamily } from './catalogue.ts';
import { fitGlm, type GlmFamily, predictLinear } from './glm.ts';

export interface BaselineFit extends DesignContext {
  family: IndicatorFamily;
  coefficients: number[];
  /**
   * count: overdispersion α, variance μ + αμ² (0 = Poisson, α = 1/r of the negative binomial);
   * binomial: φ ≥ 1, variance φ·np(1−p); log_gaussian: σ² of one log value.
   */
  dispersion: number;
  historyWeeks: number;
}

export interface BaselineInput {
  family: IndicatorFamily;
  features: WeekFeatures;
  y: ArrayLike<number>;
  n: ArrayLike<number>;
  /** History is the weeks with index in [from, to). */
  from: number;
  to: number;
}

const GLM_FAMILY: Record<IndicatorFamily, GlmFamily> = {
  count: 'poisson',
  binomial: 'binomial',
  log_gaussian: 'gaussian',
};

/** Huber's tuning constant on standardised residuals: 3 keeps ~99 % efficiency and stops single outliers. */
const HUBER_C = 3;
/** Dispersion bounds: beyond them the data say "no information" rather than "very noisy". */
const MAX_OVERDISPERSION = 2;
const MAX_PHI = 10;
/**
 * σ² floor for log values (σ = 1 %): a metric that never moved in its history would otherwise alarm on any
 * rounding; calibration keys use the same floor.
 */
export const MIN_LOG_VARIANCE = 1e-4;

function toNaturalScale(family: IndicatorFamily, eta: number): number {
  if (family === 'count') return Math.exp(eta);
  if (family === 'binomial') return 1 / (1 + Math.exp(-eta));
  return eta;
}

/** The expected value of week `i` on the family's natural scale (count, probability, mean log). */
export function predictBaseline(fit: BaselineFit, i: number): number {
  return toNaturalScale(fit.family, predictLinear(buildDesignRow(fit, i), fit.coefficients));
}

/** The history as the fit sees it: design rows and observations of the window, with working state. */
interface HistoryWindow {
  family: IndicatorFamily;
  /** Number of coefficients, for the degrees-of-freedom correction. */
  parameters: number;
  rows: Float64Array[];
  y: Float64Array;
  n: Float64Array;
  expected: Float64Array;
}

function updateExpected(window: HistoryWindow, coefficients: readonly number[]): void {
  window.rows.forEach((row, k) => {
    window.expected[k] = toNaturalScale(window.family, predictLinear(row, coefficients));
  });
}

/** Pearson residual of row k at the given dispersion, or NaN when the week has no data. */
function computePearson(window: HistoryWindow, row: { k: number; dispersion: number }): number {
  const { k, dispersion } = row;
  const expected = window.expected[k]!;
  const y = window.y[k]!;
  const n = window.n[k]!;
  if (window.family === 'count')
    return (y - expected) / Math.sqrt(expected * (1 + dispersion * expected) + 1e-9);
  if (n <= 0) return Number.NaN;
  if (window.family === 'binomial')
    return (y - n * expected) / Math.sqrt(n * expected * (1 - expected) + 1e-9);
  return ((y - expected) * Math.sqrt(n)) / Math.sqrt(dispersion);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Huber weights from residuals standardised by a robust scale (MAD), never below the model's own scale. */
function computeHuberWeights(window: HistoryWindow, dispersion: number): Float64Array {
  const residuals = window.rows.map((_, k) => computePearson(window, { k, dispersion }));
  const finite = residuals.filter((value) => Number.isFinite(value)).map(Math.abs);
  const floor = window.family === 'log_gaussian' ? 1e-9 : 1;
  const scale = Math.max(1.4826 * median(finite.length > 0 ? finite : [1]), floor);
  return Float64Array.from(residuals, (residual) =>
    Number.isFinite(residual) ? Math.min(1, (HUBER_C * scale) / Math.max(Math.abs(residual), 1e-12)) : 0,
  );
}

/** Moment estimate of the dispersion from weighted residuals, with a degrees-of-freedom correction. */
function estimateDispersion(window: HistoryWindow, weights: Float64Array): number {
  let excess = 0;
  let scale = 0;
  let total = 0;
  window.rows.forEach((_, k) => {
    const w = weights[k]!;
    const expected = window.expected[k]!;
    const y = window.y[k]!;
    const n = window.n[k]!;
    if (window.family !== 'count' && n <= 0) return;
    total += w;
    if (window.family === 'count') {
      excess += w * ((y - expected) ** 2 - expected);
      scale += w * expected * expected;
    } else if (window.family === 'binomial') {
      excess += (w * (y - n * expected) ** 2) / (n * expected * (1 - expected) + 1e-9);
    } else excess += w * n * (y - expected) ** 2;
  });
  const correction = total / Math.max(1, total - window.parameters);
  if (window.family === 'count') {
    return Math.min(MAX_OVERDISPERSION, Math.max(0, (excess * correction) / (scale || 1)));
  }
  const perWeek = (excess * correction) / Math.max(1, total);
  return window.family === 'binomial'
    ? Math.min(MAX_PHI, Math.max(1, perWeek))
    : Math.max(perWeek, MIN_LOG_VARIANCE);
}

function createWindow(input: BaselineInput, context: DesignContext): HistoryWindow {
  const length = input.to - input.from;
  const rows = Array.from({ length }, (_, k) => buildDesignRow(context, input.from + k));
  const y = Float64Array.from({ length }, (_, k) => input.y[input.from + k]!);
  const n = Float64Array.from({ length }, (_, k) =>
    input.family === 'count' ? 1 : input.n[input.from + k]!,
  );
  const parameters = countCoefficients(context.terms);
  return { family: input.family, parameters, rows, y, n, expected: new Float64Array(length) };
}

/**
 * Fits the baseline on the history window: a first pass, Huber weights and the dispersion from its residuals,
 * then a second pass with those weights (and negative binomial weights for overdispersed counts).
 */
export function estimateBaseline(input: BaselineInput): BaselineFit {
  const historyWeeks = input.to - input.from;
  const terms = chooseTerms(historyWeeks);
  const context: DesignContext = {
    features: input.features,
    terms,
    originWeek: input.features.weekNumbers[input.to - 1]! + 1,
  };
  const window = createWindow(input, context);
  const glm = {
    family: GLM_FAMILY[input.family],
    design: window.rows,
    y: window.y,
    n: window.n,
    priorPrecision: listPriorPrecisions(terms),
  };
  const first = fitGlm(glm);
  updateExpected(window, first);
  const unweighted = new Float64Array(historyWeeks).fill(1);
  const rough = estimateDispersion(window, unweighted);
  const weights = computeHuberWeights(window, rough);
  const overdispersion = input.family === 'count' ? estimateDispersion(window, weights) : 0;
  const coefficients = fitGlm({ ...glm, overdispersion, rowWeights: weights, start: first });
  updateExpected(window, coefficients);
  const dispersion = estimateDispersion(window, weights);
  return { ...context, family: input.family, coefficients, dispersion, historyWeeks };
}
