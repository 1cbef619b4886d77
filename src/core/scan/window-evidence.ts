/**
 * The evidence of a scope over an alert's window — the pipeline waterfall and the shift in coded lost
 * reasons — computed once per scope and window start: several alerts of one scope share it.
 */
import type { PipelineWaterfall, ReasonShift } from '../alerts.ts';
import { type IsoDate, toEpochDay } from '../calendar.ts';
import { toScopeKey } from '../scope.ts';
import type { Scope } from '../types.ts';
import { compareReasonShares, REASON_BASELINE_DAYS } from './reason-shift.ts';
import { indexScopeClosings, type ScopeClosings } from './scope-closings.ts';
import type { ScopeRows } from './scope-rows.ts';
import { sumWaterfall } from './waterfall.ts';

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
  asOf: IsoDate;
}

export function createWindowEvidence({ rows, asOf }: WindowEvidenceInput): WindowEvidenceSource {
  const computed = new Map<string, WindowEvidence>();
  const asOfDay = toEpochDay(asOf);
  // Only the last scope's ordering is kept: the alerts come grouped by scope, and keeping every explained
  // scope's (two arrays of its deals' positions and days each) held about 100 MB at a million deals.
  let last: { scopeKey: string; closing: ScopeClosings } | null = null;
  const readClosings = (scope: Scope, scopeKey: string) => {
    if (last?.scopeKey !== scopeKey) {
      last = { scopeKey, closing: indexScopeClosings(rows.readColumns(), rows.dealIndexesFor(scope)) };
    }
    return last.closing;
  };
  return {
    explainWindow(scope, from) {
      const scopeKey = toScopeKey(scope);
      const key = `${scopeKey}@${from}`;
      const known = computed.get(key);
      if (known) return known;
      const closing = readClosings(scope, scopeKey);
      const fromDay = toEpochDay(from);
      const evidence = {
        reasonShifts: compareReasonShares(
          closing.countLosses(fromDay, asOfDay),
          closing.countLosses(fromDay - REASON_BASELINE_DAYS, fromDay - 1),
        ),
        // Deals closed before the window cannot enter its waterfall.
        waterfall: sumWaterfall({
          columns: rows.readColumns(),
          dealIndexes: closing.listDealsClosingFrom(fromDay),
          from,
          to: asOf,
        }),
      };
      computed.set(key, evidence);
      return evidence;
    },
  };
}
