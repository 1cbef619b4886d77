import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoWeekKey, periodOf } from '../core/calendar.ts';
import { STAGES } from './funnel.ts';
import { generateDemo } from './generate.ts';
import type { DemoData, DemoDeal } from './types.ts';

const AS_OF = '2026-11-28';

function hashOf(data: DemoData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

describe('demo generator', () => {
  let data: DemoData;
  let newBusiness: DemoDeal[];
  let closedNew: DemoDeal[];

  beforeAll(() => {
    data = generateDemo({ seed: 42, asOf: AS_OF });
    newBusiness = data.deals.filter((deal) => !deal.isRenewal);
    closedNew = newBusiness.filter((deal) => deal.outcome !== 'open');
  });

  it('gives identical data for the same seed and as-of, and different data for another seed', () => {
    expect(hashOf(generateDemo({ seed: 42, asOf: AS_OF }))).toBe(hashOf(data));
    const other = generateDemo({ seed: 43, asOf: AS_OF });
    expect(hashOf(other)).not.toBe(hashOf(data));
    expect(other.deals.length).not.toBe(data.deals.length);
  });

  it('rejects an as-of that is not a date', () => {
    expect(() => generateDemo({ seed: 1, asOf: '2026-02-30' })).toThrow(/not a date/);
  });

  it('has the volumes of a Mittelstand CRM over three years', () => {
    const lastYear = (date: string) => date > addDays(AS_OF, -365);
    const opportunities = newBusiness.filter((deal) => lastYear(deal.createdOn)).length;
    const leads = data.leads.filter((lead) => lastYear(lead.createdOn)).length;
    expect(opportunities).toBeGreaterThan(2_500);
    expect(opportunities).toBeLessThan(4_000);
    expect(leads / opportunities).toBeGreaterThan(3);
    expect(leads / opportunities).toBeLessThan(5);
    const firstYear = newBusiness.filter(
      (d) => d.createdOn >= data.windowStart && d.createdOn < addDays(data.windowStart, 365),
    );
    expect(opportunities).toBeGreaterThan(firstYear.length);
    expect(daysBetween(data.windowStart, AS_OF)).toBeGreaterThanOrEqual(3 * 365);
  });

  it('wins 20–40 % of new business after a median 40–120 days, and renews 75–95 % of contracts', () => {
    expect(share(closedNew, (deal) => deal.outcome === 'won')).toBeGreaterThan(0.2);
    expect(share(closedNew, (deal) => deal.outcome === 'won')).toBeLessThan(0.4);
    const won = closedNew.filter((deal) => deal.outcome === 'won');
    const cycle = median(won.map((deal) => daysBetween(deal.createdOn, deal.closedOn!)));
    expect(cycle).toBeGreaterThanOrEqual(40);
    expect(cycle).toBeLessThanOrEqual(120);
    const renewals = data.deals.filter((deal) => deal.isRenewal && deal.outcome !== 'open');
    expect(renewals.length).toBeGreaterThan(1_000);
    expect(share(renewals, (deal) => deal.outcome === 'won')).toBeGreaterThan(0.75);
    expect(share(renewals, (deal) => deal.outcome === 'won')).toBeLessThan(0.95);
  });

  it('books more in quarter-end months, and creates less in August and over Christmas', () => {
    const lastFullMonth = periodOf(addDays(periodOf(AS_OF, 'month').start, -1), 'month').key;
    const bookings = new Map<string, number>();
    for (const deal of data.deals) {
      const month = deal.closedOn?.slice(0, 7);
      if (deal.outcome !== 'won' || !month || month > lastFullMonth || deal.closedOn! < data.windowStart)
        continue;
      bookings.set(month, (bookings.get(month) ?? 0) + deal.amountCents);
    }
    const isQuarterEnd = (month: string) => Number(month.slice(5, 7)) % 3 === 0;
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const quarterEnds = mean(
      [...bookings].filter(([month]) => isQuarterEnd(month)).map(([, cents]) => cents),
    );
    const others = mean([...bookings].filter(([month]) => !isQuarterEnd(month)).map(([, cents]) => cents));
    expect(quarterEnds).toBeGreaterThan(1.15 * others);

    const weekly = new Map<string, number>();
    for (const deal of newBusiness) {
      if (deal.createdOn < data.windowStart) continue;
      weekly.set(isoWeekKey(deal.createdOn), (weekly.get(isoWeekKey(deal.createdOn)) ?? 0) + 1);
    }
    const weekMean = (predicate: (week: string) => boolean) =>
      mean([...weekly].filter(([week]) => predicate(week)).map(([, count]) => count));
    const all = weekMean(() => true);
    const weekNumber = (week: string) => Number(week.slice(6));
    expect(weekMean((week) => weekNumber(week) >= 32 && weekNumber(week) <= 34)).toBeLessThan(0.85 * all);
    expect(weekMean((week) => weekNumber(week) === 52 || weekNumber(week) === 1)).toBeLessThan(0.5 * all);
  });

  it('keeps a consistent stage history for every deal', () => {
    const names = new Set(STAGES.map((stage) => stage.name));
    const isConsistent = (deal: DemoDeal) => {
      const history = deal.stageHistory;
      const isClosedStage = deal.stage === 'Gewonnen' || deal.stage === 'Verloren';
      return (
        history[0]!.changedOn === deal.createdOn &&
        history.at(-1)!.stage === deal.stage &&
        history.every((event, i) => i === 0 || event.changedOn > history[i - 1]!.changedOn) &&
        history.every((event) => names.has(event.stage) && event.changedOn <= AS_OF) &&
        isClosedStage === (deal.outcome !== 'open') &&
        (deal.closedOn === null) === (deal.outcome === 'open') &&
        Number.isInteger(deal.amountCents) &&
        deal.amountCents > 0
      );
    };
    expect(data.deals.filter((deal) => !isConsistent(deal)).map((deal) => deal.externalId)).toEqual([]);
    expect(new Set(data.deals.map((deal) => deal.externalId)).size).toBe(data.deals.length);
  });

  it('has open deals in every open stage at as-of, with expected close dates that slip', () => {
    const open = data.deals.filter((deal) => deal.outcome === 'open');
    for (const stage of ['Qualifizierung', 'Bedarfsanalyse', 'Angebot', 'Verhandlung']) {
      expect(open.filter((deal) => deal.stage === stage).length).toBeGreaterThan(50);
    }
    const won = closedNew.filter((deal) => deal.outcome === 'won');
    expect(median(won.map((deal) => daysBetween(deal.expectedCloseOn, deal.closedOn!)))).toBeGreaterThan(0);
    expect(share(open, (deal) => deal.expectedCloseOn < AS_OF)).toBeGreaterThan(0.02);
    expect(share(open, (deal) => deal.expectedCloseOn < AS_OF)).toBeLessThan(0.3);
  });

  it('links converted leads to the deal they became', () => {
    const byId = new Map(data.deals.map((deal) => [deal.externalId, deal]));
    const converted = data.leads.filter((lead) => lead.status === 'converted');
    expect(converted.length).toBeGreaterThan(5_000);
    const mismatched = converted.filter((lead) => {
      const deal = byId.get(lead.dealExternalId ?? '');
      return (
        deal?.createdOn !== lead.convertedOn ||
        deal.leadSource !== lead.channel ||
        deal.product !== lead.product
      );
    });
    expect(mismatched).toEqual([]);
    const pending = data.leads.filter((lead) => lead.status === 'new' || lead.status === 'qualifying');
    expect(pending.length).toBeGreaterThan(100);
    expect(
      pending.every((lead) => lead.dealExternalId === null && lead.createdOn > addDays(AS_OF, -90)),
    ).toBe(true);
    expect(new Set(data.leads.map((lead) => lead.channel))).toEqual(
      new Set(['Messe', 'Webinar', 'Website', 'Empfehlung', 'Outbound', 'Partner']),
    );
  });
});
