/**
 * The pipeline waterfall of a scope over a window (DESIGN §4): start + created + progressed − regressed − won −
 * lost − slipped = end, on the stage-weighted pipeline (amount × the stage's CRM probability), so moving a deal
 * forward adds value and a stall or a step back takes it away. `slipped` is the weighted value of deals still
 * open at the end whose expected close fell inside the window: they stay in `end`, and are reported so a
 * reader sees how much of the end pipeline is overdue; it is moved out of `progressed` to keep the sum.
 */
import type { PipelineWaterfall } from '../alerts.ts';
import { type IsoDate, toEpochDay } from '../calendar.ts';
import {
  buildDealColumns,
  type DealColumns,
  type DealColumnsInput,
  findWeightOnDay,
  OUTCOME_OPEN,
  OUTCOME_WON,
} from './deal-columns.ts';

export interface WaterfallInput extends DealColumnsInput {
  from: IsoDate;
  to: IsoDate;
}

/** The waterfall of every deal given, from deal objects: the reference the scan's column path is tested against. */
export function computeWaterfall(input: WaterfallInput): PipelineWaterfall {
  const columns = buildDealColumns(input);
  const everyDeal = Int32Array.from({ length: columns.count }, (_, i) => i);
  return sumWaterfall({ columns, dealIndexes: everyDeal, from: input.from, to: input.to });
}

export interface WaterfallOfColumnsInput {
  columns: DealColumns;
  /** Positions of the scope's deals in the columns, in the scope's order (the order of the sums). */
  dealIndexes: ArrayLike<number>;
  from: IsoDate;
  to: IsoDate;
}

export function sumWaterfall(input: WaterfallOfColumnsInput): PipelineWaterfall {
  const { columns, dealIndexes, from, to } = input;
  const fromDay = toEpochDay(from);
  const toDay = toEpochDay(to);
  const result = { start: 0, created: 0, progressed: 0, regressed: 0, won: 0, lost: 0, slipped: 0 };
  for (let n = 0; n < dealIndexes.length; n++) {
    const i = dealIndexes[n]!;
    const createdDay = columns.createdDay[i]!;
    const closeDay = columns.closeDay[i]!;
    if (createdDay > toDay || closeDay < fromDay) continue;
    const amount = columns.amountCents[i]!;
    const isNew = createdDay >= fromDay;
    const entry = amount * findWeightOnDay(columns, i, isNew ? createdDay : fromDay - 1);
    if (isNew) result.created += entry;
    else result.start += entry;
    const outcome = columns.outcome[i]!;
    const closesInside = outcome !== OUTCOME_OPEN && closeDay <= toDay;
    const exit = amount * findWeightOnDay(columns, i, closesInside ? closeDay - 1 : toDay);
    const move = exit - entry;
    if (move >= 0) result.progressed += move;
    else result.regressed -= move;
    if (closesInside) {
      if (outcome === OUTCOME_WON) result.won += exit;
      else result.lost += exit;
      continue;
    }
    const expectedDay = columns.expectedCloseDay[i]!;
    if (expectedDay >= fromDay && expectedDay <= toDay) result.slipped += exit;
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
