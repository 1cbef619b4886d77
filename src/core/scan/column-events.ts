/**
 * The indicator events of one deal read from the scan's deal columns: the same events, in the same order, as
 * emitDealEvents and emitFunnelEvents (detect/) give for the deal object and its stage changes. A scan emits
 * them for every deal; parsing each event's date string and building small objects per stage exit were most of
 * the indicator series' time at a million deals.
 */
import { BARRIER_KEYS } from '../aida.ts';
import { STALL_DAYS } from '../detect/funnel-events.ts';
import { DEAL_SLOTS, type EmitDayEvent, type GridLayout } from '../detect/indicator-grids.ts';
import type { StageDefinition } from '../types.ts';
import {
  type DealColumns,
  NO_BARRIER,
  NO_DAY,
  NO_STAGE,
  OUTCOME_LOST,
  OUTCOME_OPEN,
  OUTCOME_WON,
} from './deal-columns.ts';

/** What the funnel walk needs of each configured stage, by its index (DealColumns.changeStage). */
export interface StageTable {
  /** Position among the open stages, or -1 for a stage outside the open funnel. */
  position: Int16Array;
  /** Conversion slot of an open stage (-1 otherwise). */
  slot: Int16Array;
  isLate: Uint8Array;
}

export function createStageTable(layout: GridLayout, stages: readonly StageDefinition[]): StageTable {
  const table: StageTable = {
    position: new Int16Array(stages.length).fill(-1),
    slot: new Int16Array(stages.length).fill(-1),
    isLate: new Uint8Array(stages.length),
  };
  stages.forEach((stage, index) => {
    table.position[index] = layout.positionOf.get(stage.name) ?? -1;
    table.slot[index] = layout.stageSlots.get(stage.name) ?? -1;
    table.isLate[index] = layout.lateStages.has(stage.name) ? 1 : 0;
  });
  return table;
}

/** emitDealEvents for deal i: its creation, and its close (outcome, size, cycle time, coded loss reason). */
export function emitDealColumnEvents(
  layout: GridLayout,
  columns: DealColumns,
  i: number,
  emit: EmitDayEvent,
) {
  const created = columns.createdDay[i]!;
  const amount = columns.amountCents[i]!;
  const isRenewal = columns.isRenewal[i] === 1;
  if (!isRenewal) {
    emit(DEAL_SLOTS.newOpportunities, created, 1, 1);
    emit(DEAL_SLOTS.newOpportunityValue, created, amount / 100, 1);
  }
  const closed = columns.closeDay[i]!;
  const outcome = columns.outcome[i]!;
  if (closed === NO_DAY || outcome === OUTCOME_OPEN) return;
  const isWon = outcome === OUTCOME_WON ? 1 : 0;
  emit(isRenewal ? DEAL_SLOTS.renewalRate : DEAL_SLOTS.winRate, closed, isWon, 1);
  const barrier = columns.lossBarrier[i]!;
  if (outcome === OUTCOME_LOST && barrier !== NO_BARRIER) {
    emit(DEAL_SLOTS.codedLosses, closed, 0, 1);
    const slot = layout.barrierSlots.get(BARRIER_KEYS[barrier]!);
    if (slot !== undefined) emit(slot, closed, 1, 0);
  }
  if (!isWon || isRenewal) return;
  if (amount > 0) emit(DEAL_SLOTS.avgDealSize, closed, Math.log(amount / 100), 1);
  // +1 day so a same-day close has a finite log.
  emit(DEAL_SLOTS.cycleTime, closed, Math.log(1 + Math.max(0, closed - created)), 1);
}

/** A stall when the deal stayed STALL_DAYS in a late stage entered on `entered` (`left` NO_DAY: still there). */
function emitStall(emit: EmitDayEvent, entered: number, left: number) {
  const stalled = entered + STALL_DAYS;
  if (left === NO_DAY || left > stalled) emit(DEAL_SLOTS.lateStageStalls, stalled, 1, 0);
}

const positionOf = (table: StageTable, stage: number) => (stage === NO_STAGE ? -1 : table.position[stage]!);

/** emitFunnelEvents for deal i: its stage exits and stalls along its stage changes. */
export function emitFunnelColumnEvents(
  table: StageTable,
  columns: DealColumns,
  i: number,
  emit: EmitDayEvent,
) {
  const start = columns.changeStart[i]!;
  const end = columns.changeStart[i + 1]!;
  const isWon = columns.outcome[i] === OUTCOME_WON;
  let current = -1;
  for (let k = start; k < end; k++) {
    const from = current < 0 ? -1 : positionOf(table, columns.changeStage[current]!);
    if (from >= 0) {
      const stage = columns.changeStage[current]!;
      const target = positionOf(table, columns.changeStage[k]!);
      const left = columns.changeDay[k]!;
      // Into a later open stage, or out of the funnel into the deal's final outcome.
      if (target < 0) emit(table.slot[stage]!, left, isWon ? 1 : 0, 1);
      else if (target > from) emit(table.slot[stage]!, left, 1, 1);
      if (table.isLate[stage] === 1) emitStall(emit, columns.changeDay[current]!, left);
    }
    current = k;
  }
  if (current < 0) return;
  const stage = columns.changeStage[current]!;
  if (positionOf(table, stage) < 0) return;
  const closed = columns.outcome[i] !== OUTCOME_OPEN ? columns.closeDay[i]! : NO_DAY;
  if (closed !== NO_DAY) emit(table.slot[stage]!, closed, isWon ? 1 : 0, 1);
  if (table.isLate[stage] === 1) emitStall(emit, columns.changeDay[current]!, closed);
}
