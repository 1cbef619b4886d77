/**
 * Funnel indicators from stage history: conversion out of each open stage (binomial: of the deals that left
 * the stage in a week, how many moved on) and late-stage stalls (count: deals that sat in a late stage for
 * STALL_DAYS without moving or closing, dated on the day they became stalled).
 */
import { addDays, type IsoDate } from '../calendar.ts';
import type { Deal, StageChange, StageDefinition } from '../types.ts';
import { stageConversionKey } from './catalogue.ts';
import type { KeyedWeeks } from './indicators-deals.ts';
import { createWeekGrid } from './series.ts';

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

interface FunnelContext {
  positionOf: ReadonlyMap<string, number>;
  lateStages: ReadonlySet<string>;
  conversions: Map<string, ReturnType<typeof createWeekGrid>>;
  stalls: ReturnType<typeof createWeekGrid>;
}

/** A deal leaving an open stage on `leftOn`: onwards (`hasProgressed`) or out of the funnel as lost. */
function recordExit(
  context: FunnelContext,
  exit: { stage: string; leftOn: IsoDate; hasProgressed: boolean },
): void {
  context.conversions.get(exit.stage)?.add(exit.leftOn, exit.hasProgressed ? 1 : 0, 1);
}

/** A stall when the deal stayed STALL_DAYS in a late stage entered on `enteredOn` (`leftOn` null: still there). */
function recordStall(context: FunnelContext, stay: { enteredOn: IsoDate; leftOn: IsoDate | null }): void {
  const stalledOn = addDays(stay.enteredOn, STALL_DAYS);
  if (stay.leftOn === null || stay.leftOn > stalledOn) context.stalls.add(stalledOn, 1);
}

/** Records the exits and stalls of one deal along its stage history (changes sorted by date). */
function walkDeal(
  context: FunnelContext,
  { deal, changes }: { deal: Deal; changes: readonly StageChange[] },
): void {
  let current: StageChange | null = null;
  const isWon = deal.outcome === 'won';
  for (const change of changes) {
    if (current !== null && context.positionOf.has(current.stage)) {
      const target = context.positionOf.get(change.stage);
      const from = context.positionOf.get(current.stage) ?? 0;
      const exit = { stage: current.stage, leftOn: change.changedOn };
      // Into a later open stage, or out of the funnel into the deal's final outcome.
      if (target === undefined) recordExit(context, { ...exit, hasProgressed: isWon });
      else if (target > from) recordExit(context, { ...exit, hasProgressed: true });
      if (context.lateStages.has(current.stage)) {
        recordStall(context, { enteredOn: current.changedOn, leftOn: change.changedOn });
      }
    }
    current = change;
  }
  if (current === null || !context.positionOf.has(current.stage)) return;
  const closedOn = deal.outcome !== 'open' ? deal.closedOn : null;
  if (closedOn !== null)
    recordExit(context, { stage: current.stage, leftOn: closedOn, hasProgressed: isWon });
  if (context.lateStages.has(current.stage))
    recordStall(context, { enteredOn: current.changedOn, leftOn: closedOn });
}

function groupChanges(changes: readonly StageChange[]): Map<number, StageChange[]> {
  const byDeal = new Map<number, StageChange[]>();
  for (const change of changes) {
    const list = byDeal.get(change.dealId);
    if (list) list.push(change);
    else byDeal.set(change.dealId, [change]);
  }
  for (const list of byDeal.values()) list.sort((a, b) => (a.changedOn < b.changedOn ? -1 : 1));
  return byDeal;
}

export interface FunnelIndicatorInput {
  deals: readonly Deal[];
  stageChanges: readonly StageChange[];
  stages: readonly StageDefinition[];
  weekStarts: readonly IsoDate[];
}

/**
 * Stage conversions and late-stage stalls for deals already filtered to one scope. Late stages are the top
 * third of the open funnel (at least the last open stage). Deals without stage history are skipped: when they
 * entered a stage is unknown.
 */
export function computeFunnelIndicators(input: FunnelIndicatorInput): KeyedWeeks[] {
  const open = listOpenStages(input.stages);
  if (open.length === 0) return [];
  const lateCount = Math.max(1, Math.round(open.length / 3));
  const context: FunnelContext = {
    positionOf: new Map(open.map((stage, index) => [stage.name, index])),
    lateStages: new Set(open.slice(-lateCount).map((stage) => stage.name)),
    conversions: new Map(open.map((stage) => [stage.name, createWeekGrid(input.weekStarts)])),
    stalls: createWeekGrid(input.weekStarts),
  };
  const changesByDeal = groupChanges(input.stageChanges);
  for (const deal of input.deals) {
    const changes = changesByDeal.get(deal.id);
    if (changes) walkDeal(context, { deal, changes });
  }
  const conversions = [...context.conversions]
    .map(([stage, grid]) => ({ key: stageConversionKey(stage), weeks: grid.toSums() }))
    .filter((series) => series.weeks.some((week) => week.n > 0));
  const stalls = context.stalls.toSums().map((week) => ({ ...week, n: 1 }));
  return [...conversions, { key: 'late_stage_stalls', weeks: stalls }];
}
