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

export function createWindowEvidence({ rows, stages, asOf }: WindowEvidenceInput): WindowEvidenceSource {
  const computed = new Map<string, WindowEvidence>();
  return {
    explainWindow(scope, from) {
      const key = `${toScopeKey(scope)}@${from}`;
      const known = computed.get(key);
      if (known) return known;
      // Deals closed before the window cannot enter its waterfall, nor losses before the baseline year its
      // shares: one cheap pass drops them, so the per-deal work runs only on the rest.
      const baselineFrom = addDays(from, -REASON_BASELINE_DAYS);
      const inWindow: Deal[] = [];
      const losses: Deal[] = [];
      for (const deal of rows.dealsFor(scope)) {
        const closedOn = deal.closedOn;
        if (closedOn === null || closedOn >= from) inWindow.push(deal);
        if (
          closedOn !== null &&
          closedOn >= baselineFrom &&
          deal.outcome === 'lost' &&
          deal.lostBarrier !== null
        ) {
          losses.push(deal);
        }
      }
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
