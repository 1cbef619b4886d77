/**
 * Past pipeline snapshots: every deal open on a past snapshot day becomes one record of its state then (stage,
 * age) and what happened next (won or lost after so many days, or still open on asOf: censored). These records
 * are what win probabilities and times to close are learned from. Records of one deal are contiguous.
 */
import { findStageIdOnDay, type PipelineIndex } from './pipeline-index.ts';
import type { QuarterPhaseLookup } from './quarter-phase.ts';

/** Upper bounds (exclusive, days since creation) of the age buckets; the last bucket is open-ended. */
export const AGE_BUCKET_LIMITS = [7, 30, 60, 90, 180, 365] as const;
export const AGE_BUCKET_COUNT = AGE_BUCKET_LIMITS.length + 1;

/**
 * Where the deal's expected close stood on the snapshot day: 0 none recorded, 1 overdue, 2 within 30 days,
 * 3 later. With expected closes the reps keep up to date this separates deals about to close from the rest.
 */
export const CLOSE_HINT_COUNT = 4;

export function findCloseHint(expectedCloseDay: number | null, day: number): number {
  if (expectedCloseDay === null) return 0;
  const daysAhead = expectedCloseDay - day;
  return daysAhead < 0 ? 1 : daysAhead <= 30 ? 2 : 3;
}

/** A cell of the win model: stage × close hint × age bucket, as one integer (the age bucket varies fastest). */
export function toCellKey(stageId: number, closeHint: number, ageBucket: number): number {
  return (stageId * CLOSE_HINT_COUNT + closeHint) * AGE_BUCKET_COUNT + ageBucket;
}

export function toStageId(cellKey: number): number {
  return Math.floor(cellKey / (CLOSE_HINT_COUNT * AGE_BUCKET_COUNT));
}

/** The same cell with the close hint pooled: stage × age bucket. */
export function toStageAgeKey(cellKey: number): number {
  return toStageId(cellKey) * AGE_BUCKET_COUNT + (cellKey % AGE_BUCKET_COUNT);
}

export const EVENT_CENSORED = 0;
export const EVENT_WON = 1;
export const EVENT_LOST = 2;

export function findAgeBucket(ageDays: number): number {
  let bucket = 0;
  while (bucket < AGE_BUCKET_LIMITS.length && ageDays >= AGE_BUCKET_LIMITS[bucket]!) bucket++;
  return bucket;
}

export interface SnapshotRecords {
  count: number;
  dealIndex: Int32Array;
  /** toCellKey(stage, close hint, age bucket) on the snapshot day. */
  cellKey: Int32Array;
  /** Days from the snapshot to the close, or to asOf when censored. */
  timeDays: Int32Array;
  event: Uint8Array;
  /** Week of the fiscal quarter (0–12) of the snapshot day. */
  quarterWeek: Uint8Array;
  /** The snapshot day is asOf − step · spacingDays. */
  step: Uint16Array;
  /** Records of deal i are [dealStart[i], dealStart[i + 1]). */
  dealStart: Int32Array;
  spacingDays: number;
}

export interface SnapshotOptions {
  /** How far back snapshots go (days before asOf). */
  windowDays: number;
  /** Snapshots are weekly unless that would exceed this many records; then they are spaced wider. */
  maxRecords: number;
  phase: QuarterPhaseLookup;
  /** Whether cells distinguish deals by their expected close (else every record has hint 0). */
  useCloseHints: boolean;
}

function countOpenDays(index: PipelineIndex, windowStart: number): number {
  let total = 0;
  for (const item of index.deals) {
    const from = Math.max(item.createdDay, windowStart);
    const to = Math.min(item.closedDay ?? index.asOfDay, index.asOfDay);
    if (to > from) total += to - from;
  }
  return total;
}

function allocateRecords(capacity: number, dealCount: number, spacingDays: number): SnapshotRecords {
  return {
    count: 0,
    dealIndex: new Int32Array(capacity),
    cellKey: new Int32Array(capacity),
    timeDays: new Int32Array(capacity),
    event: new Uint8Array(capacity),
    quarterWeek: new Uint8Array(capacity),
    step: new Uint16Array(capacity),
    dealStart: new Int32Array(dealCount + 1),
    spacingDays,
  };
}

/**
 * Builds the snapshot records: snapshot days are asOf − k·spacing (k ≥ 1) within the window; a deal is in a
 * snapshot when it was created on or before that day and still open at its end.
 */
export function buildSnapshotRecords(index: PipelineIndex, options: SnapshotOptions): SnapshotRecords {
  const { asOfDay } = index;
  const windowStart = asOfDay - options.windowDays;
  const estimate = countOpenDays(index, windowStart) / 7;
  const spacingDays = 7 * Math.max(1, Math.ceil(estimate / options.maxRecords));
  const capacity = Math.ceil(countOpenDays(index, windowStart) / spacingDays) + index.deals.length;
  const records = allocateRecords(capacity, index.deals.length, spacingDays);
  const weeks = Array.from({ length: Math.floor(options.windowDays / spacingDays) + 2 }, (_, k) =>
    options.phase.findWeek(asOfDay - k * spacingDays),
  );
  index.deals.forEach((item, dealIndex) => {
    records.dealStart[dealIndex] = records.count;
    const end = item.closedDay ?? Number.POSITIVE_INFINITY;
    // First snapshot day on the grid that is not before the deal's creation.
    const stepsBack = Math.floor((asOfDay - Math.max(item.createdDay, windowStart)) / spacingDays);
    for (let k = stepsBack; k >= 1; k--) {
      const day = asOfDay - k * spacingDays;
      if (day >= end) break;
      const n = records.count++;
      records.dealIndex[n] = dealIndex;
      const stageId = findStageIdOnDay(index, item, day);
      const hint = options.useCloseHints ? findCloseHint(item.expectedCloseDay, day) : 0;
      records.cellKey[n] = toCellKey(stageId, hint, findAgeBucket(day - item.createdDay));
      records.quarterWeek[n] = weeks[k] ?? 0;
      records.step[n] = k;
      if (item.closedDay === null) {
        records.timeDays[n] = asOfDay - day;
        records.event[n] = EVENT_CENSORED;
      } else {
        records.timeDays[n] = item.closedDay - day;
        records.event[n] = item.deal.outcome === 'won' ? EVENT_WON : EVENT_LOST;
      }
    }
  });
  records.dealStart[index.deals.length] = records.count;
  return records;
}
