/**
 * The evidence of a scope over an alert's window — the pipeline waterfall and the shift in coded lost
 * reasons — computed once per scope and window start: several alerts of one scope share it.
 */
import type { PipelineWaterfall, ReasonShift } from '../alerts.ts';
import type { IsoDate } from '../calendar.ts';
import { toScopeKey } from '../scope.ts';
import type { Scope, StageDefinition } from '../types.ts';
import { computeReasonShifts } from './reason-shift.ts';
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
      const deals = rows.dealsFor(scope);
      const evidence = {
        reasonShifts: computeReasonShifts(deals, from, asOf),
        waterfall: computeWaterfall({ deals, changesByDeal: rows.changesByDeal, stages, from, to: asOf }),
      };
      computed.set(key, evidence);
      return evidence;
    },
  };
}
