/**
 * Win curves learned from the workspace's own history, per scope and cell (stage × age bucket), shrunk toward
 * the parent scope's curve for the same cell. At the workspace level a cell shrinks toward its age bucket over all
 * stages, and that toward all records, so a stage never seen in history (or a workspace without stage history)
 * falls back to age alone. CRM default percentages are not used here.
 */
import { isWithinScope, parentScope, toScopeKey } from '../scope.ts';
import type { Scope } from '../types.ts';
import {
  addToHistogram,
  computeWinIncidence,
  createHistogram,
  type EventHistogram,
  shrinkCurve,
} from './incidence.ts';
import type { PipelineIndex } from './pipeline-index.ts';
import {
  AGE_BUCKET_COUNT,
  EVENT_CENSORED,
  EVENT_LOST,
  EVENT_WON,
  type SnapshotRecords,
} from './snapshots.ts';

export interface ScopeCurves {
  /** P(won within d days) for an open deal in this stage and age bucket. */
  findCellCurve(stageId: number, ageBucket: number): Float64Array;
  /** P(won within d days of creation) for a new deal. */
  creationCurve: Float64Array;
  /** Distinct deals behind the scope's snapshot records. */
  deals: number;
}

export interface WinCurveModel {
  forScope(scope: Scope): ScopeCurves;
}

export interface WinCurveModelInput {
  index: PipelineIndex;
  records: SnapshotRecords;
  /** Pseudo-deals given to the parent's curve (the beta-binomial prior strength κ). */
  priorStrength: number;
  /** Only deals created in this many days before asOf feed the creation curve. */
  windowDays: number;
}

interface ScopeHistograms {
  cells: Map<number, EventHistogram>;
  buckets: EventHistogram[];
  all: EventHistogram;
  creation: EventHistogram;
}

function collectHistograms(input: WinCurveModelInput, scope: Scope): ScopeHistograms {
  const { index, records } = input;
  const histograms: ScopeHistograms = {
    cells: new Map(),
    buckets: Array.from({ length: AGE_BUCKET_COUNT }, createHistogram),
    all: createHistogram(),
    creation: createHistogram(),
  };
  const creationStart = index.asOfDay - input.windowDays;
  index.deals.forEach((item, dealIndex) => {
    if (!isWithinScope(item.scope, scope)) return;
    if (item.createdDay >= creationStart) {
      const isOpen = item.closedDay === null;
      const time = (item.closedDay ?? index.asOfDay) - item.createdDay;
      const event = isOpen ? EVENT_CENSORED : item.deal.outcome === 'won' ? EVENT_WON : EVENT_LOST;
      addToHistogram(histograms.creation, dealIndex, time, event);
    }
    for (let r = records.dealStart[dealIndex]!; r < records.dealStart[dealIndex + 1]!; r++) {
      const bucket = records.ageBucket[r]!;
      const key = records.stageId[r]! * AGE_BUCKET_COUNT + bucket;
      let cell = histograms.cells.get(key);
      if (!cell) {
        cell = createHistogram();
        histograms.cells.set(key, cell);
      }
      const time = records.timeDays[r]!;
      const event = records.event[r]!;
      addToHistogram(cell, dealIndex, time, event);
      addToHistogram(histograms.buckets[bucket]!, dealIndex, time, event);
      addToHistogram(histograms.all, dealIndex, time, event);
    }
  });
  return histograms;
}

function shrinkHistogram(histogram: EventHistogram | undefined, parent: Float64Array, priorStrength: number) {
  if (!histogram) return parent;
  return shrinkCurve(computeWinIncidence(histogram), histogram.deals, parent, priorStrength);
}

function createScopeCurves(input: WinCurveModelInput, scope: Scope, parent: ScopeCurves | null): ScopeCurves {
  const histograms = collectHistograms(input, scope);
  const { priorStrength } = input;
  const rootAll = computeWinIncidence(histograms.all);
  const rootBuckets = parent
    ? []
    : histograms.buckets.map((bucket) => shrinkHistogram(bucket, rootAll, priorStrength));
  const cache = new Map<number, Float64Array>();
  return {
    findCellCurve(stageId, ageBucket) {
      const key = stageId * AGE_BUCKET_COUNT + ageBucket;
      let curve = cache.get(key);
      if (!curve) {
        const prior = parent ? parent.findCellCurve(stageId, ageBucket) : rootBuckets[ageBucket]!;
        curve = shrinkHistogram(histograms.cells.get(key), prior, priorStrength);
        cache.set(key, curve);
      }
      return curve;
    },
    creationCurve: parent
      ? shrinkHistogram(histograms.creation, parent.creationCurve, priorStrength)
      : computeWinIncidence(histograms.creation),
    deals: histograms.all.deals,
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
      curves = createScopeCurves(input, scope, parent ? forScope(parent) : null);
      byScope.set(key, curves);
    }
    return curves;
  };
  return { forScope };
}
