/**
 * The window evidence read from columns and close-day indexes equals the direct computation: every deal of the
 * scope, in the scope's order, walked with its stage changes (the waterfall as DESIGN §4 states it), and every
 * coded loss counted in the window and in the year before it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayArbitrary, historyArbitrary } from '../../../test/support/pipeline-builders.ts';
import { BARRIER_KEYS, type BarrierKey } from '../aida.ts';
import type { PipelineWaterfall, ReasonShift } from '../alerts.ts';
import { addDays, type IsoDate } from '../calendar.ts';
import { cutToAsOf, findInitialStage, findStageOnDay, type PipelineHistory } from '../forecast/as-of.ts';
import type { Dimensions, PipelineDeal, Scope } from '../types.ts';
import { REASON_BASELINE_DAYS } from './reason-shift.ts';
import { groupScopeRows, type ScopeRows } from './scope-rows.ts';
import { createWindowEvidence } from './window-evidence.ts';

const DIMENSIONS: Dimensions = {
  products: [1, 2].map((id) => ({ id, name: `P${id}` })),
  segments: [],
  regions: [],
  teams: [],
  owners: [],
};

function referenceWaterfall(
  rows: ScopeRows,
  history: PipelineHistory,
  scope: Scope,
  from: IsoDate,
  to: IsoDate,
) {
  const weightOf = new Map(history.stages.map((stage) => [stage.name, stage.defaultProbability]));
  const initialStage = findInitialStage(history.stages);
  const sums = { start: 0, created: 0, progressed: 0, regressed: 0, won: 0, lost: 0, slipped: 0 };
  const weigh = (deal: PipelineDeal, day: IsoDate) => {
    const changes = rows.changesByDeal.get(deal.id) ?? [];
    return deal.amountCents * (weightOf.get(findStageOnDay({ deal, changes, day, initialStage })) ?? 0);
  };
  for (const deal of rows.dealsFor(scope)) {
    if (deal.createdOn > to || (deal.closedOn !== null && deal.closedOn < from)) continue;
    const isNew = deal.createdOn >= from;
    const entry = weigh(deal, isNew ? deal.createdOn : addDays(from, -1));
    if (isNew) sums.created += entry;
    else sums.start += entry;
    const closesInside = deal.outcome !== 'open' && deal.closedOn !== null && deal.closedOn <= to;
    const exit = weigh(deal, closesInside ? addDays(deal.closedOn ?? to, -1) : to);
    if (exit >= entry) sums.progressed += exit - entry;
    else sums.regressed += entry - exit;
    if (closesInside) sums[deal.outcome === 'won' ? 'won' : 'lost'] += exit;
    else if (deal.expectedCloseOn !== null && deal.expectedCloseOn >= from && deal.expectedCloseOn <= to)
      sums.slipped += exit;
  }
  const parts = {
    start: Math.round(sums.start),
    created: Math.round(sums.created),
    progressed: Math.round(sums.progressed + sums.slipped),
    regressed: Math.round(sums.regressed),
    won: Math.round(sums.won),
    lost: Math.round(sums.lost),
    slipped: Math.round(sums.slipped),
  };
  const end =
    parts.start + parts.created + parts.progressed - parts.regressed - parts.won - parts.lost - parts.slipped;
  return { from, to, unit: 'cents', ...parts, end } satisfies PipelineWaterfall;
}

function referenceReasonShifts(deals: readonly PipelineDeal[], from: IsoDate, to: IsoDate): ReasonShift[] {
  const share = (start: IsoDate, end: IsoDate) => {
    const losses = deals.filter(
      (deal) =>
        deal.outcome === 'lost' &&
        deal.lostBarrier !== null &&
        deal.closedOn !== null &&
        deal.closedOn >= start &&
        deal.closedOn <= end,
    );
    return (barrier: BarrierKey) =>
      losses.length === 0
        ? null
        : losses.filter((deal) => deal.lostBarrier === barrier).length / losses.length;
  };
  const now = share(from, to);
  const before = share(addDays(from, -REASON_BASELINE_DAYS), addDays(from, -1));
  if (now('price_perceived_high') === null || before('price_perceived_high') === null) return [];
  return BARRIER_KEYS.map((barrier) => ({
    barrier,
    baselineShare: before(barrier) ?? 0,
    currentShare: now(barrier) ?? 0,
  }))
    .filter((shift) => shift.baselineShare > 0 || shift.currentShare > 0)
    .sort((a, b) => b.currentShare - b.baselineShare - (a.currentShare - a.baselineShare));
}

/** Losses spread over several barriers, so the shares can move. */
function withMixedBarriers(history: PipelineHistory): PipelineHistory {
  return {
    ...history,
    deals: history.deals.map((deal) =>
      deal.lostBarrier === null ? deal : { ...deal, lostBarrier: BARRIER_KEYS[deal.id % 3]! },
    ),
  };
}

/** A window start on or next to a day something happened (the edges), or within the year before asOf. */
function pickWindowStart(history: PipelineHistory, asOf: IsoDate, pick: number): IsoDate {
  const days = history.deals.flatMap((deal) => [deal.createdOn, deal.closedOn, deal.expectedCloseOn]);
  const edges = days.filter((day): day is IsoDate => day !== null && day <= asOf);
  const edge = edges[pick % (edges.length + 1)];
  return edge === undefined ? addDays(asOf, -(pick % 365)) : addDays(edge, (pick % 3) - 1);
}

describe('window evidence', () => {
  it('equals the waterfall and reason shifts computed deal by deal, for every scope and window', () => {
    fc.assert(
      fc.property(historyArbitrary(40), dayArbitrary(), fc.nat(), (raw, asOf, pick) => {
        const history = cutToAsOf(withMixedBarriers(raw), asOf);
        const from = pickWindowStart(history, asOf, pick);
        const rows = groupScopeRows(history, DIMENSIONS);
        const evidence = createWindowEvidence({ rows, asOf });
        for (const scope of [{}, { product: 1 }, { product: 2 }]) {
          const found = evidence.explainWindow(scope, from);
          expect(found.waterfall).toEqual(referenceWaterfall(rows, history, scope, from, asOf));
          expect(found.reasonShifts).toEqual(referenceReasonShifts(rows.dealsFor(scope), from, asOf));
        }
      }),
      { numRuns: 300 },
    );
  });
});
