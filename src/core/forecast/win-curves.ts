/**
 * Win curves learned from the workspace's own history, per scope and cell (stage × expected-close hint × age
 * bucket), for the week of the quarter asOf falls in. At the workspace level the chain of priors is: all records →
 * age bucket → stage × age → cell → same month of the quarter → same week of the quarter, each step shrunk toward
 * the one before, so a stage
 * never seen in history (or a workspace without stage history) falls back to age alone and a thin phase to the
 * whole quarter. A child scope's curve is shrunk toward its parent scope's curve for the same cell and phase.
 * CRM default percentages are not used here.
 */
import { parentScope, toScopeKey } from '../scope.ts';
import type { Scope } from '../types.ts';
import {
  addToHistogram,
  computeWinIncidence,
  createHistogram,
  type EventHistogram,
  shrinkThrough,
} from './incidence.ts';
import { listDealIndexesInScope, type PipelineIndex } from './pipeline-index.ts';
import { QUARTER_MONTHS, QUARTER_WEEKS, type QuarterPhaseLookup, toQuarterMonth } from './quarter-phase.ts';
import {
  AGE_BUCKET_COUNT,
  EVENT_CENSORED,
  EVENT_LOST,
  EVENT_WON,
  type SnapshotRecords,
  toStageAgeKey,
} from './snapshots.ts';

export interface ScopeCurves {
  /** P(won within d days) for a deal open on asOf in this cell (snapshots.ts toCellKey). */
  findCellCurve(cellKey: number): Float64Array;
  /** P(won within d days of creation) for a deal created on `createdDay`. */
  findCreationCurve(createdDay: number): Float64Array;
  /** The same over all weeks of the quarter. */
  pooledCreationCurve: Float64Array;
}

export interface WinCurveModel {
  forScope(scope: Scope): ScopeCurves;
}

export interface WinCurveModelInput {
  index: PipelineIndex;
  records: SnapshotRecords;
  phase: QuarterPhaseLookup;
  /** Pseudo-deals given to the prior curve (the beta-binomial prior strength strength). */
  priorStrength: number;
  /** Only deals created in this many days before asOf feed the creation curves. */
  windowDays: number;
  /** The week of the quarter to condition on; default: the week asOf falls in. */
  phaseWeek?: number;
}

/**
 * Histograms by cell key: stage × age with close hints pooled, then the full cell over all phases, in the asOf
 * month of the quarter, and in the asOf week of the quarter.
 */
interface CellHistograms {
  stageAge: Map<number, EventHistogram>;
  pooled: Map<number, EventHistogram>;
  month: Map<number, EventHistogram>;
  week: Map<number, EventHistogram>;
}

interface ScopeHistograms {
  cells: CellHistograms;
  buckets: EventHistogram[];
  all: EventHistogram;
  allCurve?: Float64Array;
  /** By creation week of the quarter, by creation month of the quarter, and pooled. */
  creationWeeks: EventHistogram[];
  creationMonths: EventHistogram[];
  creation: EventHistogram;
}

/** Adds snapshot record r to the histogram under `key`, creating it on first use. */
export function addRecordTo(
  map: Map<number, EventHistogram>,
  key: number,
  records: SnapshotRecords,
  r: number,
) {
  let histogram = map.get(key);
  if (!histogram) {
    histogram = createHistogram();
    map.set(key, histogram);
  }
  addToHistogram(histogram, records.dealIndex[r]!, records.timeDays[r]!, records.event[r]!);
}

function createScopeHistograms(): ScopeHistograms {
  return {
    cells: { stageAge: new Map(), pooled: new Map(), month: new Map(), week: new Map() },
    buckets: Array.from({ length: AGE_BUCKET_COUNT }, createHistogram),
    all: createHistogram(),
    creationWeeks: Array.from({ length: QUARTER_WEEKS }, createHistogram),
    creationMonths: Array.from({ length: QUARTER_MONTHS }, createHistogram),
    creation: createHistogram(),
  };
}

/** One pass over the scope's deals and records; a child scope needs only its week cells and creation curves. */
function collectHistograms(input: WinCurveModelInput, scope: Scope, isRoot: boolean): ScopeHistograms {
  const { index, records, phase } = input;
  const histograms = createScopeHistograms();
  const week = input.phaseWeek ?? phase.findWeek(index.asOfDay);
  const month = toQuarterMonth(week);
  const creationStart = index.asOfDay - input.windowDays;
  for (const dealIndex of listDealIndexesInScope(index, scope)) {
    const item = index.deals[dealIndex]!;
    if (item.createdDay >= creationStart) {
      const event =
        item.closedDay === null ? EVENT_CENSORED : item.deal.outcome === 'won' ? EVENT_WON : EVENT_LOST;
      const time = (item.closedDay ?? index.asOfDay) - item.createdDay;
      const createdWeek = phase.findWeek(item.createdDay);
      addToHistogram(histograms.creationWeeks[createdWeek]!, dealIndex, time, event);
      addToHistogram(histograms.creationMonths[toQuarterMonth(createdWeek)]!, dealIndex, time, event);
      addToHistogram(histograms.creation, dealIndex, time, event);
    }
    for (let r = records.dealStart[dealIndex]!; r < records.dealStart[dealIndex + 1]!; r++) {
      const key = records.cellKey[r]!;
      if (records.quarterWeek[r] === week) addRecordTo(histograms.cells.week, key, records, r);
      if (!isRoot) continue;
      const bucket = key % AGE_BUCKET_COUNT;
      addRecordTo(histograms.cells.stageAge, toStageAgeKey(key), records, r);
      addRecordTo(histograms.cells.pooled, key, records, r);
      if (toQuarterMonth(records.quarterWeek[r]!) === month)
        addRecordTo(histograms.cells.month, key, records, r);
      addToHistogram(histograms.buckets[bucket]!, dealIndex, records.timeDays[r]!, records.event[r]!);
      addToHistogram(histograms.all, dealIndex, records.timeDays[r]!, records.event[r]!);
    }
  }
  return histograms;
}

function shrinkHistogram(histogram: EventHistogram | undefined, prior: Float64Array, priorStrength: number) {
  return shrinkThrough([histogram], prior, priorStrength);
}

function createCellCurve(
  histograms: ScopeHistograms,
  key: number,
  parentCurve: Float64Array | null,
  strength: number,
) {
  const { cells } = histograms;
  if (parentCurve) return shrinkHistogram(cells.week.get(key), parentCurve, strength);
  const chain = [
    histograms.buckets[key % AGE_BUCKET_COUNT],
    cells.stageAge.get(toStageAgeKey(key)),
    cells.pooled.get(key),
    cells.month.get(key),
    cells.week.get(key),
  ];
  histograms.allCurve ??= computeWinIncidence(histograms.all);
  return shrinkThrough(chain, histograms.allCurve, strength);
}

/**
 * Creation curves by week of the quarter. A child scope keeps its own speed (a slow product stays slow): its
 * pooled curve shrinks toward the parent's pooled curve, and its month and week curves toward its own pooled one.
 */
function createCreationCurves(histograms: ScopeHistograms, parent: ScopeCurves | null, strength: number) {
  const root = computeWinIncidence(histograms.creation);
  const pooled = parent ? shrinkHistogram(histograms.creation, parent.pooledCreationCurve, strength) : root;
  const months = histograms.creationMonths.map((month) => shrinkHistogram(month, pooled, strength));
  const weeks = histograms.creationWeeks.map((week, i) =>
    shrinkHistogram(week, months[toQuarterMonth(i)]!, strength),
  );
  return { pooled, weeks };
}

interface ScopeCurvesInput {
  model: WinCurveModelInput;
  scope: Scope;
  parent: ScopeCurves | null;
}

function createScopeCurves({ model: input, scope, parent }: ScopeCurvesInput): ScopeCurves {
  const histograms = collectHistograms(input, scope, parent === null);
  const strength = input.priorStrength;
  const cache = new Map<number, Float64Array>();
  const creation = createCreationCurves(histograms, parent, strength);
  return {
    findCellCurve(key) {
      let curve = cache.get(key);
      if (!curve) {
        curve = createCellCurve(histograms, key, parent ? parent.findCellCurve(key) : null, strength);
        cache.set(key, curve);
      }
      return curve;
    },
    findCreationCurve: (createdDay) => creation.weeks[input.phase.findWeek(createdDay)]!,
    pooledCreationCurve: creation.pooled,
  };
}

/** Learns curves lazily, one scope at a time, each scope's parents first; memoised per scope. */
export function createWinCurveModel(input: WinCurveModelInput): WinCurveModel {
  const byScope = new Map<string, ScopeCurves>();
  const forScope = (scope: Scope): ScopeCurves => {
    const key = toScopeKey(scope);
    let curves = byScope.get(key);
    if (!curves) {
      const parent = parentScope(scope);
      curves = createScopeCurves({
        model: input,
        scope,
        parent: parent ? forScope(parent) : null,
      });
      byScope.set(key, curves);
    }
    return curves;
  };
  return { forScope };
}
