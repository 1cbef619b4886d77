import { beforeAll, describe, expect, it } from 'vitest';
import { listPeriods } from '../core/calendar.ts';
import { generateDemo } from './generate.ts';
import type { DemoData, DemoTarget } from './types.ts';

const AS_OF = '2026-11-28';

describe('demo targets and marketing metrics', () => {
  let data: DemoData;

  beforeAll(() => {
    data = generateDemo({ seed: 42, asOf: AS_OF });
  });

  const bookingsTargets = (period: string) =>
    data.targets.filter((target) => target.period === period && target.measure === 'bookings');
  const sum = (targets: DemoTarget[]) => targets.reduce((total, target) => total + target.value, 0);

  it('sets quarterly targets per product, region, product × segment and company, up to the current quarter', () => {
    const quarters = listPeriods('quarter', data.windowStart, AS_OF).map((period) => period.key);
    expect(quarters.at(-1)).toBe('2026-Q4');
    for (const quarter of quarters) {
      const targets = bookingsTargets(quarter);
      const company = targets.find((t) => Object.keys(t.scope).length === 0)!;
      const products = targets.filter((t) => t.scope.product && !t.scope.segment);
      const regions = targets.filter((t) => t.scope.region);
      const cells = targets.filter((t) => t.scope.product && t.scope.segment);
      expect([products.length, regions.length, cells.length]).toEqual([4, 3, 16]);
      expect(sum(products)).toBe(company.value);
      expect(sum(regions)).toBe(company.value);
      expect(sum(cells)).toBe(company.value);
      expect(company.value % 100_000).toBe(0);
      const counts = data.targets.filter((t) => t.period === quarter && t.measure !== 'bookings');
      expect(counts.map((t) => t.measure).sort()).toEqual(['deals_won', 'renewals']);
    }
  });

  it('makes some scopes beat their target and others miss it in past quarters', () => {
    const won = data.deals.filter((deal) => deal.outcome === 'won' && deal.closedOn! < '2026-10-01');
    const attainments: number[] = [];
    for (const quarter of listPeriods('quarter', data.windowStart, '2026-09-30')) {
      for (const target of bookingsTargets(quarter.key).filter((t) => t.scope.product && !t.scope.segment)) {
        const booked = won
          .filter(
            (d) =>
              d.product === target.scope.product &&
              d.closedOn! >= quarter.start &&
              d.closedOn! <= quarter.end,
          )
          .reduce((total, deal) => total + deal.amountCents, 0);
        attainments.push(booked / target.value);
      }
    }
    const beaten = attainments.filter((attainment) => attainment >= 1).length / attainments.length;
    expect(beaten).toBeGreaterThan(0.25);
    expect(beaten).toBeLessThan(0.75);
    expect(Math.min(...attainments)).toBeGreaterThan(0.5);
    expect(Math.max(...attainments)).toBeLessThan(1.7);
  });

  it('observes web visits every week per product and aided awareness every quarter per product × segment', () => {
    const visits = data.metrics.filter((m) => m.metricKey === 'web_visits');
    const weeks = new Set(visits.map((m) => m.observedOn));
    expect(weeks.size).toBeGreaterThan(156);
    expect(visits.length).toBe(weeks.size * 4);
    expect(visits.every((m) => m.value > 500 && m.value < 20_000 && m.observedOn <= AS_OF)).toBe(true);
    const awareness = data.metrics.filter((m) => m.metricKey === 'aided_awareness_pct');
    expect(awareness.length).toBe(12 * 16);
    expect(awareness.every((m) => m.value > 5 && m.value < 80 && m.scope.segment !== undefined)).toBe(true);
    const reach = data.metrics.filter((m) => m.metricKey === 'campaign_reach');
    expect(reach.length).toBe(10);
  });
});
