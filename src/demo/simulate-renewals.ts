/**
 * Yearly contracts (service, calibration, inspection, licences) and their renewals. Some won deals start a
 * contract; an installed base from before the data starts keeps renewals flowing from day one. About 86 % renew.
 * Every contract chain draws from its own stream, keyed by the deal that started it.
 */
import {
  createRandom,
  deriveSeed,
  type Random,
  sampleGamma,
  sampleNormal,
  sampleUniformInt,
  sampleWeightedIndex,
} from '../core/random.ts';
import { pickAccount } from './accounts.ts';
import { OPPORTUNITY_SHARE, PRODUCTS } from './company.ts';
import { toCivil } from './days.ts';
import { LOST_STAGE, OPEN_STAGES, RENEWAL_SOURCE, WON_STAGE } from './funnel.ts';
import { composeLostReason, pickCompetitor, pickLostBarrier } from './lost-reasons.ts';
import { REGIONS } from './sales-team.ts';
import { toNextBusinessDay } from './seasons.ts';
import type { Cell, SimContext, SimDeal, SimEvent } from './simulation.ts';

const RENEWAL_RATE = 0.86;
/** Contracts in force when the simulation starts. */
const BASE_CONTRACTS = 450;
const PRICE_INCREASE_MAX = 0.05;
/** Contract share averaged over the opportunity mix, to size each cell's share of the installed base. */
const MEAN_CONTRACT_SHARE = PRODUCTS.reduce(
  (sum, product, p) => sum + product.contractShare * OPPORTUNITY_SHARE[p]!.reduce((a, b) => a + b, 0),
  0,
);
const OFFER = OPEN_STAGES[2]!.name;
const NEGOTIATION = OPEN_STAGES[3]!.name;

interface Contract {
  cell: Cell;
  account: string;
  owner: string;
  annualCents: number;
  anniversaryDay: number;
}

function simulateRenewal(random: Random, contract: Contract, ordinal: number): SimDeal {
  const { cell } = contract;
  const createdDay = toNextBusinessDay(contract.anniversaryDay - sampleUniformInt(random, 45, 100));
  const events: SimEvent[] = [{ stage: OFFER, day: createdDay }];
  if (random.next() < 0.75) {
    const day = toNextBusinessDay(createdDay + Math.max(3, Math.round(sampleGamma(random, 2, 10))));
    events.push({ stage: NEGOTIATION, day: Math.min(day, contract.anniversaryDay - 1) });
  }
  const isWon = random.next() < RENEWAL_RATE;
  const closeTarget = contract.anniversaryDay + Math.round(sampleNormal(random, -5, 12));
  const closeDay = toNextBusinessDay(Math.max(closeTarget, events.at(-1)!.day + 1));
  events.push({ stage: isWon ? WON_STAGE : LOST_STAGE, day: closeDay });
  const amount = contract.annualCents * (1 + PRICE_INCREASE_MAX * random.next());
  const year = toCivil(contract.anniversaryDay).year;
  const deal: SimDeal = {
    cell,
    ordinal,
    name: `${cell.product.contractLabel} ${cell.product.name} ${year} – ${contract.account}`,
    account: contract.account,
    owner: contract.owner,
    quoteCents: Math.round(amount / 1000) * 1000,
    wonCents: Math.round(amount / 1000) * 1000,
    isRenewal: true,
    leadSource: RENEWAL_SOURCE,
    events,
    outcome: isWon ? 'won' : 'lost',
    closeDay,
    plannedCloseDay: contract.anniversaryDay,
    slipSeed: sampleUniformInt(random, 0, 2 ** 31),
    lostReason: null,
    trueBarrier: null,
    competitor: null,
  };
  if (!isWon) {
    const barrier = pickLostBarrier(random, { stageIndex: null, awarenessBoost: 1 });
    const competitor = pickCompetitor(random, cell.productIndex);
    const reason = composeLostReason(random, { barrier, product: cell.product.name, competitor });
    Object.assign(deal, { trueBarrier: barrier, lostReason: reason.text, competitor: reason.competitor });
  }
  return deal;
}

/** Renews a contract year after year until it is lost or the next renewal would start after `lastDay`. */
function simulateChain(random: Random, contract: Contract, lastDay: number, renewals: SimDeal[]): void {
  let current = contract;
  while (current.anniversaryDay - 45 <= lastDay) {
    const renewal = simulateRenewal(random, current, renewals.length);
    renewals.push(renewal);
    if (renewal.outcome === 'lost') return;
    current = { ...current, annualCents: renewal.wonCents, anniversaryDay: current.anniversaryDay + 365 };
  }
}

function createBaseContracts(ctx: SimContext, cell: Cell): Contract[] {
  const random = createRandom(deriveSeed(ctx.seed, `base-contracts:${cell.index}`));
  const regionShare = REGIONS.find((region) => region.name === cell.region)!.share;
  const share = OPPORTUNITY_SHARE[cell.productIndex]![cell.segmentIndex]! * regionShare;
  const count = Math.round((BASE_CONTRACTS * share * cell.product.contractShare) / MEAN_CONTRACT_SHARE);
  return Array.from({ length: count }, () => {
    const euros =
      cell.product.medianEuros *
      cell.segment.sizeFactor *
      Math.exp(sampleNormal(random, 0, cell.product.sigma));
    return {
      cell,
      account: pickAccount(random, cell.accounts),
      owner: cell.reps[sampleWeightedIndex(random, cell.repWeights)]!.name,
      annualCents: Math.round(euros * cell.product.contractValueShare) * 100,
      anniversaryDay: ctx.firstDay + 60 + sampleUniformInt(random, 0, 364),
    };
  });
}

/** Renewal deals of the installed base and of the contracts that won new deals start. */
export function simulateRenewals(
  ctx: SimContext,
  cells: readonly Cell[],
  newDeals: readonly SimDeal[],
): SimDeal[] {
  const renewals: SimDeal[] = [];
  for (const cell of cells) {
    createBaseContracts(ctx, cell).forEach((contract, index) => {
      simulateChain(
        createRandom(deriveSeed(ctx.seed, `base:${cell.index}:${index}`)),
        contract,
        ctx.lastDay,
        renewals,
      );
    });
  }
  for (const deal of newDeals) {
    if (deal.outcome !== 'won') continue;
    const random = createRandom(deriveSeed(ctx.seed, `contract:${deal.cell.index}:${deal.ordinal}`));
    if (random.next() >= deal.cell.product.contractShare) continue;
    const contract: Contract = {
      cell: deal.cell,
      account: deal.account,
      owner: deal.owner,
      annualCents: Math.round((deal.wonCents * deal.cell.product.contractValueShare) / 1000) * 1000,
      anniversaryDay: deal.closeDay + 365,
    };
    simulateChain(random, contract, ctx.lastDay, renewals);
  }
  return renewals;
}
