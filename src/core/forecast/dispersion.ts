/**
 * How much whole periods deviate from the win curves, measured on the workspace's own past: for every past
 * snapshot day, compare the deals won in the rest of its fiscal quarter (once that is over) with what the
 * workspace-level curves (for that week of the quarter) expect — the situation of a forecast on that day. The variance of log(observed / expected) beyond
 * binomial noise is the period-level variance the simulation must add; on the log-odds scale it is divided by
 * (1 − p̄). A method-of-moments random-effects estimate, made honest and robust two ways:
 * - cross-fitted: snapshot days fall in odd and even quarters, and each is scored with curves learned from the
 *   other only (in-sample curves would have absorbed the very deviations being measured, and the
 *   out-of-sample error also covers the curves' own estimation error);
 * - robust: the spread is the median absolute deviation (× 1.4826), so a stretch of broken history (e.g. an
 *   import with no closes before some date) does not swamp it.
 */
import {
  addToHistogram,
  computeWinIncidence,
  createHistogram,
  type EventHistogram,
  HORIZON_DAYS,
  shrinkThroughAt,
} from './incidence.ts';
import { type QuarterPhaseLookup, toQuarterMonth } from './quarter-phase.ts';
import { AGE_BUCKET_COUNT, EVENT_WON, type SnapshotRecords, toStageAgeKey } from './snapshots.ts';
import { addRecordTo } from './win-curves.ts';

/** Rests of quarters shorter than this carry too little signal and are left out. */
const MIN_WINDOW_DAYS = 28;
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

/** Per snapshot step: the fold (parity of its quarter) and the days from the snapshot to its quarter's end. */
interface StepWindow {
  fold: number;
  windowDays: number;
}

function listStepWindows(records: SnapshotRecords, phase: QuarterPhaseLookup, asOfDay: number): StepWindow[] {
  const windows: StepWindow[] = [];
  for (let r = 0; r < records.count; r++) {
    const step = records.step[r]!;
    if (windows[step]) continue;
    const day = asOfDay - step * records.spacingDays;
    const quarterEnd = phase.findQuarterEnd(day);
    // Quarter ends are 90–92 days apart, so this counts quarters.
    windows[step] = { fold: Math.round(quarterEnd / 91.3125) % 2, windowDays: quarterEnd - day };
  }
  return windows;
}

/** Histograms per fold (odd and even quarters of the snapshot days). */
function collectFoldHistograms(records: SnapshotRecords, windows: readonly StepWindow[]): RootHistograms[] {
  const folds = [createRootHistograms(), createRootHistograms()];
  for (let r = 0; r < records.count; r++) {
    const histograms = folds[windows[records.step[r]!]?.fold ?? 0]!;
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

/** P(won within `days`) by week of the quarter and cell, from one fold's histograms (memoised). */
function createProbabilityLookup(histograms: RootHistograms, priorStrength: number) {
  const all = computeWinIncidence(histograms.all);
  const cache = new Map<number, number>();
  return (week: number, key: number, days: number): number => {
    const cacheKey = week * KEY_STRIDE + key;
    const dayKey = cacheKey * 512 + days;
    let probability = cache.get(dayKey);
    if (probability === undefined) {
      const chain = [
        histograms.buckets.get(key % AGE_BUCKET_COUNT),
        histograms.stageAge.get(toStageAgeKey(key)),
        histograms.pooled.get(key),
        histograms.month.get(toQuarterMonth(week) * KEY_STRIDE + key),
        histograms.week.get(cacheKey),
      ];
      probability = shrinkThroughAt(chain, all[days]!, priorStrength, days);
      cache.set(dayKey, probability);
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
  /** Σ p_window · p_ever: weights the eventual win probability of the deals that carry the expectation. */
  eventualWeighted: number;
}

export interface DispersionInput {
  records: SnapshotRecords;
  phase: QuarterPhaseLookup;
  asOfDay: number;
  priorStrength: number;
}

/** Estimates the period-level SD of win odds from snapshot records (workspace level). */
export function estimateWinDispersion({
  records,
  phase,
  asOfDay,
  priorStrength,
}: DispersionInput): DispersionEstimate {
  const windows = listStepWindows(records, phase, asOfDay);
  const lookups = collectFoldHistograms(records, windows).map((fold) =>
    createProbabilityLookup(fold, priorStrength),
  );
  const steps = new Map<number, StepTotals>();
  for (let r = 0; r < records.count; r++) {
    const step = records.step[r]!;
    const window = windows[step];
    // Only rests of quarters that are over by asOf (step · spacing ≥ window) and long enough.
    if (!window || window.windowDays < MIN_WINDOW_DAYS || window.windowDays > step * records.spacingDays)
      continue;
    const lookup = lookups[1 - window.fold]!;
    const p = lookup(records.quarterWeek[r]!, records.cellKey[r]!, window.windowDays);
    const eventual = lookup(records.quarterWeek[r]!, records.cellKey[r]!, HORIZON_DAYS);
    const isWon = records.event[r] === EVENT_WON && records.timeDays[r]! <= window.windowDays;
    let totals = steps.get(step);
    if (!totals) {
      totals = { expected: 0, variance: 0, observed: 0, eventualWeighted: 0 };
      steps.set(step, totals);
    }
    totals.expected += p;
    totals.variance += p * (1 - p);
    totals.observed += isWon ? 1 : 0;
    totals.eventualWeighted += p * eventual;
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
  // A log-odds shift δ moves the chance of a win by about δ·(1 − p∞) on the log scale (as in nowcast.ts).
  const eventual = steps.reduce((sum, step) => sum + step.eventualWeighted, 0) / expected;
  const excess = Math.max(0, spread * spread - sampling);
  return { sigma: Math.sqrt(excess) / Math.max(0.05, 1 - eventual), snapshots: steps.length };
}
