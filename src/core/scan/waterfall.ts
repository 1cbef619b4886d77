/**
 * The pipeline waterfall of a scope over a window (DESIGN §4): start + created + progressed − regressed − won −
 * lost − slipped = end, on the stage-weighted pipeline (amount × the stage's CRM probability), so moving a deal
 * forward adds value and a stall or a step back takes it away. `slipped` is the weighted value of deals still
 * open at the end whose expected close fell inside the window: they stay in `end`, and are reported so a
 * reader sees how much of the end pipeline is overdue; it is moved out of `progressed` to keep the sum.
 */
import type { PipelineWaterfall } from '../alerts.ts';
import { addDays, type IsoDate } from '../calendar.ts';
import { findInitialStage, findStageOnDay } from '../forecast/as-of.ts';
import type { Deal, StageChange, StageDefinition } from '../types.ts';

export interface WaterfallInput {
  deals: readonly Deal[];
  /** Each deal's stage changes, sorted by date. */
  changesByDeal: ReadonlyMap<number, readonly StageChange[]>;
  stages: readonly StageDefinition[];
  from: IsoDate;
  to: IsoDate;
}

export function computeWaterfall(input: WaterfallInput): PipelineWaterfall {
  const { from, to } = input;
  const weightOf = new Map(input.stages.map((stage) => [stage.name, stage.defaultProbability]));
  const initialStage = findInitialStage(input.stages);
  const result = { start: 0, created: 0, progressed: 0, regressed: 0, won: 0, lost: 0, slipped: 0 };
  const dayBefore = addDays(from, -1);
  const weigh = (deal: Deal, changes: readonly StageChange[], day: IsoDate) =>
    deal.amountCents * (weightOf.get(findStageOnDay({ deal, changes, day, initialStage })) ?? 0);
  for (const deal of input.deals) {
    if (deal.createdOn > to) continue;
    const closesBefore = deal.closedOn !== null && deal.closedOn < from;
    if (closesBefore) continue;
    const changes = input.changesByDeal.get(deal.id) ?? [];
    const isNew = deal.createdOn >= from;
    const entry = weigh(deal, changes, isNew ? deal.createdOn : dayBefore);
    if (isNew) result.created += entry;
    else result.start += entry;
    const closesInside = deal.outcome !== 'open' && deal.closedOn !== null && deal.closedOn <= to;
    const exit = weigh(deal, changes, closesInside ? addDays(deal.closedOn ?? to, -1) : to);
    const move = exit - entry;
    if (move >= 0) result.progressed += move;
    else result.regressed -= move;
    if (closesInside) {
      if (deal.outcome === 'won') result.won += exit;
      else result.lost += exit;
      continue;
    }
    const isOverdue =
      deal.expectedCloseOn !== null && deal.expectedCloseOn >= from && deal.expectedCloseOn <= to;
    if (isOverdue) result.slipped += exit;
  }
  // Slipped deals stay in `end`; the identity holds with slipped added back to progressed. Whole cents, and
  // `end` from the rounded parts so the identity holds exactly.
  const parts = {
    start: Math.round(result.start),
    created: Math.round(result.created),
    progressed: Math.round(result.progressed + result.slipped),
    regressed: Math.round(result.regressed),
    won: Math.round(result.won),
    lost: Math.round(result.lost),
    slipped: Math.round(result.slipped),
  };
  const end =
    parts.start + parts.created + parts.progressed - parts.regressed - parts.won - parts.lost - parts.slipped;
  return { from, to, unit: 'cents', ...parts, end };
}
