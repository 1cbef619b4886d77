/**
 * Reads a scope's grid set back as weekly series, in the order the scan reports them: new opportunities and
 * their value, win rate, renewal rate, average deal size, cycle time, the barrier shares that occur, the stage
 * conversions that have any exits, and late-stage stalls.
 */
import type { IsoDate } from '../calendar.ts';
import { lostBarrierKey, stageConversionKey } from './catalogue.ts';
import { DEAL_SLOTS, type GridLayout, type GridSet } from './indicator-grids.ts';
import type { WeekValue } from './series.ts';

export interface KeyedWeeks {
  key: string;
  weeks: WeekValue[];
}

type WeekReader = (weekStart: IsoDate, value: number, n: number) => WeekValue;

const asSum: WeekReader = (weekStart, value, n) => ({ weekStart, value, n });
const asCount: WeekReader = (weekStart, value) => ({ weekStart, value, n: 1 });
/** Means for log values; a week with n = 0 gets value 0. */
const asMean: WeekReader = (weekStart, value, n) => ({ weekStart, value: n > 0 ? value / n : 0, n });
/** A week's total value is one log-normal-ish observation; a week with no value carries no information. */
const asLogTotal: WeekReader = (weekStart, value) => ({
  weekStart,
  value: value > 0 ? Math.log(value) : 0,
  n: value > 0 ? 1 : 0,
});

function readSlot(
  layout: GridLayout,
  set: GridSet,
  slot: number,
  reader: WeekReader,
  nSlot = slot,
): WeekValue[] {
  const weeks = layout.weekStarts.length;
  return layout.weekStarts.map((weekStart, i) =>
    reader(weekStart, set.values[slot * weeks + i]!, set.counts[nSlot * weeks + i]!),
  );
}

function readDealSeries(layout: GridLayout, set: GridSet): KeyedWeeks[] {
  const read = (slot: number, reader: WeekReader) => readSlot(layout, set, slot, reader);
  const series: KeyedWeeks[] = [
    { key: 'new_opportunities', weeks: read(DEAL_SLOTS.newOpportunities, asCount) },
    { key: 'new_opportunity_value', weeks: read(DEAL_SLOTS.newOpportunityValue, asLogTotal) },
    { key: 'win_rate', weeks: read(DEAL_SLOTS.winRate, asSum) },
    { key: 'renewal_rate', weeks: read(DEAL_SLOTS.renewalRate, asSum) },
    { key: 'avg_deal_size', weeks: read(DEAL_SLOTS.avgDealSize, asMean) },
    { key: 'cycle_time', weeks: read(DEAL_SLOTS.cycleTime, asMean) },
  ];
  // Only barriers that occur in the scope's coded losses get a series; their trials are all coded losses.
  for (const [barrier, slot] of layout.barrierSlots) {
    if (set.hasEvent[slot] !== 1) continue;
    const weeks = readSlot(layout, set, slot, asSum, DEAL_SLOTS.codedLosses);
    series.push({ key: lostBarrierKey(barrier), weeks });
  }
  return series;
}

function readFunnelSeries(layout: GridLayout, set: GridSet): KeyedWeeks[] {
  if (layout.stageSlots.size === 0) return [];
  const conversions = [...layout.stageSlots]
    .map(([stage, slot]) => ({ key: stageConversionKey(stage), weeks: readSlot(layout, set, slot, asSum) }))
    .filter((series) => series.weeks.some((week) => week.n > 0));
  const stalls = readSlot(layout, set, DEAL_SLOTS.lateStageStalls, asCount);
  return [...conversions, { key: 'late_stage_stalls', weeks: stalls }];
}

/** Every deal-based and funnel series of one scope's grid set. */
export function readIndicatorGrids(layout: GridLayout, set: GridSet): KeyedWeeks[] {
  return [...readDealSeries(layout, set), ...readFunnelSeries(layout, set)];
}
