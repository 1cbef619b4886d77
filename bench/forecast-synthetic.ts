/**
 * Synthetic B2B pipelines for the forecast backtest: seasonal, growing deal creation; four open stages with
 * stage-by-stage losses and gamma durations; quarterly shocks to win odds and creation; quarter-end pull-in of
 * wins; stalled ("zombie") deals; renewals; rep-estimated expected close dates; optionally a planted decline
 * (lower win odds and fewer new deals for one product from mid-quarter on).
 */
import { fromEpochDay, type IsoDate, isoWeekday, periodOf, toEpochDay } from '../src/core/calendar.ts';
import type { PipelineHistory } from '../src/core/forecast/as-of.ts';
import {
  createRandom,
  deriveSeed,
  type Random,
  sampleGamma,
  sampleNormal,
  samplePoisson,
  sampleWeightedIndex,
} from '../src/core/random.ts';
import type { Deal, Owner, StageChange, StageDefinition } from '../src/core/types.ts';

export const SYNTHETIC_STAGES: StageDefinition[] = [
  { name: 'Qualify', position: 1, defaultProbability: 0.1 },
  { name: 'Develop', position: 2, defaultProbability: 0.25 },
  { name: 'Propose', position: 3, defaultProbability: 0.5 },
  { name: 'Negotiate', position: 4, defaultProbability: 0.75 },
  { name: 'Won', position: 5, defaultProbability: 1 },
  { name: 'Lost', position: 6, defaultProbability: 0 },
];
const OPEN_STAGES = 4;
/** Probability of passing each open stage (the last one: winning), and mean days spent in it. */
const ADVANCE = [0.72, 0.68, 0.62, 0.72];
const MEAN_STAGE_DAYS = [12, 18, 20, 14];

export interface SyntheticConfig {
  seed: number;
  start: IsoDate;
  end: IsoDate;
  /** New deals per weekday at the start. */
  baseRate: number;
  annualGrowth: number;
  /** Planted decline: from this day on, one product's win odds × 0.55 and its new deals × 0.7. */
  decline?: { from: IsoDate; productId: number };
}

export interface SyntheticWorkspace {
  history: PipelineHistory;
  owners: Owner[];
  productIds: number[];
}

/** Demand over the year: a summer dip and a December slow-down, by month (January first). */
const MONTH_FACTOR = [0.9, 1, 1.1, 1.05, 1, 0.95, 0.8, 0.75, 1.05, 1.15, 1.1, 0.7];
const PRODUCTS = [
  { id: 1, weight: 0.5, medianCents: 1_200_000, speed: 0.8, oddsFactor: 1.1 },
  { id: 2, weight: 0.3, medianCents: 4_000_000, speed: 1.2, oddsFactor: 1 },
  { id: 3, weight: 0.2, medianCents: 9_000_000, speed: 1.6, oddsFactor: 0.85 },
];

function createQuarterShock(random: Random, sd: number) {
  const shocks = new Map<string, number>();
  return (day: number): number => {
    const key = periodOf(fromEpochDay(day), 'quarter').key;
    let shock = shocks.get(key);
    if (shock === undefined) {
      shock = sampleNormal(random, 0, sd);
      shocks.set(key, shock);
    }
    return shock;
  };
}

interface World {
  random: Random;
  config: SyntheticConfig;
  winShock: (day: number) => number;
  endDay: number;
}

function advanceProbability(world: World, stage: number, productIndex: number, day: number): number {
  const product = PRODUCTS[productIndex]!;
  let odds = (ADVANCE[stage]! / (1 - ADVANCE[stage]!)) * product.oddsFactor * Math.exp(world.winShock(day));
  const { decline } = world.config;
  if (decline && product.id === decline.productId && day >= toEpochDay(decline.from)) odds *= 0.55;
  return odds / (1 + odds);
}

/** Pulls a win into the last ten days of the quarter when it would otherwise land just after it. */
function pullToQuarterEnd(world: World, day: number, earliest: number): number {
  const quarterStart = toEpochDay(periodOf(fromEpochDay(day), 'quarter').start);
  if (day - quarterStart > 20 || world.random.next() > 0.5) return day;
  const pulled = quarterStart - 1 - Math.floor(world.random.next() * 10);
  return pulled > earliest ? pulled : day;
}

interface Path {
  changes: { day: number; stage: number }[];
  outcome: 'won' | 'lost' | 'open';
  closeDay: number | null;
}

function simulatePath(world: World, created: number, productIndex: number, isRenewal: boolean): Path {
  const { random } = world;
  const speed = PRODUCTS[productIndex]!.speed * (isRenewal ? 0.6 : 1);
  const changes = [{ day: created, stage: 0 }];
  let day = created;
  for (let stage = 0; stage < OPEN_STAGES; stage++) {
    if (stage < 2 && random.next() < 0.06) {
      const isCleanedUp = random.next() < 0.5;
      const closeDay = day + 180 + Math.floor(random.next() * 220);
      return isCleanedUp
        ? { changes, outcome: 'lost', closeDay }
        : { changes, outcome: 'open', closeDay: null };
    }
    day += 1 + Math.round(sampleGamma(random, 2, (MEAN_STAGE_DAYS[stage]! * speed) / 2));
    const boost = isRenewal ? 1.6 : 1;
    const p = advanceProbability(world, stage, productIndex, day);
    if (random.next() >= Math.min(0.98, p * boost)) return { changes, outcome: 'lost', closeDay: day };
    if (stage === OPEN_STAGES - 1)
      return { changes, outcome: 'won', closeDay: pullToQuarterEnd(world, day, changes.at(-1)!.day) };
    changes.push({ day, stage: stage + 1 });
  }
  return { changes, outcome: 'open', closeDay: null };
}

function buildDeal(world: World, id: number, created: number): { deal: Deal; changes: StageChange[] } {
  const { random } = world;
  const productIndex = sampleWeightedIndex(
    random,
    PRODUCTS.map((product) => product.weight),
  );
  const product = PRODUCTS[productIndex]!;
  const isRenewal = random.next() < 0.15;
  const path = simulatePath(world, created, productIndex, isRenewal);
  const isKnown = (day: number | null) => day !== null && day <= world.endDay;
  const closed = isKnown(path.closeDay) && path.outcome !== 'open';
  const typicalCycle = MEAN_STAGE_DAYS.reduce((sum, days) => sum + days, 0) * product.speed;
  const pathDays = (path.closeDay ?? created + 2 * typicalCycle) - created;
  const estimate = (0.6 * pathDays + 0.4 * typicalCycle) * Math.exp(sampleNormal(random, -0.15, 0.3));
  const stageNames = SYNTHETIC_STAGES.map((stage) => stage.name);
  const visible = path.changes.filter((change) => change.day <= world.endDay);
  const changes: StageChange[] = visible.map((change) => ({
    dealId: id,
    stage: stageNames[change.stage]!,
    changedOn: fromEpochDay(change.day),
  }));
  const outcome = closed ? path.outcome : 'open';
  if (closed)
    changes.push({
      dealId: id,
      stage: outcome === 'won' ? 'Won' : 'Lost',
      changedOn: fromEpochDay(path.closeDay!),
    });
  const deal: Deal = {
    id,
    externalId: `S${id}`,
    name: `Deal ${id}`,
    account: null,
    productId: product.id,
    segmentId: 1 + Math.floor(random.next() * 2),
    regionId: 1 + Math.floor(random.next() * 2),
    ownerId: 1 + Math.floor(random.next() * 6),
    amountCents: Math.round(product.medianCents * Math.exp(sampleNormal(random, 0, 0.6))),
    currency: 'EUR',
    stage: closed ? (outcome === 'won' ? 'Won' : 'Lost') : changes.at(-1)!.stage,
    outcome,
    createdOn: fromEpochDay(created),
    expectedCloseOn: fromEpochDay(created + Math.max(5, Math.round(estimate))),
    closedOn: closed ? fromEpochDay(path.closeDay!) : null,
    lostReason: null,
    lostBarrier: null,
    competitor: null,
    isRenewal,
    leadSource: null,
  };
  return { deal, changes };
}

function computeCreationRate(
  world: World,
  day: number,
  creationShock: (day: number) => number,
  productId?: number,
) {
  const { config } = world;
  const years = (day - toEpochDay(config.start)) / 365;
  const month = Number(fromEpochDay(day).slice(5, 7)) - 1;
  const growth = (1 + config.annualGrowth) ** years;
  const isDeclined =
    config.decline && day >= toEpochDay(config.decline.from) && productId === config.decline.productId;
  return (
    config.baseRate * growth * MONTH_FACTOR[month]! * Math.exp(creationShock(day)) * (isDeclined ? 0.7 : 1)
  );
}

/** Generates one workspace deterministically from its config. */
export function generateSyntheticWorkspace(config: SyntheticConfig): SyntheticWorkspace {
  const random = createRandom(config.seed);
  const world: World = {
    random,
    config,
    winShock: createQuarterShock(createRandom(deriveSeed(config.seed, 'win-shock')), 0.2),
    endDay: toEpochDay(config.end),
  };
  const creationShock = createQuarterShock(createRandom(deriveSeed(config.seed, 'creation-shock')), 0.12);
  const deals: Deal[] = [];
  const stageChanges: StageChange[] = [];
  for (let day = toEpochDay(config.start); day <= world.endDay; day++) {
    if (isoWeekday(fromEpochDay(day)) > 5) continue;
    const rate = computeCreationRate(world, day, creationShock);
    for (let n = samplePoisson(random, rate); n > 0; n--) {
      const built = buildDeal(world, deals.length + 1, day);
      // The decline thins new deals of its product by rejection, keeping every other draw unchanged.
      const keep = computeCreationRate(world, day, creationShock, built.deal.productId ?? 0) / rate;
      if (random.next() >= keep) continue;
      deals.push(built.deal);
      stageChanges.push(...built.changes);
    }
  }
  const owners: Owner[] = Array.from({ length: 6 }, (_, i) => ({
    id: i + 1,
    name: `Rep ${i + 1}`,
    teamId: i < 3 ? 1 : 2,
    userId: null,
  }));
  return {
    history: { deals, stageChanges, leads: [], metrics: [], stages: SYNTHETIC_STAGES },
    owners,
    productIds: PRODUCTS.map((product) => product.id),
  };
}
