/**
 * Week grids of every row-based indicator of one scope, in flat typed arrays: one slot per indicator, one cell
 * per week. A scan adds each deal's events once to the grids of every watched scope the deal belongs to, so the
 * per-deal work (stage walks, date parsing) is not repeated per scope; summing cells is all that repeats.
 */
import { BARRIER_KEYS, type BarrierKey } from '../aida.ts';
import { type IsoDate, toEpochDay } from '../calendar.ts';
import type { StageDefinition } from '../types.ts';
import { listOpenStages } from './funnel-events.ts';
import { toWeekNumber } from './series.ts';

/** The slots of the deal-based indicators; barrier and stage slots follow them. */
export const DEAL_SLOTS = {
  newOpportunities: 0,
  newOpportunityValue: 1,
  winRate: 2,
  renewalRate: 3,
  avgDealSize: 4,
  cycleTime: 5,
  /** Trials of every barrier share: coded losses per week. */
  codedLosses: 6,
  lateStageStalls: 7,
} as const;
const FIXED_SLOTS = 8;

/** Where each indicator lives in a grid set; the same for every scope of a scan. */
export interface GridLayout {
  weekStarts: readonly IsoDate[];
  firstWeekNumber: number;
  barrierSlots: ReadonlyMap<BarrierKey, number>;
  /** Conversion slot of each open stage, in funnel order. */
  stageSlots: ReadonlyMap<string, number>;
  positionOf: ReadonlyMap<string, number>;
  lateStages: ReadonlySet<string>;
  slotCount: number;
}

export function createGridLayout(
  weekStarts: readonly IsoDate[],
  stages: readonly StageDefinition[],
): GridLayout {
  const open = listOpenStages(stages);
  const barrierSlots = new Map(BARRIER_KEYS.map((barrier, index) => [barrier, FIXED_SLOTS + index]));
  const firstStageSlot = FIXED_SLOTS + BARRIER_KEYS.length;
  // Late stages are the top third of the open funnel (at least the last open stage).
  const lateCount = Math.max(1, Math.round(open.length / 3));
  return {
    weekStarts,
    firstWeekNumber: weekStarts.length > 0 ? toWeekNumber(weekStarts[0]!) : 0,
    barrierSlots,
    stageSlots: new Map(open.map((stage, index) => [stage.name, firstStageSlot + index])),
    positionOf: new Map(open.map((stage, index) => [stage.name, index])),
    lateStages: new Set(open.length > 0 ? open.slice(-lateCount).map((stage) => stage.name) : []),
    slotCount: firstStageSlot + open.length,
  };
}

/** One scope's grids: `values` and `n` per slot and week; `hasEvent` marks slots that saw any event at all. */
export interface GridSet {
  values: Float64Array;
  counts: Float64Array;
  hasEvent: Uint8Array;
}

export function createGridSet(layout: GridLayout): GridSet {
  const cells = layout.slotCount * layout.weekStarts.length;
  return {
    values: new Float64Array(cells),
    counts: new Float64Array(cells),
    hasEvent: new Uint8Array(layout.slotCount),
  };
}

/** EmitEvent with the date as an epoch day: callers reading deal columns have no date strings to parse. */
export type EmitDayEvent = (slot: number, day: number, value: number, n: number) => void;

/** Adds one event to every grid set in `sets`; events outside the weeks only mark the slot as seen. */
export function createDayEmitter(layout: GridLayout, sets: () => readonly GridSet[]): EmitDayEvent {
  const weeks = layout.weekStarts.length;
  return (slot, day, value, n) => {
    // The week toWeekNumber gives the day's date.
    const week = Math.floor((day - 4) / 7) - layout.firstWeekNumber;
    const isInside = week >= 0 && week < weeks;
    const cell = slot * weeks + week;
    for (const set of sets()) {
      set.hasEvent[slot] = 1;
      if (!isInside) continue;
      set.values[cell]! += value;
      set.counts[cell]! += n;
    }
  };
}

/** An event with its date as an ISO date (callers reading deal objects). */
export type EmitEvent = (slot: number, date: IsoDate, value: number, n: number) => void;

/** createDayEmitter for ISO dates. */
export function createEmitter(layout: GridLayout, sets: () => readonly GridSet[]): EmitEvent {
  const emitDay = createDayEmitter(layout, sets);
  return (slot, date, value, n) => emitDay(slot, toEpochDay(date), value, n);
}
