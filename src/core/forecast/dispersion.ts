/**
 * How much whole periods deviate from the win curves, measured on the workspace's own past: for every past
 * snapshot day whose next quarter (91 days) is already known, compare the deals won within it with what the
 * workspace-level curves (for that week of the quarter) expect. The variance of log(observed / expected) beyond
 * binomial noise is the period-level variance the simulation must add; on the log-odds scale it is divided by
 * (1 − p̄). A method-of-moments random-effects estimate (as in meta-analysis, DerSimonian–Laird).
 */
import {
  addToHistogram,
  computeWinIncidence,
  createHistogram,
  type EventHistogram,
  shrinkThrough,
} from './incidence.ts';
import { toQuarterMonth } from './quarter-phase.ts';
import { AGE_BUCKET_COUNT, EVENT_WON, type SnapshotRecords, toStageAgeKey } from './snapshots.ts';
import { addTo } from './win-curves.ts';

export const DISPERSION_HORIZON_DAYS = 91;
/** Fewer complete snapshot days than this and the caller keeps its default. */
const MIN_SNAPSHOTS = 13;
/** Cell keys leave room for this many stages. */
const KEY_STRIDE = 1 << 20;

interface RootHistograms {
  stageAge: Map<number, EventHistogram>;
  week: Map<number, EventHistogram>;
  month: Map<number, EventHistogram>;
  pooled: Map<number, EventHistogram>;
  buckets: Map<number, EventHistogram>;
  all: EventHistogram;
}

function collectRootHistograms(records: SnapshotRecords): RootHistograms {
  const histograms: RootHistograms = {
    stageAge: new Map(),
    week: new Map(),
    month: new Map(),
    pooled: new Map(),
    buckets: new Map(),
    all: createHistogram(),
  };
  for (let r = 0; r < records.count; r++) {
    const record: [number, number, number] = [records.dealIndex[r]!, records.timeDays[r]!, records.event[r]!];
    const key = records.cellKey[r]!;
    const week = records.quarterWeek[r]!;
    addTo(histograms.week, week * KEY_STRIDE + key, record);
    addTo(histograms.month, toQuarterMonth(week) * KEY_STRIDE + key, record);
    addTo(histograms.pooled, key, record);
    addTo(histograms.stageAge, toStageAgeKey(key), record);
    addTo(histograms.buckets, key % AGE_BUCKET_COUNT, record);
    addToHistogram(histograms.all, record[0], record[1], record[2]);
  }
  return histograms;
}

export interface DispersionEstimate {
  /** SD of the period-level log-odds shift, or null with too little history. */
  sigma: number | null;
  snapshots: number;
}

/** Estimates the period-level SD of win odds from snapshot records (workspace level). */
export function estimateWinDispersion(records: SnapshotRecords, priorStrength: number): DispersionEstimate {
  const firstStep = Math.ceil(DISPERSION_HORIZON_DAYS / records.spacingDays);
  const histograms = collectRootHistograms(records);
  const all = computeWinIncidence(histograms.all);
  const curves = new Map<number, number>();
  const probabilityOf = (week: number, key: number): number => {
    const cacheKey = week * KEY_STRIDE + key;
    let probability = curves.get(cacheKey);
    if (probability === undefined) {
      const chain = [
        histograms.buckets.get(key % AGE_BUCKET_COUNT),
        histograms.stageAge.get(toStageAgeKey(key)),
        histograms.pooled.get(key),
        histograms.month.get(toQuarterMonth(week) * KEY_STRIDE + key),
        histograms.week.get(cacheKey),
      ];
      probability = shrinkThrough(chain, all, priorStrength)[DISPERSION_HORIZON_DAYS]!;
      curves.set(cacheKey, probability);
    }
    return probability;
  };
  const steps = new Map<number, { expected: number; variance: number; observed: number; count: number }>();
  for (let r = 0; r < records.count; r++) {
    const step = records.step[r]!;
    if (step < firstStep) continue;
    const p = probabilityOf(records.quarterWeek[r]!, records.cellKey[r]!);
    const won = records.event[r] === EVENT_WON && records.timeDays[r]! <= DISPERSION_HORIZON_DAYS ? 1 : 0;
    let totals = steps.get(step);
    if (!totals) {
      totals = { expected: 0, variance: 0, observed: 0, count: 0 };
      steps.set(step, totals);
    }
    totals.expected += p;
    totals.variance += p * (1 - p);
    totals.observed += won;
    totals.count++;
  }
  return summariseDispersion([...steps.values()].filter((totals) => totals.expected >= 5));
}

function summariseDispersion(
  steps: readonly { expected: number; variance: number; observed: number; count: number }[],
): DispersionEstimate {
  if (steps.length < MIN_SNAPSHOTS) return { sigma: null, snapshots: steps.length };
  const ratios = steps.map((step) => Math.log((step.observed + 0.5) / (step.expected + 0.5)));
  const sampling = steps.map((step) => step.variance / step.expected ** 2);
  const mean = ratios.reduce((sum, value) => sum + value, 0) / ratios.length;
  const variance = ratios.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (ratios.length - 1);
  const excess = variance - sampling.reduce((sum, value) => sum + value, 0) / sampling.length;
  const expected = steps.reduce((sum, step) => sum + step.expected, 0);
  const meanProbability = expected / steps.reduce((sum, step) => sum + step.count, 0);
  return { sigma: Math.sqrt(Math.max(0, excess)) / (1 - meanProbability), snapshots: steps.length };
}
