/**
 * Seeded pseudo-random numbers for simulations (Monte Carlo forecast, threshold calibration, demo data), so that a
 * scan, a benchmark and the demo are reproducible. Core code never calls Math.random.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
}

/** sfc32 seeded through splitmix32: fast, 128-bit state, passes PractRand far beyond our needs. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return {
    next() {
      const t = (((a + b) >>> 0) + d) >>> 0;
      d = (d + 1) >>> 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) >>> 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) >>> 0;
      return t / 4_294_967_296;
    },
  };
}

/** Derives an independent stream for a named sub-task, so adding draws in one place does not shift another. */
export function deriveSeed(seed: number, label: string): number {
  let hash = seed >>> 0;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export function sampleUniformInt(random: Random, minInclusive: number, maxInclusive: number): number {
  return minInclusive + Math.floor(random.next() * (maxInclusive - minInclusive + 1));
}

/** Standard normal by Box–Muller (one value per call; the pair's second value is discarded for simplicity). */
export function sampleNormal(random: Random, mean = 0, sd = 1): number {
  const u = 1 - random.next();
  const v = random.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Poisson: Knuth's product method for small means, a rounded normal approximation above 60. */
export function samplePoisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) return Math.max(0, Math.round(sampleNormal(random, mean, Math.sqrt(mean))));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random.next();
  while (product > limit) {
    count++;
    product *= random.next();
  }
  return count;
}

/** Gamma(shape, scale) by Marsaglia–Tsang (2000), with the shape < 1 boost. */
export function sampleGamma(random: Random, shape: number, scale = 1): number {
  if (shape < 1) return sampleGamma(random, shape + 1, scale) * random.next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleNormal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
  }
}

/** Negative binomial with mean `mean` and size `r` (variance mean + mean²/r), as a gamma–Poisson mixture. */
export function sampleNegativeBinomial(random: Random, mean: number, r: number): number {
  if (mean <= 0) return 0;
  return samplePoisson(random, sampleGamma(random, r, mean / r));
}

/** Binomial by direct trials for small n, normal approximation for large n·p·(1−p). */
export function sampleBinomial(random: Random, trials: number, probability: number): number {
  if (trials <= 0 || probability <= 0) return 0;
  if (probability >= 1) return trials;
  const variance = trials * probability * (1 - probability);
  if (trials > 200 && variance > 25) {
    const draw = Math.round(sampleNormal(random, trials * probability, Math.sqrt(variance)));
    return Math.min(trials, Math.max(0, draw));
  }
  let successes = 0;
  for (let i = 0; i < trials; i++) if (random.next() < probability) successes++;
  return successes;
}

export function sampleBeta(random: Random, alpha: number, beta: number): number {
  const x = sampleGamma(random, alpha);
  return x / (x + sampleGamma(random, beta));
}

/** Picks an index with probability proportional to its weight. */
export function sampleWeightedIndex(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let threshold = random.next() * total;
  for (let i = 0; i < weights.length; i++) {
    threshold -= weights[i]!;
    if (threshold < 0) return i;
  }
  return weights.length - 1;
}

export function samplePick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('Cannot pick from an empty list');
  return items[Math.floor(random.next() * items.length)]!;
}
