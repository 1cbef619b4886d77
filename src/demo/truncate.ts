/**
 * The CRM as it looks on the as-of date: deals closed by then show their outcome, later ones are open in the
 * stage they had reached, the expected close date is whatever the rep last entered, and leads show their status.
 */
import { createRandom, sampleUniformInt } from '../core/random.ts';
import { formatDay } from './days.ts';
import { endOfMonthDay } from './seasons.ts';
import type { SimDeal, SimLead } from './simulation.ts';
import type { DemoDeal, DemoLead } from './types.ts';

/** Probability that a rep pushes a passed expected close date out instead of leaving it stale. */
const PUSH_RATE = 0.8;
/** Closed deals keep the expected close date entered this many days before closing: that is the slippage. */
const CLOSED_EXPECTATION_LEAD_DAYS = 30;

/** The expected close date in the CRM on `day`: the plan, pushed out each time it passed. */
export function expectedCloseOn(deal: SimDeal, day: number): number {
  const random = createRandom(deal.slipSeed);
  let expected = deal.plannedCloseDay;
  while (expected < day && random.next() < PUSH_RATE) {
    expected += sampleUniformInt(random, 14, 45);
    if (random.next() < 0.4) expected = endOfMonthDay(expected);
  }
  return expected;
}

/** The deal as exported on `asOfDay`; `externalId` is assigned by the caller. */
export function toDemoDeal(deal: SimDeal, externalId: string, asOfDay: number): DemoDeal {
  const isClosed = deal.closeDay <= asOfDay;
  const history = deal.events.filter((event) => event.day <= asOfDay);
  const expected = isClosed
    ? expectedCloseOn(deal, deal.closeDay - CLOSED_EXPECTATION_LEAD_DAYS)
    : expectedCloseOn(deal, asOfDay);
  return {
    externalId,
    name: deal.name,
    account: deal.account,
    product: deal.cell.product.name,
    segment: deal.cell.segment.name,
    region: deal.cell.region,
    owner: deal.owner,
    amountCents: isClosed && deal.outcome === 'won' ? deal.wonCents : deal.quoteCents,
    currency: 'EUR',
    stage: history.at(-1)!.stage,
    outcome: isClosed ? deal.outcome : 'open',
    createdOn: formatDay(deal.events[0]!.day),
    expectedCloseOn: formatDay(expected),
    closedOn: isClosed ? formatDay(deal.closeDay) : null,
    lostReason: isClosed ? deal.lostReason : null,
    trueBarrier: isClosed ? deal.trueBarrier : null,
    competitor: isClosed ? deal.competitor : null,
    isRenewal: deal.isRenewal,
    leadSource: deal.leadSource,
    stageHistory: history.map((event) => ({ stage: event.stage, changedOn: formatDay(event.day) })),
  };
}

/** A lead still being worked is "new" for its first days, then "qualifying". */
const NEW_LEAD_DAYS = 3;

export function toDemoLead(
  lead: SimLead,
  input: { externalId: string; asOfDay: number; dealExternalId: string | null },
): DemoLead {
  const isResolved = lead.resolvedDay <= input.asOfDay;
  const isConverted = isResolved && lead.deal !== null;
  let status: DemoLead['status'] = isConverted ? 'converted' : 'disqualified';
  if (!isResolved) status = input.asOfDay - lead.createdDay < NEW_LEAD_DAYS ? 'new' : 'qualifying';
  return {
    externalId: input.externalId,
    createdOn: formatDay(lead.createdDay),
    channel: lead.channel,
    product: lead.cell.product.name,
    segment: lead.cell.segment.name,
    region: lead.cell.region,
    status,
    convertedOn: isConverted ? formatDay(lead.resolvedDay) : null,
    dealExternalId: isConverted ? input.dealExternalId : null,
  };
}
