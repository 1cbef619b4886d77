/**
 * The cut history in the shape the forecast reads fast: epoch days instead of ISO strings, stage names as small
 * integers, each deal's scope resolved (team through its owner). Built once per as-of and shared by all targets.
 */
import { type IsoDate, toEpochDay } from '../calendar.ts';
import { createDealCombinations } from '../detect/indicator-scope.ts';
import { isWithinScope, toScopeKey } from '../scope.ts';
import type { Owner, PipelineDeal, Scope, StageDefinition, TargetMeasure } from '../types.ts';
import { cutToAsOf, findInitialStage, groupStageChanges, type PipelineHistory } from './as-of.ts';

export interface IndexedDeal {
  deal: PipelineDeal;
  /** Shared by the deals of one product, segment, region and owner: read it, never change it. */
  scope: Scope;
  createdDay: number;
  /** Epoch day of the close when the deal was won or lost by asOf; null while open. */
  closedDay: number | null;
  expectedCloseDay: number | null;
  /** The deal's stage changes, sorted by day, are [changeStart, changeEnd) of the index's change columns. */
  changeStart: number;
  changeEnd: number;
  /** The deal's stage on asOf. */
  stageId: number;
}

export interface PipelineIndex {
  asOf: IsoDate;
  asOfDay: number;
  deals: IndexedDeal[];
  /**
   * Every deal's stage changes as (epoch day, stage id), in two flat columns: two small arrays per deal were a
   * few hundred megabytes and millions of objects for the collector at a million deals.
   */
  changeDays: Int32Array;
  changeStages: Int32Array;
  /** Stage names by id; ids of configured stages follow their funnel position. */
  stageNames: string[];
  stages: StageDefinition[];
  initialStageId: number | null;
  /** Epoch day of the first deal's creation, or asOfDay for an empty workspace. */
  firstDay: number;
  /** The scope objects the deals share (one per product, segment, region and owner), and each deal's number in it. */
  scopes: Scope[];
  scopeOf: Int32Array;
}

export interface IndexPipelineInput {
  history: PipelineHistory;
  asOf: IsoDate;
  /** Owners with their teams, so team scopes can be resolved; optional. */
  owners?: readonly Owner[];
}

function createStageIds(stages: readonly StageDefinition[]) {
  const names = [...stages].sort((a, b) => a.position - b.position).map((stage) => stage.name);
  const ids = new Map(names.map((name, i) => [name, i]));
  const idOf = (name: string): number => {
    let id = ids.get(name);
    if (id === undefined) {
      id = names.length;
      names.push(name);
      ids.set(name, id);
    }
    return id;
  };
  return { names, idOf };
}

/** A deal's scope: its dimension ids, with the team taken from its owner. */
export function toDealScope(deal: PipelineDeal, teamByOwner: ReadonlyMap<number, number | null>): Scope {
  const scope: Scope = {};
  if (deal.productId !== null) scope.product = deal.productId;
  if (deal.segmentId !== null) scope.segment = deal.segmentId;
  if (deal.regionId !== null) scope.region = deal.regionId;
  if (deal.ownerId !== null) {
    scope.owner = deal.ownerId;
    const team = teamByOwner.get(deal.ownerId);
    if (team !== undefined && team !== null) scope.team = team;
  }
  return scope;
}

/** Cuts the history to asOf and indexes it. */
export function indexPipeline({ history, asOf, owners = [] }: IndexPipelineInput): PipelineIndex {
  const cut = cutToAsOf(history, asOf);
  const teamByOwner = new Map(owners.map((owner) => [owner.id, owner.teamId]));
  const stageIds = createStageIds(cut.stages);
  const initialStage = findInitialStage(cut.stages);
  const changesByDeal = groupStageChanges(cut.stageChanges);
  const asOfDay = toEpochDay(asOf);
  let firstDay = asOfDay;
  // One scope object per combination of dimension ids, not per deal: a million of them were memory to collect.
  const combinationOf = createDealCombinations();
  const scopes: Scope[] = [];
  const scopeOf = new Int32Array(cut.deals.length);
  let changeCount = 0;
  for (const deal of cut.deals) changeCount += changesByDeal.get(deal.id)?.length ?? 0;
  const changeDays = new Int32Array(changeCount);
  const changeStages = new Int32Array(changeCount);
  let nextChange = 0;
  const deals = cut.deals.map((deal, position): IndexedDeal => {
    const changes = changesByDeal.get(deal.id) ?? [];
    const changeStart = nextChange;
    for (const change of changes) {
      changeDays[nextChange] = toEpochDay(change.changedOn);
      changeStages[nextChange++] = stageIds.idOf(change.stage);
    }
    const createdDay = toEpochDay(deal.createdOn);
    firstDay = Math.min(firstDay, createdDay);
    const combination = combinationOf(deal);
    scopes[combination] ??= toDealScope(deal, teamByOwner);
    scopeOf[position] = combination;
    return {
      deal,
      scope: scopes[combination]!,
      createdDay,
      closedDay: deal.outcome !== 'open' && deal.closedOn !== null ? toEpochDay(deal.closedOn) : null,
      expectedCloseDay: deal.expectedCloseOn === null ? null : toEpochDay(deal.expectedCloseOn),
      changeStart,
      changeEnd: nextChange,
      stageId: stageIds.idOf(deal.stage),
    };
  });
  const initialStageId = initialStage === null ? null : stageIds.idOf(initialStage);
  return {
    asOf,
    asOfDay,
    deals,
    changeDays,
    changeStages,
    stageNames: stageIds.names,
    stages: cut.stages,
    initialStageId,
    firstDay,
    scopes,
    scopeOf,
  };
}

/**
 * The stage id of a deal at the end of `day`, by the same rule as `findStageOnDay` (as-of.ts), so states
 * learned from the past look like the states the forecast sees today.
 */
export function findStageIdOnDay(index: PipelineIndex, item: IndexedDeal, day: number): number {
  const { changeDays, changeStages } = index;
  let stage = -1;
  for (let i = item.changeStart; i < item.changeEnd && changeDays[i]! <= day; i++) stage = changeStages[i]!;
  if (stage >= 0) return stage;
  const isClosedLater = item.closedDay !== null && item.closedDay > day;
  const hasChanges = item.changeEnd > item.changeStart;
  if (!hasChanges && !isClosedLater) return item.stageId;
  return index.initialStageId ?? (hasChanges ? changeStages[item.changeStart]! : item.stageId);
}

/** Positions in `index.deals` of each scope's deals, per index: learning walks the same scopes many times. */
const dealIndexesByScope = new WeakMap<PipelineIndex, Map<string, Int32Array>>();

/**
 * The positions in `index.deals` of the deals within a scope, ascending; memoised per index and scope, so the
 * win curves of every week and the nowcast walk a scope's deals instead of testing every deal of the workspace.
 * The scope test runs once per scope object (deals of one product, segment, region and owner share one), not
 * once per deal.
 */
export function listDealIndexesInScope(index: PipelineIndex, scope: Scope): Int32Array {
  let byScope = dealIndexesByScope.get(index);
  if (!byScope) {
    byScope = new Map();
    dealIndexesByScope.set(index, byScope);
  }
  const key = toScopeKey(scope);
  let found = byScope.get(key);
  if (!found) {
    const { scopes, scopeOf } = index;
    const isInside = Uint8Array.from(scopes, (dealScope) => (isWithinScope(dealScope, scope) ? 1 : 0));
    let count = 0;
    for (const number of scopeOf) count += isInside[number]!;
    found = new Int32Array(count);
    let next = 0;
    for (let position = 0; position < scopeOf.length; position++) {
      if (isInside[scopeOf[position]!] === 1) found[next++] = position;
    }
    byScope.set(key, found);
  }
  return found;
}

/** The deals within a scope. */
export function listDealsInScope(index: PipelineIndex, scope: Scope): IndexedDeal[] {
  const deals: IndexedDeal[] = [];
  for (const position of listDealIndexesInScope(index, scope)) deals.push(index.deals[position]!);
  return deals;
}

/** What one deal counts toward a target: cents for bookings, 1 per won deal or won renewal. */
export function computeMeasureValue(deal: PipelineDeal, measure: TargetMeasure): number {
  if (measure === 'bookings') return deal.amountCents;
  if (measure === 'renewals') return deal.isRenewal ? 1 : 0;
  return 1;
}
