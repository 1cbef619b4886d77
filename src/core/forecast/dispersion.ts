/**
 * How much whole periods deviate from the win curves, measured on the workspace's own past: for every past
 * snapshot day whose next quarter (91 days) is already known, compare the deals won within it with what the
 * workspace-level curves (for that week of the quarter) expect. The variance of log(observed / expected) beyond
 * binomial noise is the period-level variance the simulation must add; on the log-odds scale it is divided by
 * (1 − p̄). A method-of-moments random-effects estimate, made honest and robust two ways:
 * - cross-fitted: snapshot days fall in alternating 13-week blocks, and each block is scored with curves learned
 *   from the other blocks only (in-sample curves would have absorbed the very deviations being measured, and the
 *   out-of-sample error also covers the curves' own estimation error);
 * - robust: the spread is the median absolute deviation (× 1.4826), so a stretch of broken history (e.g. an
 *   import with no closes before some date) does not swamp it.
 */
import {
  addToHistogram,
  computeWinIncidence,
  createHistogram,
  type EventHistogram,
  shrinkThroughAt,
} from './incidence.ts';
import { toQuarterMonth } from './quarter-phase.ts';
import { AGE_BUCKET_COUNT, EVENT_WON, type SnapshotRecords, toStageAgeKey } from './snapshots.ts';
import { addRecordTo } from './win-curves.ts';

export const DISPERSION_HORIZON_DAYS = 91;
/** Fewer complete snapshot days than this and the caller keeps its default. */
const MIN_SNAPSHOTS = 13;
/** Cell keys leave room for this many cells per week of the quarter. */
const KEY_STRIDE = 1 << 20;
const MAD_TO_SD = 1.4826;

interface RootHistograms {
  week: Map<number, EventHistogram>;
  month: Map<number, EventHistogram>;
  pooled: Map<number, EventHistogram>;
  stageAge: Map<number, EventHistogram>;
  buckets: Map<number, EventHistogram>;
  all: EventHistogram;
}

function createRootHistograms(): RootHistograms {
  const maps = () => new Map<number, EventHistogram>();
  return {
    week: maps(),
    month: maps(),
    pooled: maps(),
    stageAge: maps(),
    buckets: maps(),
    all: createHistogram(),
  };
}

function findFold(records: SnapshotRecords, r: number): number {
  return Math.floor((records.step[r]! * records.spacingDays) / DISPERSION_HORIZON_DAYS) % 2;
}

/** Histograms per fold (alternating 13-week blocks of snapshot days). */
function collectFoldHistograms(records: SnapshotRecords): RootHistograms[] {
  const folds = [createRootHistograms(), createRootHistograms()];
  for (let r = 0; r < records.count; r++) {
    const histograms = folds[findFold(records, r)]!;
    const key = records.cellKey[r]!;
    const week = records.quarterWeek[r]!;
    addRecordTo(histograms.week, week * KEY_STRIDE + key, records, r);
    addRecordTo(histograms.month, toQuarterMonth(week) * KEY_STRIDE + key, records, r);
    addRecordTo(histograms.pooled, key, records, r);
    addRecordTo(histograms.stageAge, toStageAgeKey(key), records, r);
    addRecordTo(histograms.buckets, key % AGE_BUCKET_COUNT, records, r);
    addToHistogram(histograms.all, records.dealIndex[r]!, records.timeDays[r]!, records.event[r]!);
  }
  return folds;
}

/** P(won within the horizon) by week of the quarter and cell, from one fold's histograms (memoised). */
function createProbabilityLookup(histograms: RootHistograms, priorStrength: number) {
  const all = computeWinIncidence(histograms.all, DISPERSION_HORIZON_DAYS)[DISPERSION_HORIZON_DAYS]!;
  const cache = new Map<number, number>();
  return (week: number, key: number): number => {
    const cacheKey = week * KEY_STRIDE + key;
    let probability = cache.get(cacheKey);
    if (probability === undefined) {
      const chain = [
        histograms.buckets.get(key % AGE_BUCKET_COUNT),
        histograms.stageAge.get(toStageAgeKey(key)),
        histograms.pooled.get(key),
        histograms.month.get(toQuarterMonth(week) * KEY_STRIDE + key),
        histograms.week.get(cacheKey),
      ];
      probability = shrinkThroughAt(chain, all, priorStrength, DISPERSION_HORIZON_DAYS);
      cache.set(cacheKey, probability);
    }
    return probability;
  };
}

export interface DispersionEstimate {
  /** SD of the period-level log-odds shift, or null with too little history. */
  sigma: number | null;
  snapshots: number;
}

interface StepTotals {
  expected: number;
  variance: number;
  observed: number;
  count: number;
}

/** Estimates the period-level SD of win odds from snapshot records (workspace level). */
export function estimateWinDispersion(records: SnapshotRecords, priorStrength: number): DispersionEstimate {
  const firstStep = Math.ceil(DISPERSION_HORIZON_DAYS / records.spacingDays);
  const lookups = collectFoldHistograms(records).map((fold) => createProbabilityLookup(fold, priorStrength));
  const steps = new Map<number, StepTotals>();
  for (let r = 0; r < records.count; r++) {
    const step = records.step[r]!;
    if (step < firstStep) continue;
    const otherFold = lookups[1 - findFold(records, r)]!;
    const p = otherFold(records.quarterWeek[r]!, records.cellKey[r]!);
    const isWon = records.event[r] === EVENT_WON && records.timeDays[r]! <= DISPERSION_HORIZON_DAYS;
    let totals = steps.get(step);
    if (!totals) {
      totals = { expected: 0, variance: 0, observed: 0, count: 0 };
      steps.set(step, totals);
    }
    totals.expected += p;
    totals.variance += p * (1 - p);
    totals.observed += isWon ? 1 : 0;
    totals.count++;
  }
  return summariseDispersion([...steps.values()].filter((totals) => totals.expected >= 5));
}

function computeMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function summariseDispersion(steps: readonly StepTotals[]): DispersionEstimate {
  if (steps.length < MIN_SNAPSHOTS) return { sigma: null, snapshots: steps.length };
  const ratios = steps.map((step) => Math.log((step.observed + 0.5) / (step.expected + 0.5)));
  const center = computeMedian(ratios);
  const spread = MAD_TO_SD * computeMedian(ratios.map((ratio) => Math.abs(ratio - center)));
  const sampling = computeMedian(steps.map((step) => step.variance / step.expected ** 2));
  const expected = steps.reduce((sum, step) => sum + step.expected, 0);
  const meanProbability = expected / steps.reduce((sum, step) => sum + step.count, 0);
  const excess = Math.max(0, spread * spread - sampling);
  return { sigma: Math.sqrt(excess) / (1 - meanProbability), snapshots: steps.length };
}
