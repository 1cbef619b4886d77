/**
 * The as-of cut (issue 5, item 6): what was knowable on a given day, so one import of a full history can be
 * replayed week by week. Everything the forecast and the scan compute goes through this cut first.
 */
import type { IsoDate } from '../calendar.ts';
import type { Lead, MetricObservation, PipelineDeal, StageChange, StageDefinition } from '../types.ts';

/** A workspace's pipeline data as plain rows: what the engine reads. */
export interface PipelineHistory {
  deals: PipelineDeal[];
  stageChanges: StageChange[];
  leads: Lead[];
  metrics: MetricObservation[];
  /** The configured funnel; the lowest `position` is where a deal starts. */
  stages: StageDefinition[];
}

function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const groupedChanges = new WeakMap<readonly StageChange[], ReadonlyMap<number, readonly StageChange[]>>();

/**
 * Stage changes per deal id, sorted by date (stable for changes on the same day). A scan asks this of the same
 * million changes in several places, so the grouping is kept per array: callers share it and only read it.
 * Each deal's list is allocated at its exact length (counted first): grown by push, a list of three changes
 * kept room for seventeen, about 150 MB at a million deals.
 */
export function groupStageChanges(
  changes: readonly StageChange[],
): ReadonlyMap<number, readonly StageChange[]> {
  const known = groupedChanges.get(changes);
  if (known) return known;
  // Deals numbered in order of first appearance; then counted, then placed.
  const numberOf = new Map<number, number>();
  const counts: number[] = [];
  for (const change of changes) {
    const number = numberOf.get(change.dealId);
    if (number === undefined) {
      numberOf.set(change.dealId, counts.length);
      counts.push(1);
    } else counts[number]!++;
  }
  const lists = counts.map((count) => new Array<StageChange>(count));
  const placed = new Int32Array(counts.length);
  for (const change of changes) {
    const number = numberOf.get(change.dealId)!;
    lists[number]![placed[number]!++] = change;
  }
  const byDeal = new Map<number, StageChange[]>();
  for (const [dealId, number] of numberOf) byDeal.set(dealId, lists[number]!);
  for (const list of byDeal.values()) list.sort((a, b) => compareDates(a.changedOn, b.changedOn));
  groupedChanges.set(changes, byDeal);
  return byDeal;
}

/** The first stage of the funnel (lowest position), or null when no stages are configured. */
export function findInitialStage(stages: readonly StageDefinition[]): string | null {
  let first: StageDefinition | null = null;
  for (const stage of stages) if (!first || stage.position < first.position) first = stage;
  return first?.name ?? null;
}

export interface StageOnDayInput {
  deal: PipelineDeal;
  /** The deal's changes sorted by date. */
  changes: readonly StageChange[];
  day: IsoDate;
  initialStage: string | null;
}

/**
 * The stage a deal was in at the end of `day`: its last change on or before that day. With no such change
 * the stage is unknowable from the data, so a deal still open today with no history at all keeps its current
 * stage (the only information there is), and any other deal is put in the funnel's first stage.
 */
export function findStageOnDay({ deal, changes, day, initialStage }: StageOnDayInput): string {
  let stage: string | null = null;
  for (const change of changes) {
    if (change.changedOn > day) break;
    stage = change.stage;
  }
  if (stage !== null) return stage;
  const isClosedLater = deal.outcome !== 'open' && (deal.closedOn === null || deal.closedOn > day);
  if (changes.length === 0 && !isClosedLater) return deal.stage;
  return initialStage ?? changes[0]?.stage ?? deal.stage;
}

function cutDeal(
  deal: PipelineDeal,
  changes: readonly StageChange[],
  asOf: IsoDate,
  initialStage: string | null,
) {
  const isClosedByAsOf = deal.outcome !== 'open' && deal.closedOn !== null && deal.closedOn <= asOf;
  if (isClosedByAsOf) return deal;
  const stage = findStageOnDay({ deal, changes, day: asOf, initialStage });
  if (deal.outcome === 'open' && stage === deal.stage) return deal;
  // A deal that closes later was open on asOf: its outcome, close date and loss details did not exist yet.
  return {
    ...deal,
    stage,
    outcome: 'open' as const,
    closedOn: null,
    lostReason: null,
    lostBarrier: null,
    competitor: null,
  };
}

/** The histories cutToAsOf returned, with the date each was cut on; the engine never changes them. */
const cutDates = new WeakMap<PipelineHistory, IsoDate>();

function cutLead(lead: Lead, asOf: IsoDate): Lead {
  if (lead.convertedOn === null || lead.convertedOn <= asOf) return lead;
  return { ...lead, convertedOn: null, dealId: null, status: 'open' };
}

/**
 * Returns exactly what was knowable at the end of `asOf`: deals, leads and metrics dated after it are dropped;
 * outcomes, close dates and stage changes after it have not happened (a deal won later is open, in the stage
 * its history shows on asOf, with no lost reason, barrier or competitor); a lead converted later is open.
 * Pure and exact: cutting twice equals cutting once at the earlier date. Amounts and expected close dates
 * have no history in the data, so they are kept as recorded.
 */
export function cutToAsOf(history: PipelineHistory, asOf: IsoDate): PipelineHistory {
  const cutOn = cutDates.get(history);
  // Cut on that date or an earlier one: cutting again changes nothing (the forecast cuts the scan's cut again).
  if (cutOn !== undefined && cutOn <= asOf) return history;
  const initialStage = findInitialStage(history.stages);
  const allChangesByDeal = groupStageChanges(history.stageChanges);
  const deals: PipelineDeal[] = [];
  const keptIds = new Set<number>();
  let isDealCut = false;
  for (const deal of history.deals) {
    if (deal.createdOn > asOf) {
      isDealCut = true;
      continue;
    }
    keptIds.add(deal.id);
    const cut = cutDeal(deal, allChangesByDeal.get(deal.id) ?? [], asOf, initialStage);
    if (cut !== deal) isDealCut = true;
    deals.push(cut);
  }
  const isKept = (change: StageChange) => change.changedOn <= asOf && keptIds.has(change.dealId);
  // Unchanged rows keep their arrays, so cutting again (the forecast does) reuses the grouping of the changes.
  const stageChanges = history.stageChanges.every(isKept)
    ? history.stageChanges
    : history.stageChanges.filter(isKept);
  const cut: PipelineHistory = {
    deals: isDealCut ? deals : history.deals,
    stageChanges,
    leads: history.leads.filter((lead) => lead.createdOn <= asOf).map((lead) => cutLead(lead, asOf)),
    metrics: history.metrics.filter((metric) => metric.observedOn <= asOf),
    stages: history.stages,
  };
  cutDates.set(cut, asOf);
  return cut;
}
