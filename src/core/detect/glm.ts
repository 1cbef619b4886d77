/**
 * Penalised iteratively reweighted least squares for the three baseline families: log-link counts (Poisson,
 * or negative binomial weights when overdispersion is known), logit-link binomial rates, and weighted Gaussian
 * means. A ridge prior per coefficient keeps thin histories from producing wild seasonal or trend terms, and
 * Huber weights keep one outlier week from moving the baseline.
 */

export type GlmFamily = 'poisson' | 'binomial' | 'gaussian';

export interface GlmInput {
  family: GlmFamily;
  /** Rows of the design matrix; every row has the same length. */
  design: readonly Float64Array[];
  /** Counts, successes, or the week's mean log value. */
  y: ArrayLike<number>;
  /** Binomial trials or Gaussian weights (number of values); ignored for counts. */
  n: ArrayLike<number>;
  /** Prior precision per coefficient (1 / prior variance); 0 leaves it free. */
  priorPrecision: readonly number[];
  /** Count overdispersion α (variance μ + αμ²); 0 = Poisson. */
  overdispersion?: number;
  /** Extra weight per row (Huber weights from a first pass), default 1. */
  rowWeights?: ArrayLike<number>;
  start?: readonly number[];
}

const MAX_ITERATIONS = 30;
/** On the link scale: 1e-6 is a relative change of one in a million in the expected value. */
const TOLERANCE = 1e-6;

/** Solves A x = b for a symmetric positive definite A (Cholesky); A is p×p row-major, p = b.length. */
export function solveSymmetric(matrix: Float64Array, rhs: Float64Array): Float64Array {
  const size = rhs.length;
  const lower = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * size + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * size + k]! * lower[j * size + k]!;
      // A tiny floor keeps a rank-deficient design (a term with no variation yet) solvable.
      lower[i * size + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / lower[j * size + j]!;
    }
  }
  const forward = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = rhs[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i * size + k]! * forward[k]!;
    forward[i] = sum / lower[i * size + i]!;
  }
  const solution = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = forward[i]!;
    for (let k = i + 1; k < size; k++) sum -= lower[k * size + i]! * solution[k]!;
    solution[i] = sum / lower[i * size + i]!;
  }
  return solution;
}

/**
 * Working weight and working response z = η + (y − μ)·dη/dμ of one row at linear predictor `eta`, written into
 * `out`. Positional parameters and no allocation on purpose: this runs for every row of every IRLS step of every
 * calibration run.
 */
function evaluateRow(input: GlmInput, eta: number, row: number, out: Float64Array): void {
  const y = input.y[row]!;
  const n = input.n[row]!;
  if (input.family === 'gaussian') {
    out[0] = n;
    out[1] = y;
  } else if (input.family === 'binomial') {
    const p = 1 / (1 + Math.exp(-eta));
    const variance = p * (1 - p);
    out[0] = n * variance;
    out[1] = n > 0 ? eta + (y / n - p) / variance : eta;
  } else {
    const mean = Math.exp(eta);
    out[0] = mean / (1 + (input.overdispersion ?? 0) * mean);
    out[1] = eta + (y - mean) / mean;
  }
}

function initialCoefficients(input: GlmInput, size: number): number[] {
  if (input.start) return [...input.start];
  let sumY = 0;
  let sumN = 0;
  for (let i = 0; i < input.design.length; i++) {
    const n = input.family === 'poisson' ? 1 : input.n[i]!;
    sumY += input.family === 'gaussian' ? input.y[i]! * n : input.y[i]!;
    sumN += n;
  }
  const coefficients = new Array<number>(size).fill(0);
  if (input.family === 'poisson') coefficients[0] = Math.log((sumY + 0.5) / (sumN + 1));
  else if (input.family === 'binomial') coefficients[0] = Math.log((sumY + 0.5) / (sumN - sumY + 0.5));
  else coefficients[0] = sumN > 0 ? sumY / sumN : 0;
  return coefficients;
}

/** One IRLS step: the penalised weighted least-squares solution at the current coefficients. */
function stepCoefficients(input: GlmInput, coefficients: readonly number[]): Float64Array {
  const size = coefficients.length;
  const normal = new Float64Array(size * size);
  const rhs = new Float64Array(size);
  const working = new Float64Array(2);
  for (let row = 0; row < input.design.length; row++) {
    const x = input.design[row]!;
    let eta = 0;
    for (let j = 0; j < size; j++) eta += x[j]! * coefficients[j]!;
    evaluateRow(input, eta, row, working);
    const weight = working[0]! * (input.rowWeights ? input.rowWeights[row]! : 1);
    if (!(weight > 0)) continue;
    const z = working[1]!;
    for (let i = 0; i < size; i++) {
      const wx = weight * x[i]!;
      rhs[i]! += wx * z;
      const offset = i * size;
      for (let j = 0; j <= i; j++) normal[offset + j]! += wx * x[j]!;
    }
  }
  for (let i = 0; i < size; i++) {
    normal[i * size + i]! += input.priorPrecision[i] ?? 0;
    for (let j = 0; j < i; j++) normal[j * size + i] = normal[i * size + j]!;
  }
  return solveSymmetric(normal, rhs);
}

/** Fits the coefficients (maximum a posteriori under the ridge prior). */
export function fitGlm(input: GlmInput): number[] {
  const size = input.design[0]?.length ?? 0;
  let coefficients = initialCoefficients(input, size);
  if (size === 0) return coefficients;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = Array.from(stepCoefficients(input, coefficients));
    // Clamp the linear predictor's scale: a series of zeros drives a log-link intercept to −∞.
    next[0] = Math.max(-30, Math.min(30, next[0]!));
    let change = 0;
    for (let j = 0; j < size; j++) change = Math.max(change, Math.abs(next[j]! - coefficients[j]!));
    coefficients = next;
    if (change < TOLERANCE || input.family === 'gaussian') break;
  }
  return coefficients;
}

/** The linear predictor xᵀβ of one design row. */
export function predictLinear(row: Float64Array, coefficients: readonly number[]): number {
  let eta = 0;
  for (let j = 0; j < coefficients.length; j++) eta += row[j]! * coefficients[j]!;
  return eta;
}
