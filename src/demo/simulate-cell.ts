/**
 * Day by day for one product × segment × region: leads arrive (Poisson, seasonal, with a weekly gamma shock so
 * counts are overdispersed as in real CRMs), some convert into opportunities after a few days; reps also open
 * opportunities without a lead; trade fairs bring bursts of Messe leads. Each cell draws from its own stream,
 * so a story in one cell leaves every other cell's data unchanged.
 */
import {
  createRandom,
  deriveSeed,
  type Random,
  sampleGamma,
  samplePoisson,
  sampleUniformInt,
  sampleWeightedIndex,
} from '../core/random.ts';
import { OPPORTUNITY_SHARE } from './company.ts';
import { toCivil } from './days.ts';
import { DIRECT_SOURCES, FAIR_CHANNEL, FAIRS, LEAD_CHANNELS } from './funnel.ts';
import { REGIONS } from './sales-team.ts';
import { computeGrowth, skipChristmasBreak, toNextBusinessDay, weekdayOfDay } from './seasons.ts';
import { simulateNewDeal } from './simulate-deal.ts';
import type { Cell, SimContext, SimDeal, SimLead } from './simulation.ts';

/** New opportunities a year at the start of the data window, before growth. */
export const BASE_OPPORTUNITIES_PER_YEAR = 3_150;
/** Share of new opportunities that come from marketing leads (the rest reps open themselves). */
const LEAD_SOURCED_SHARE = 0.72;
/** Share of lead-sourced opportunities that come from trade fairs. */
const FAIR_SHARE = 0.1;
/** Mean of the activity table over a year (seasons.ts), so rates below are per average day. */
const MEAN_ACTIVITY = 0.97;
/** Shape of the weekly gamma shock: coefficient of variation 1/√40 ≈ 16 %. */
const WEEKLY_SHOCK_SHAPE = 40;
/** Campaign-driven extra leads come through the campaign's channels. */
const CAMPAIGN_CHANNELS = ['Webinar', 'Website', 'Webinar', 'Messe'] as const;

const MEAN_CONVERSION = LEAD_CHANNELS.reduce((sum, channel) => sum + channel.share * channel.conversion, 0);
const CHANNEL_WEIGHTS = LEAD_CHANNELS.map((channel) => channel.share);
const DIRECT_WEIGHTS = DIRECT_SOURCES.map((source) => source.share);
const CONVERSION_BY_CHANNEL = new Map(
  [...LEAD_CHANNELS, FAIR_CHANNEL].map((channel) => [channel.name, channel.conversion]),
);
/** Campaign-brought deals are numbered apart from the cell's own, so their keys never collide. */
const EXTRA_ORDINAL_START = 1_000_000;
const QUALIFY_BOOST: Record<string, number> = {
  Empfehlung: 1.12,
  Bestandskunde: 1.12,
  'Vertrieb direkt': 0.95,
};

interface CellRun {
  /** Draws the world without stories: arrivals, channels, conversion decisions. */
  random: Random;
  /** Draws the extra leads a campaign brings, so they shift no other draw. */
  campaignRandom: Random;
  ctx: SimContext;
  cell: Cell;
  leads: SimLead[];
  deals: SimDeal[];
  /** Counts potential deals (also those a story thins away), so deal streams stay aligned across worlds. */
  nextOrdinal: number;
  nextExtraOrdinal: number;
}

function startDeal(run: CellRun, input: { ordinal: number; namespace: string; day: number; source: string }) {
  const random = createRandom(
    deriveSeed(run.ctx.seed, `${input.namespace}:${run.cell.index}:${input.ordinal}`),
  );
  const deal = simulateNewDeal(random, run.ctx, {
    cell: run.cell,
    ordinal: input.ordinal,
    createdDay: input.day,
    leadSource: input.source,
    qualifyBoost: QUALIFY_BOOST[input.source] ?? 1,
  });
  run.deals.push(deal);
  return deal;
}

/** A lead of the world without stories (`random` = the cell stream) or a campaign's extra lead. */
function addLead(run: CellRun, lead: { day: number; channel: string; isExtra: boolean; isKept: boolean }) {
  const { ctx, cell } = run;
  const random = lead.isExtra ? run.campaignRandom : run.random;
  // Nobody qualifies leads over Christmas: those conversions wait for January.
  const delay = Math.max(1, Math.round(sampleGamma(random, 2, 6)));
  const conversionDay = skipChristmasBreak(toNextBusinessDay(lead.day + delay));
  const draw = random.next();
  const disqualifiedDay = lead.day + sampleUniformInt(random, 3, 60);
  const conversion = CONVERSION_BY_CHANNEL.get(lead.channel) ?? MEAN_CONVERSION;
  const isPotentialDeal = draw < conversion;
  let ordinal = -1;
  if (isPotentialDeal) ordinal = lead.isExtra ? run.nextExtraOrdinal++ : run.nextOrdinal++;
  if (!lead.isKept) return;
  const isConverted =
    isPotentialDeal && draw < conversion * ctx.effects.conversionKeep(cell.flags, conversionDay);
  const deal = isConverted
    ? startDeal(run, {
        ordinal,
        namespace: lead.isExtra ? 'campaign-deal' : 'deal',
        day: conversionDay,
        source: lead.channel,
      })
    : null;
  const resolvedDay = deal ? conversionDay : disqualifiedDay;
  run.leads.push({ cell, createdDay: lead.day, channel: lead.channel, resolvedDay, deal });
}

function addDirectDeal(run: CellRun, day: number): void {
  const source = DIRECT_SOURCES[sampleWeightedIndex(run.random, DIRECT_WEIGHTS)]!.name;
  const ordinal = run.nextOrdinal++;
  const createdDay = skipChristmasBreak(toNextBusinessDay(day));
  if (run.random.next() >= run.ctx.effects.directKeep(run.cell.flags, createdDay)) return;
  startDeal(run, { ordinal, namespace: 'deal', day: createdDay, source });
}

function addDayLeads(run: CellRun, day: number, meanLeads: number): void {
  const { ctx, cell, random } = run;
  const count = samplePoisson(random, meanLeads);
  for (let i = 0; i < count; i++) {
    const channel = LEAD_CHANNELS[sampleWeightedIndex(random, CHANNEL_WEIGHTS)]!.name;
    const isKept = random.next() < ctx.effects.leadKeep(cell.flags, day);
    addLead(run, { day, channel, isExtra: false, isKept });
  }
  const lift = ctx.effects.leadLift(cell.flags, day);
  if (lift <= 0) return;
  const extra = samplePoisson(run.campaignRandom, meanLeads * lift);
  for (let i = 0; i < extra; i++) {
    const channel = CAMPAIGN_CHANNELS[Math.floor(run.campaignRandom.next() * CAMPAIGN_CHANNELS.length)]!;
    addLead(run, { day, channel, isExtra: true, isKept: true });
  }
}

/** Monday of ISO week `week` in `year`, as an epoch day (4 January is always in week 1). */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Math.floor(Date.UTC(year, 0, 4) / 86_400_000);
  const weekday = ((((jan4 + 3) % 7) + 7) % 7) + 1;
  return jan4 - (weekday - 1) + 7 * (week - 1);
}

function addFairLeads(run: CellRun, yearlyOpportunities: number): void {
  const { ctx, cell, random } = run;
  const yearlyFairLeads = (yearlyOpportunities * LEAD_SOURCED_SHARE * FAIR_SHARE) / FAIR_CHANNEL.conversion;
  const segmentTotal = FAIRS.reduce((sum, fair) => sum + fair.segmentWeights[cell.segmentIndex]!, 0);
  const firstYear = toCivil(ctx.firstDay).year;
  const lastYear = toCivil(ctx.lastDay).year;
  for (let year = firstYear; year <= lastYear; year++) {
    for (const fair of FAIRS) {
      const monday = isoWeekMonday(year, fair.isoWeek);
      if (monday < ctx.firstDay || monday + 4 > ctx.lastDay) continue;
      const growth = computeGrowth(monday, ctx.originDay);
      const share = fair.segmentWeights[cell.segmentIndex]! / segmentTotal;
      const count = samplePoisson(random, yearlyFairLeads * share * growth);
      for (let i = 0; i < count; i++) {
        const day = monday + sampleUniformInt(random, 1, 4);
        const isKept = random.next() < ctx.effects.leadKeep(cell.flags, day);
        addLead(run, { day, channel: FAIR_CHANNEL.name, isExtra: false, isKept });
      }
    }
  }
}

/** All leads and new-business deals of one cell from `ctx.firstDay` to `ctx.lastDay`. */
export function simulateCell(ctx: SimContext, cell: Cell): { leads: SimLead[]; deals: SimDeal[] } {
  const run: CellRun = {
    random: createRandom(deriveSeed(ctx.seed, `cell:${cell.index}`)),
    campaignRandom: createRandom(deriveSeed(ctx.seed, `campaign:${cell.index}`)),
    ctx,
    cell,
    leads: [],
    deals: [],
    nextOrdinal: 0,
    nextExtraOrdinal: EXTRA_ORDINAL_START,
  };
  const regionShare = REGIONS.find((region) => region.name === cell.region)!.share;
  const yearly =
    BASE_OPPORTUNITIES_PER_YEAR * OPPORTUNITY_SHARE[cell.productIndex]![cell.segmentIndex]! * regionShare;
  const leadsPerDay =
    (yearly * LEAD_SOURCED_SHARE * (1 - FAIR_SHARE)) / MEAN_CONVERSION / 365 / MEAN_ACTIVITY;
  const directPerDay = (yearly * (1 - LEAD_SOURCED_SHARE)) / 365 / MEAN_ACTIVITY;
  let shock = 1;
  for (let day = ctx.firstDay; day <= ctx.lastDay; day++) {
    if (day === ctx.firstDay || weekdayOfDay(day) === 1)
      shock = sampleGamma(run.random, WEEKLY_SHOCK_SHAPE, 1 / WEEKLY_SHOCK_SHAPE);
    const activity = ctx.activity[day - ctx.firstDay]! * shock;
    addDayLeads(run, day, leadsPerDay * activity);
    const directCount = samplePoisson(run.random, directPerDay * activity);
    for (let i = 0; i < directCount; i++) addDirectDeal(run, day);
  }
  addFairLeads(run, yearly);
  return { leads: run.leads, deals: run.deals };
}
