/**
 * Quarterly targets as a sales manager sets them: the company plan is the run rate of the last four quarters,
 * shaped by the known seasonality of the quarter, plus 7 %; it is split across product × segment by each scope's
 * share of the last four quarters, with some ambition or caution per scope; products, regions and the company add
 * up from there. So some scopes beat their target and some miss in past quarters. The current quarter's plan is
 * closer to what happens (CURRENT_ATTAINMENT_RANGE), except in the story's scope: the planted problem stands out.
 */
import { addDays, type IsoDate, listPeriods, type Period, periodOf } from '../core/calendar.ts';
import { createRandom, deriveSeed, type Random, sampleNormal } from '../core/random.ts';
import { PRODUCTS, SEGMENTS } from './company.ts';
import { quarterKeyOfDay } from './days.ts';
import { REGIONS } from './sales-team.ts';
import type { SimDeal } from './simulation.ts';
import { DEMO_STORY } from './story.ts';
import type { DemoTarget, DemoTruth } from './types.ts';

/** The plan asks this much more than the run rate of the last four quarters. */
const PLAN_UPLIFT = 0.07;
const NEW_WINS_GROWTH = 0.05;
const RENEWALS_GROWTH = 0.03;
/** Targets are round numbers: whole thousands of euros. */
const ROUNDING_CENTS = 100_000;
/**
 * The current quarter's plan leaves every scope outside the story between 4 % short of and 8 % above its
 * target: a plan made by people who know their business, so the demo's one planted problem is what stands out.
 */
const CURRENT_ATTAINMENT_RANGE = [0.96, 1.08] as const;

export interface WonBooking {
  product: string;
  segment: string;
  region: string;
  closeDay: number;
  cents: number;
  isRenewal: boolean;
}

export function toWonBookings(deals: readonly SimDeal[]): WonBooking[] {
  return deals
    .filter((deal) => deal.outcome === 'won')
    .map((deal) => ({
      product: deal.cell.product.name,
      segment: deal.cell.segment.name,
      region: deal.cell.region,
      closeDay: deal.closeDay,
      cents: deal.wonCents,
      isRenewal: deal.isRenewal,
    }));
}

/** Sums per quarter key and scope key ("" = company, "P|S" = product × segment, "R" = region). */
class QuarterSums {
  private readonly sums = new Map<string, number>();

  add(quarter: string, scope: string, value: number): void {
    const key = `${quarter}#${scope}`;
    this.sums.set(key, (this.sums.get(key) ?? 0) + value);
  }

  get(quarter: string, scope: string): number {
    return this.sums.get(`${quarter}#${scope}`) ?? 0;
  }
}

function summarise(bookings: readonly WonBooking[]) {
  const cents = new QuarterSums();
  const counts = new QuarterSums();
  for (const booking of bookings) {
    const quarter = quarterKeyOfDay(booking.closeDay);
    cents.add(quarter, '', booking.cents);
    cents.add(quarter, `${booking.product}|${booking.segment}`, booking.cents);
    cents.add(quarter, booking.region, booking.cents);
    counts.add(quarter, booking.isRenewal ? 'renewals' : 'new', 1);
  }
  return { cents, counts };
}

function previousQuarters(quarter: Period, count: number): string[] {
  const keys: string[] = [];
  let current = quarter;
  for (let i = 0; i < count; i++) {
    current = periodOf(addDays(current.start, -1), 'quarter');
    keys.push(current.key);
  }
  return keys;
}

/**
 * Bookings of each quarter of the year (Q1…Q4) relative to an average quarter, from the complete quarters of the
 * data: the seasonality a planner knows from experience.
 */
function computeSeasonality(cents: QuarterSums, windowStart: IsoDate, asOf: IsoDate): number[] {
  const complete = listPeriods('quarter', windowStart, asOf).filter((quarter) => quarter.end < asOf);
  const mean = complete.reduce((sum, quarter) => sum + cents.get(quarter.key, ''), 0) / complete.length;
  return [1, 2, 3, 4].map((n) => {
    const same = complete.filter((quarter) => quarter.key.endsWith(`Q${n}`));
    return same.length === 0
      ? 1
      : same.reduce((sum, q) => sum + cents.get(q.key, ''), 0) / same.length / mean;
  });
}

function roundTarget(cents: number): number {
  return Math.max(ROUNDING_CENTS, Math.round(cents / ROUNDING_CENTS) * ROUNDING_CENTS);
}

const CELL_KEYS = PRODUCTS.flatMap((product) => SEGMENTS.map((segment) => `${product.name}|${segment.name}`));
const STORY_KEY = `${DEMO_STORY.momentumLoss.product}|${DEMO_STORY.momentumLoss.segment}`;

/**
 * The story scope's current-quarter target is raised, where the plan was modest, so that the simulated quarter
 * ends inside the story's attainment range: the target is at real risk whatever the noise did.
 */
function adjustStoryTarget(draw: number, target: number, truth: DemoTruth): number {
  const [low, high] = DEMO_STORY.momentumLoss.attainmentRange;
  const desired = low + (high - low) * draw;
  const actual = truth.bookingsByScope.find((scope) => `${scope.product}|${scope.segment}` === STORY_KEY);
  const bookings = actual?.bookingsCents ?? 0;
  return bookings / target <= high ? target : roundTarget(bookings / desired);
}

function planQuarter(
  random: Random,
  quarter: Period,
  current: string,
  sums: ReturnType<typeof summarise>,
  seasonality: readonly number[],
  storyTruth: DemoTruth | null,
) {
  const prior = previousQuarters(quarter, 4);
  const trailing = (scope: string) => prior.reduce((sum, key) => sum + sums.cents.get(key, scope), 0);
  const trailingTotal = Math.max(1, trailing(''));
  const season = seasonality[Number(quarter.key.slice(-1)) - 1]!;
  const companyPlan = (trailingTotal / 4) * season * (1 + PLAN_UPLIFT) * (1 + sampleNormal(random, 0, 0.02));
  const isCurrent = quarter.key === current;
  const cellTargets = new Map<string, number>();
  for (const key of CELL_KEYS) {
    const ambition = 1 + sampleNormal(random, 0, 0.05);
    // Drawn for every quarter and cell, so the current quarter's plan changes no other draw.
    const [low, high] = CURRENT_ATTAINMENT_RANGE;
    const attainment = low + (high - low) * random.next();
    const planned = isCurrent
      ? sums.cents.get(quarter.key, key) / attainment
      : (companyPlan * trailing(key) * ambition) / trailingTotal;
    cellTargets.set(key, roundTarget(planned));
  }
  // Drawn for every quarter, so the story changes no other draw.
  const storyDraw = random.next();
  if (storyTruth && storyTruth.period === quarter.key) {
    cellTargets.set(STORY_KEY, adjustStoryTarget(storyDraw, cellTargets.get(STORY_KEY)!, storyTruth));
  }
  const regionShare = (region: string) =>
    isCurrent
      ? sums.cents.get(quarter.key, region) / Math.max(1, sums.cents.get(quarter.key, ''))
      : trailing(region) / trailingTotal;
  return { cellTargets, regionShare, priorYear: prior[3]! };
}

export interface PlanTargetsInput {
  seed: number;
  bookings: readonly WonBooking[];
  windowStart: IsoDate;
  asOf: IsoDate;
  /** The simulated truth of the as-of quarter; null = no story, no adjustment. */
  storyTruth: DemoTruth | null;
}

/** Targets for every quarter from the window start to the as-of quarter: bookings per scope, counts company-wide. */
export function planTargets(input: PlanTargetsInput): DemoTarget[] {
  const random = createRandom(deriveSeed(input.seed, 'targets'));
  const sums = summarise(input.bookings);
  const seasonality = computeSeasonality(sums.cents, input.windowStart, input.asOf);
  const targets: DemoTarget[] = [];
  for (const quarter of listPeriods('quarter', input.windowStart, input.asOf)) {
    const plan = planQuarter(
      random,
      quarter,
      periodOf(input.asOf, 'quarter').key,
      sums,
      seasonality,
      input.storyTruth,
    );
    const period = quarter.key;
    let company = 0;
    for (const [key, value] of plan.cellTargets) {
      const [product, segment] = key.split('|') as [string, string];
      targets.push({ period, measure: 'bookings', scope: { product, segment }, value });
      company += value;
    }
    for (const product of PRODUCTS) {
      const value = CELL_KEYS.filter((key) => key.startsWith(`${product.name}|`)).reduce(
        (sum, key) => sum + plan.cellTargets.get(key)!,
        0,
      );
      targets.push({ period, measure: 'bookings', scope: { product: product.name }, value });
    }
    let assigned = 0;
    REGIONS.forEach((region, index) => {
      const isLast = index === REGIONS.length - 1;
      const value = isLast ? company - assigned : roundTarget(company * plan.regionShare(region.name));
      assigned += value;
      targets.push({ period, measure: 'bookings', scope: { region: region.name }, value });
    });
    targets.push({ period, measure: 'bookings', scope: {}, value: company });
    // Won deals count renewals too, as the forecast counts them (core/forecast/pipeline-index).
    const newWins = sums.counts.get(plan.priorYear, 'new') * (1 + NEW_WINS_GROWTH);
    const renewed = sums.counts.get(plan.priorYear, 'renewals') * (1 + RENEWALS_GROWTH);
    targets.push({ period, measure: 'deals_won', scope: {}, value: Math.round(newWins + renewed) });
    targets.push({ period, measure: 'renewals', scope: {}, value: Math.round(renewed) });
  }
  return targets;
}
