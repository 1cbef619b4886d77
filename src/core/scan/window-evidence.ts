/**
 * The evidence of a scope over an alert's window — the pipeline waterfall and the shift in coded lost
 * reasons — computed once per scope and window start: several alerts of one scope share it.
 */
import type { PipelineWaterfall, ReasonShift } from '../alerts.ts';
import type { IsoDate } from '../calendar.ts';
import { addDays } from '../calendar.ts';
import { toScopeKey } from '../scope.ts';
import type { Deal, Scope, StageDefinition } from '../types.ts';
import { computeReasonShifts, REASON_BASELINE_DAYS } from './reason-shift.ts';
import type { ScopeRows } from './scope-rows.ts';
import { computeWaterfall } from './waterfall.ts';

export interface WindowEvidence {
  reasonShifts: ReasonShift[];
  waterfall: PipelineWaterfall;
}

export interface WindowEvidenceSource {
  /** The evidence of `scope` from `from` to the scan's as-of date. */
  explainWindow(scope: Scope, from: IsoDate): WindowEvidence;
}

export interface WindowEvidenceInput {
  rows: ScopeRows;
  stages: readonly StageDefinition[];
  asOf: IsoDate;
}

/** A scope's deals ordered by close date, so a window reads only the deals that close inside or after it. */
interface ScopeClosings {
  /** Deals with a close date, earliest first. */
  closed: Deal[];
  /** Deals without one. */
  unclosed: Deal[];
  /** Lost deals with a coded barrier and a close date, earliest first. */
  codedLosses: Deal[];
}

function byCloseDate(a: Deal, b: Deal): number {
  const left = a.closedOn ?? '';
  const right = b.closedOn ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

function orderClosings(deals: readonly Deal[]): ScopeClosings {
  const closed = deals.filter((deal) => deal.closedOn !== null).sort(byCloseDate);
  return {
    closed,
    unclosed: deals.filter((deal) => deal.closedOn === null),
    codedLosses: closed.filter((deal) => deal.outcome === 'lost' && deal.lostBarrier !== null),
  };
}

/** Index of the first deal closed on or after `day` (deals sorted by close date). */
function findFirstClosedFrom(sorted: readonly Deal[], day: IsoDate): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]!.closedOn ?? '') < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function createWindowEvidence({ rows, stages, asOf }: WindowEvidenceInput): WindowEvidenceSource {
  const closings = new Map<string, ScopeClosings>();
  const computed = new Map<string, WindowEvidence>();
  const findClosings = (scope: Scope) => {
    const key = toScopeKey(scope);
    let known = closings.get(key);
    if (!known) {
      known = orderClosings(rows.dealsFor(scope));
      closings.set(key, known);
    }
    return known;
  };
  return {
    explainWindow(scope, from) {
      const key = `${toScopeKey(scope)}@${from}`;
      const known = computed.get(key);
      if (known) return known;
      const { closed, unclosed, codedLosses } = findClosings(scope);
      // Deals closed before the window cannot enter its waterfall; losses before the baseline year not its shares.
      const inWindow = [...closed.slice(findFirstClosedFrom(closed, from)), ...unclosed];
      const losses = codedLosses.slice(
        findFirstClosedFrom(codedLosses, addDays(from, -REASON_BASELINE_DAYS)),
      );
      const evidence = {
        reasonShifts: computeReasonShifts(losses, from, asOf),
        waterfall: computeWaterfall({
          deals: inWindow,
          changesByDeal: rows.changesByDeal,
          stages,
          from,
          to: asOf,
        }),
      };
      computed.set(key, evidence);
      return evidence;
    },
  };
}
