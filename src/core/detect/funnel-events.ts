/**
 * Funnel indicators from stage history: conversion out of each open stage (binomial: of the deals that left
 * the stage in a week, how many moved on) and late-stage stalls (count: deals that sat in a late stage for
 * STALL_DAYS without moving or closing, dated on the day they became stalled).
 */
import { addDays, type IsoDate } from '../calendar.ts';
import type { PipelineDeal, StageChange, StageDefinition } from '../types.ts';
import { DEAL_SLOTS, type EmitEvent, type GridLayout } from './indicator-grids.ts';

/** A late-stage deal with no movement for a month has usually lost momentum (common CRM hygiene rule). */
export const STALL_DAYS = 30;

const CLOSED_STAGE_NAME = /won|lost|closed|gewonnen|verloren|abgeschlossen/i;

/** Open funnel stages in order: a won or lost stage has probability 1 or 0, or says so in its name. */
export function listOpenStages(stages: readonly StageDefinition[]): StageDefinition[] {
  return stages
    .filter((stage) => stage.defaultProbability > 0 && stage.defaultProbability < 1)
    .filter((stage) => !CLOSED_STAGE_NAME.test(stage.name))
    .sort((a, b) => a.position - b.position);
}

interface FunnelWalk {
  layout: GridLayout;
  emit: EmitEvent;
}

/** A deal leaving an open stage on `leftOn`: onwards (`hasProgressed`) or out of the funnel as lost. */
function recordExit(
  walk: FunnelWalk,
  exit: { stage: string; leftOn: IsoDate; hasProgressed: boolean },
): void {
  const slot = walk.layout.stageSlots.get(exit.stage);
  if (slot !== undefined) walk.emit(slot, exit.leftOn, exit.hasProgressed ? 1 : 0, 1);
}

/** A stall when the deal stayed STALL_DAYS in a late stage entered on `enteredOn` (`leftOn` null: still there). */
function recordStall(walk: FunnelWalk, stay: { enteredOn: IsoDate; leftOn: IsoDate | null }): void {
  const stalledOn = addDays(stay.enteredOn, STALL_DAYS);
  if (stay.leftOn === null || stay.leftOn > stalledOn) walk.emit(DEAL_SLOTS.lateStageStalls, stalledOn, 1, 0);
}

/**
 * Emits the stage exits and stalls of one deal along its stage history (changes sorted by date). Deals without
 * stage history emit nothing: when they entered a stage is unknown.
 */
export function emitFunnelEvents(
  layout: GridLayout,
  { deal, changes }: { deal: PipelineDeal; changes: readonly StageChange[] },
  emit: EmitEvent,
): void {
  const walk: FunnelWalk = { layout, emit };
  const { positionOf, lateStages } = layout;
  let current: StageChange | null = null;
  const isWon = deal.outcome === 'won';
  for (const change of changes) {
    if (current !== null && positionOf.has(current.stage)) {
      const target = positionOf.get(change.stage);
      const from = positionOf.get(current.stage) ?? 0;
      const exit = { stage: current.stage, leftOn: change.changedOn };
      // Into a later open stage, or out of the funnel into the deal's final outcome.
      if (target === undefined) recordExit(walk, { ...exit, hasProgressed: isWon });
      else if (target > from) recordExit(walk, { ...exit, hasProgressed: true });
      if (lateStages.has(current.stage))
        recordStall(walk, { enteredOn: current.changedOn, leftOn: change.changedOn });
    }
    current = change;
  }
  if (current === null || !positionOf.has(current.stage)) return;
  const closedOn = deal.outcome !== 'open' ? deal.closedOn : null;
  if (closedOn !== null) recordExit(walk, { stage: current.stage, leftOn: closedOn, hasProgressed: isWon });
  if (lateStages.has(current.stage)) recordStall(walk, { enteredOn: current.changedOn, leftOn: closedOn });
}
