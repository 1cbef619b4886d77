/**
 * One new-business opportunity from creation to close: a walk through the open stages where each stage is
 * passed or lost, with gamma-distributed durations, rep skill, the story effects on the day of each decision,
 * quarter-end pull-in of wins, and the rep's optimistic expected close date.
 */
import {
  type Random,
  sampleGamma,
  sampleNormal,
  samplePick,
  sampleUniformInt,
  sampleWeightedIndex,
} from '../core/random.ts';
import { pickAccount } from './accounts.ts';
import { LOST_STAGE, OPEN_STAGES, WON_STAGE } from './funnel.ts';
import {
  composeCompetitorOfferLoss,
  composeLostReason,
  pickCompetitor,
  pickLostBarrier,
} from './lost-reasons.ts';
import { endOfMonthDay, pullToQuarterEnd, skipChristmasBreak, toNextBusinessDay } from './seasons.ts';
import type { Cell, SimContext, SimDeal, SimEvent } from './simulation.ts';
import { DEMO_STORY } from './story.ts';

/** Deal sizes grow with prices, about 2 % a year. */
const PRICE_GROWTH = 0.02;
const SKIP_NEEDS_ANALYSIS = 0.08;
const REGRESS_TO_OFFER = 0.06;
/** Lost deals linger a little longer in their last stage before someone closes them. */
const LOSS_DELAY_FACTOR = 1.3;
const DEAL_SIZE_STEP_CENTS = 10_000;

export interface NewDealInput {
  cell: Cell;
  ordinal: number;
  createdDay: number;
  leadSource: string;
  /** Multiplies the pass probability at Qualifizierung (referrals and existing customers qualify more often). */
  qualifyBoost: number;
}

function sampleAmountCents(random: Random, ctx: SimContext, cell: Cell, day: number): number {
  const years = (day - ctx.originDay) / 365.25;
  const median = cell.product.medianEuros * cell.segment.sizeFactor * (1 + PRICE_GROWTH) ** years;
  const euros = median * Math.exp(sampleNormal(random, 0, cell.product.sigma));
  return Math.max(1, Math.round((euros * 100) / DEAL_SIZE_STEP_CENTS)) * DEAL_SIZE_STEP_CENTS;
}

function sampleStageDays(random: Random, cell: Cell, stageIndex: number): number {
  const mean = OPEN_STAGES[stageIndex]!.meanDays * cell.product.cycleFactor * cell.segment.cycleFactor;
  return Math.max(1, Math.round(sampleGamma(random, 2, mean / 2)));
}

function passProbability(
  ctx: SimContext,
  input: NewDealInput,
  stageIndex: number,
  skill: number,
  day: number,
) {
  const base = OPEN_STAGES[stageIndex]!.passProbability;
  if (stageIndex === 0) return Math.min(0.97, base * input.qualifyBoost);
  if (stageIndex < 2) return base;
  return Math.min(0.97, base * skill * ctx.effects.latePassFactor(input.cell.flags, day));
}

function recordLoss(random: Random, ctx: SimContext, deal: SimDeal, stageIndex: number): void {
  const { cell } = deal;
  const storyShare = ctx.effects.competitorLossShare(cell.flags, deal.closeDay, stageIndex >= 2);
  if (random.next() < storyShare) {
    const competitor = DEMO_STORY.momentumLoss.competitor;
    const loss = composeCompetitorOfferLoss(random, { product: cell.product.name, competitor });
    deal.trueBarrier = loss.barrier;
    deal.lostReason = loss.reason.text;
    deal.competitor = loss.reason.competitor;
    return;
  }
  const awarenessBoost = ctx.effects.awarenessLossBoost(cell.flags, deal.closeDay);
  const barrier = pickLostBarrier(random, { stageIndex, awarenessBoost });
  const competitor = pickCompetitor(random, cell.productIndex);
  const reason = composeLostReason(random, { barrier, product: cell.product.name, competitor });
  deal.trueBarrier = barrier;
  deal.lostReason = reason.text;
  deal.competitor = reason.competitor;
}

/** Walks the open stages; returns the index of the stage the deal was lost in, or null when it was won. */
function walkStages(random: Random, ctx: SimContext, input: NewDealInput, skill: number, events: SimEvent[]) {
  let day = input.createdDay;
  for (let stageIndex = 0; stageIndex < OPEN_STAGES.length; stageIndex++) {
    if (stageIndex === 1 && random.next() < SKIP_NEEDS_ANALYSIS) continue;
    events.push({ stage: OPEN_STAGES[stageIndex]!.name, day });
    const stageDays = sampleStageDays(random, input.cell, stageIndex);
    const isPassed = random.next() < passProbability(ctx, input, stageIndex, skill, day + stageDays);
    if (!isPassed) return { lostIn: stageIndex, closeDay: day + Math.round(stageDays * LOSS_DELAY_FACTOR) };
    day = toNextBusinessDay(day + stageDays);
    if (stageIndex === 3 && random.next() < REGRESS_TO_OFFER) {
      // A revised offer: back to Angebot, then on to Verhandlung again.
      events.push({ stage: OPEN_STAGES[2]!.name, day });
      day = toNextBusinessDay(day + sampleStageDays(random, input.cell, 2));
      events.push({ stage: OPEN_STAGES[3]!.name, day });
      day = toNextBusinessDay(day + sampleStageDays(random, input.cell, 3));
    }
  }
  return { lostIn: null, closeDay: day };
}

function planCloseDay(random: Random, cell: Cell, createdDay: number): number {
  const typicalDays = OPEN_STAGES.reduce((sum, stage) => sum + stage.meanDays, 0);
  const optimism = 0.6 + 0.35 * random.next();
  const planned =
    createdDay + Math.round(typicalDays * cell.product.cycleFactor * cell.segment.cycleFactor * optimism);
  return random.next() < 0.4 ? endOfMonthDay(planned) : planned;
}

/** Simulates one new-business opportunity over its whole life. */
export function simulateNewDeal(random: Random, ctx: SimContext, input: NewDealInput): SimDeal {
  const { cell } = input;
  const rep = cell.reps[sampleWeightedIndex(random, cell.repWeights)]!;
  const account = pickAccount(random, cell.accounts);
  const quoteCents = sampleAmountCents(random, ctx, cell, input.createdDay);
  const events: SimEvent[] = [];
  const walk = walkStages(random, ctx, input, rep.skill, events);
  const isWon = walk.lostIn === null;
  const closeDay = isWon
    ? pullToQuarterEnd(random, walk.closeDay, events.at(-1)!.day + 1)
    : skipChristmasBreak(toNextBusinessDay(walk.closeDay));
  events.push({ stage: isWon ? WON_STAGE : LOST_STAGE, day: closeDay });
  const negotiated = 1 - 0.08 * random.next();
  const [low, high] = DEMO_STORY.momentumLoss.wonPriceFactor;
  const storyDiscount = ctx.effects.isDiscounting(cell.flags, closeDay)
    ? low + (high - low) * random.next()
    : 1;
  const deal: SimDeal = {
    cell,
    ordinal: input.ordinal,
    name: `${cell.product.name} ${samplePick(random, cell.product.projects)} – ${account}`,
    account,
    owner: rep.name,
    quoteCents,
    wonCents: Math.round((quoteCents * negotiated * storyDiscount) / 100) * 100,
    isRenewal: false,
    leadSource: input.leadSource,
    events,
    outcome: isWon ? 'won' : 'lost',
    closeDay,
    plannedCloseDay: planCloseDay(random, cell, input.createdDay),
    slipSeed: sampleUniformInt(random, 0, 2 ** 31),
    lostReason: null,
    trueBarrier: null,
    competitor: null,
  };
  if (walk.lostIn !== null) recordLoss(random, ctx, deal, walk.lostIn);
  return deal;
}
