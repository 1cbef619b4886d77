/**
 * Deal-based weekly indicators: new opportunities (count and value), win rate, renewal rate, average deal size,
 * cycle time and the share of losses per barrier. Events are dated by creation or close; anything after the
 * grid's last complete week is ignored.
 */
import { BARRIER_KEYS, type BarrierKey } from '../aida.ts';
import { daysBetween, type IsoDate } from '../calendar.ts';
import type { Deal } from '../types.ts';
import { lostBarrierKey } from './catalogue.ts';
import { createWeekGrid, type WeekValue } from './series.ts';

export interface KeyedWeeks {
  key: string;
  weeks: WeekValue[];
}

function computeNewOpportunities(deals: readonly Deal[], weekStarts: readonly IsoDate[]): KeyedWeeks[] {
  const counts = createWeekGrid(weekStarts);
  const values = createWeekGrid(weekStarts);
  for (const deal of deals) {
    if (deal.isRenewal) continue;
    counts.add(deal.createdOn, 1);
    values.add(deal.createdOn, deal.amountCents / 100);
  }
  // A week's total value is one log-normal-ish observation; a week with no value carries no information.
  const valueWeeks = values.toSums().map((week) => ({
    weekStart: week.weekStart,
    value: week.value > 0 ? Math.log(week.value) : 0,
    n: week.value > 0 ? 1 : 0,
  }));
  return [
    { key: 'new_opportunities', weeks: counts.toSums().map((week) => ({ ...week, n: 1 })) },
    { key: 'new_opportunity_value', weeks: valueWeeks },
  ];
}

function computeCloseRates(deals: readonly Deal[], weekStarts: readonly IsoDate[]): KeyedWeeks[] {
  const wins = createWeekGrid(weekStarts);
  const renewals = createWeekGrid(weekStarts);
  const sizes = createWeekGrid(weekStarts);
  const cycles = createWeekGrid(weekStarts);
  for (const deal of deals) {
    if (deal.closedOn === null || deal.outcome === 'open') continue;
    const isWon = deal.outcome === 'won' ? 1 : 0;
    (deal.isRenewal ? renewals : wins).add(deal.closedOn, isWon, 1);
    if (!isWon || deal.isRenewal) continue;
    if (deal.amountCents > 0) sizes.add(deal.closedOn, Math.log(deal.amountCents / 100));
    // +1 day so a same-day close has a finite log.
    cycles.add(deal.closedOn, Math.log(1 + Math.max(0, daysBetween(deal.createdOn, deal.closedOn))));
  }
  return [
    { key: 'win_rate', weeks: wins.toSums() },
    { key: 'renewal_rate', weeks: renewals.toSums() },
    { key: 'avg_deal_size', weeks: sizes.toMeans() },
    { key: 'cycle_time', weeks: cycles.toMeans() },
  ];
}

/** Share of coded losses per barrier; only barriers that occur in the data get a series. */
function computeBarrierShares(deals: readonly Deal[], weekStarts: readonly IsoDate[]): KeyedWeeks[] {
  const grids = new Map<BarrierKey, ReturnType<typeof createWeekGrid>>();
  const coded = deals.filter(
    (deal) => deal.outcome === 'lost' && deal.closedOn !== null && deal.lostBarrier !== null,
  );
  for (const barrier of BARRIER_KEYS) {
    if (coded.some((deal) => deal.lostBarrier === barrier)) grids.set(barrier, createWeekGrid(weekStarts));
  }
  for (const deal of coded) {
    const closedOn = deal.closedOn;
    if (closedOn === null) continue;
    for (const [barrier, grid] of grids) grid.add(closedOn, deal.lostBarrier === barrier ? 1 : 0, 1);
  }
  return [...grids].map(([barrier, grid]) => ({ key: lostBarrierKey(barrier), weeks: grid.toSums() }));
}

/** All deal-based indicators for deals already filtered to one scope. */
export function computeDealIndicators(deals: readonly Deal[], weekStarts: readonly IsoDate[]): KeyedWeeks[] {
  return [
    ...computeNewOpportunities(deals, weekStarts),
    ...computeCloseRates(deals, weekStarts),
    ...computeBarrierShares(deals, weekStarts),
  ];
}
