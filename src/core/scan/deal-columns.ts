/**
 * The deal fields the indicator series and an alert's explanation read, as columns (typed arrays indexed by the
 * deal's position in the scan's deal list), built once per scan. A large scan explains hundreds of windows over
 * up to every deal of the workspace; reading deal objects and date strings scattered over a heap of gigabytes
 * made the waterfalls the largest part of the scan, and a pass over flat arrays costs a fraction of that.
 */
import { BARRIER_KEYS } from '../aida.ts';
import { toEpochDay } from '../calendar.ts';
import { findInitialStage } from '../forecast/as-of.ts';
import type { PipelineDeal, StageChange, StageDefinition } from '../types.ts';

/** Stands for a missing date: later than any real one (about the year 4700), so "closed before" never holds. */
export const NO_DAY = 1_000_000;
export const OUTCOME_OPEN = 0;
export const OUTCOME_WON = 1;
export const OUTCOME_LOST = 2;
/** lossBarrier of a deal that is not a loss with a coded barrier. */
export const NO_BARRIER = 255;
/** changeStage of a change into a stage the workspace has not configured. */
export const NO_STAGE = -1;

export interface DealColumns {
  count: number;
  createdDay: Int32Array;
  /** NO_DAY while open. */
  closeDay: Int32Array;
  /** NO_DAY when none was recorded. */
  expectedCloseDay: Int32Array;
  amountCents: Float64Array;
  outcome: Uint8Array;
  /** 1 for a renewal. */
  isRenewal: Uint8Array;
  /** Index in BARRIER_KEYS of a closed loss's coded barrier, else NO_BARRIER. */
  lossBarrier: Uint8Array;
  /** Deal i's stage changes, by date, are [changeStart[i], changeStart[i + 1]). */
  changeStart: Int32Array;
  changeDay: Int32Array;
  /** The stage entered: its index in the configured stages, or NO_STAGE. */
  changeStage: Int16Array;
  /** The CRM probability of the stage entered (0 for a stage not configured). */
  changeWeight: Float64Array;
  /** Weights of the deal's current stage and of the stage assumed before its first change (findStageOnDay). */
  currentWeight: Float64Array;
  assumedWeight: Float64Array;
}

export interface DealColumnsInput {
  deals: readonly PipelineDeal[];
  /** Each deal's stage changes, sorted by date. */
  changesByDeal: ReadonlyMap<number, readonly StageChange[]>;
  stages: readonly StageDefinition[];
}

function toOutcome(deal: PipelineDeal): number {
  return deal.outcome === 'open' ? OUTCOME_OPEN : deal.outcome === 'won' ? OUTCOME_WON : OUTCOME_LOST;
}

export function buildDealColumns({ deals, changesByDeal, stages }: DealColumnsInput): DealColumns {
  const count = deals.length;
  const weightOf = new Map(stages.map((stage) => [stage.name, stage.defaultProbability]));
  const weigh = (stage: string) => weightOf.get(stage) ?? 0;
  const codeOf = new Map(stages.map((stage, index) => [stage.name, index]));
  const initialStage = findInitialStage(stages);
  const changeCount = deals.reduce((sum, deal) => sum + (changesByDeal.get(deal.id)?.length ?? 0), 0);
  const columns: DealColumns = {
    count,
    createdDay: new Int32Array(count),
    closeDay: new Int32Array(count),
    expectedCloseDay: new Int32Array(count),
    amountCents: new Float64Array(count),
    outcome: new Uint8Array(count),
    isRenewal: new Uint8Array(count),
    lossBarrier: new Uint8Array(count),
    changeStart: new Int32Array(count + 1),
    changeDay: new Int32Array(changeCount),
    changeStage: new Int16Array(changeCount),
    changeWeight: new Float64Array(changeCount),
    currentWeight: new Float64Array(count),
    assumedWeight: new Float64Array(count),
  };
  let next = 0;
  deals.forEach((deal, i) => {
    const changes = changesByDeal.get(deal.id) ?? [];
    columns.createdDay[i] = toEpochDay(deal.createdOn);
    columns.closeDay[i] = deal.closedOn === null ? NO_DAY : toEpochDay(deal.closedOn);
    columns.expectedCloseDay[i] = deal.expectedCloseOn === null ? NO_DAY : toEpochDay(deal.expectedCloseOn);
    columns.amountCents[i] = deal.amountCents;
    columns.outcome[i] = toOutcome(deal);
    columns.isRenewal[i] = deal.isRenewal ? 1 : 0;
    const isCodedLoss = deal.outcome === 'lost' && deal.lostBarrier !== null && deal.closedOn !== null;
    // An unknown key (indexOf's −1) must not wrap to 255 in the Uint8Array by accident: it is no barrier.
    const barrier = isCodedLoss ? BARRIER_KEYS.indexOf(deal.lostBarrier!) : -1;
    columns.lossBarrier[i] = barrier >= 0 ? barrier : NO_BARRIER;
    columns.changeStart[i] = next;
    for (const change of changes) {
      columns.changeDay[next] = toEpochDay(change.changedOn);
      columns.changeStage[next] = codeOf.get(change.stage) ?? NO_STAGE;
      columns.changeWeight[next++] = weigh(change.stage);
    }
    columns.currentWeight[i] = weigh(deal.stage);
    columns.assumedWeight[i] = weigh(initialStage ?? changes[0]?.stage ?? deal.stage);
  });
  columns.changeStart[count] = next;
  return columns;
}

/** The weight of deal i's stage at the end of `day`: findStageOnDay (forecast/as-of.ts) on the columns. */
export function findWeightOnDay(columns: DealColumns, i: number, day: number): number {
  const start = columns.changeStart[i]!;
  const end = columns.changeStart[i + 1]!;
  let last = -1;
  for (let k = start; k < end; k++) {
    if (columns.changeDay[k]! > day) break;
    last = k;
  }
  if (last >= 0) return columns.changeWeight[last]!;
  const isClosedLater = columns.outcome[i] !== OUTCOME_OPEN && columns.closeDay[i]! > day;
  if (end === start && !isClosedLater) return columns.currentWeight[i]!;
  return columns.assumedWeight[i]!;
}
