import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../core/calendar.ts';
import { generateDemo } from './generate.ts';
import { YEARLY_GROWTH } from './seasons.ts';
import { DEMO_STORY } from './story.ts';
import type { DemoData, DemoDeal, DemoLead } from './types.ts';

const AS_OF = '2026-11-28';
const YEAR = 364;

type Scoped = { product: string; segment: string };
const isIn = (scope: Scoped) => (item: Scoped) =>
  item.product === scope.product && item.segment === scope.segment;
const STORY_A = { product: DEMO_STORY.momentumLoss.product, segment: DEMO_STORY.momentumLoss.segment };
const STORY_B = {
  product: DEMO_STORY.awarenessCampaign.product,
  segment: DEMO_STORY.awarenessCampaign.segment,
};

function createdBetween(deals: readonly DemoDeal[], from: string, to: string): DemoDeal[] {
  return deals.filter((deal) => !deal.isRenewal && deal.createdOn >= from && deal.createdOn <= to);
}

function closedBetween(deals: readonly DemoDeal[], from: string, to: string): DemoDeal[] {
  return deals.filter(
    (deal) => !deal.isRenewal && deal.closedOn !== null && deal.closedOn >= from && deal.closedOn <= to,
  );
}

const winRate = (deals: readonly DemoDeal[]) =>
  deals.filter((deal) => deal.outcome === 'won').length / deals.length;
const priceOrCompetitorShare = (deals: readonly DemoDeal[]) => {
  const lost = deals.filter((deal) => deal.outcome === 'lost');
  const coded = lost.filter(
    (d) => d.trueBarrier === 'price_perceived_high' || d.trueBarrier === 'competitor_preferred',
  );
  return coded.length / lost.length;
};

/** A deal or lead without its CRM number, to compare the world with and without stories. */
const contentOf = ({ externalId: _id, ...rest }: DemoDeal) => rest;
const leadContentOf = ({ externalId: _id, dealExternalId: _deal, ...rest }: DemoLead) => rest;

describe('planted stories', () => {
  let data: DemoData;
  let counterfactual: DemoData;
  let scopes: Scoped[];

  beforeAll(() => {
    data = generateDemo({ seed: 42, asOf: AS_OF });
    counterfactual = generateDemo({ seed: 42, asOf: AS_OF, withStories: false });
    scopes = data.dimensions.products.flatMap((product) =>
      data.dimensions.segments.map((segment) => ({ product, segment })),
    );
  });

  it('changes nothing outside the two story scopes', () => {
    const outside = (item: Scoped) => !isIn(STORY_A)(item) && !isIn(STORY_B)(item);
    expect(data.deals.filter(outside).map(contentOf)).toEqual(
      counterfactual.deals.filter(outside).map(contentOf),
    );
    expect(data.leads.filter(outside).map(leadContentOf)).toEqual(
      counterfactual.leads.filter(outside).map(leadContentOf),
    );
    const closedBeforeShift = (deal: DemoDeal) =>
      isIn(STORY_A)(deal) && deal.closedOn !== null && deal.closedOn < data.story.momentumLoss.shiftStartOn;
    expect(data.deals.filter(closedBeforeShift).map(contentOf)).toEqual(
      counterfactual.deals.filter(closedBeforeShift).map(contentOf),
    );
  });

  describe('(a) momentum loss to a cheaper competitor', () => {
    const window = () => [data.story.momentumLoss.shiftStartOn, AS_OF] as const;
    const yearsBefore = (years: number) =>
      [addDays(window()[0], -YEAR * years), addDays(AS_OF, -YEAR * years)] as const;
    /** New opportunities in the window against the same weeks of the two years before, growth-adjusted. */
    const compareToHistory = (deals: readonly DemoDeal[]) => {
      const count = ([from, to]: readonly [string, string]) => createdBetween(deals, from, to).length;
      const growth = 1 + YEARLY_GROWTH;
      const expected = (count(yearsBefore(1)) * growth + count(yearsBefore(2)) * growth ** 2) / 2;
      const actual = count(window());
      return { ratio: actual / expected, z: (actual - expected) / Math.sqrt(actual + expected / 2) };
    };

    it('starts about six weeks before as-of in the current quarter', () => {
      expect(data.story.momentumLoss.shiftStartOn).toBe('2026-10-12');
      expect(data.story.momentumLoss.competitor).toBe('Lumetra');
    });

    it('cuts new opportunities in its scope by about a third, and nowhere else beyond noise', () => {
      const story = compareToHistory(data.deals.filter(isIn(STORY_A)));
      expect(story.ratio).toBeLessThan(0.72);
      expect(story.z).toBeLessThan(-2.5);
      const inWindow = (deals: readonly DemoDeal[]) =>
        createdBetween(deals.filter(isIn(STORY_A)), ...window()).length;
      expect(inWindow(data.deals) / inWindow(counterfactual.deals)).toBeLessThan(0.75);
      for (const scope of scopes.filter((s) => !isIn(STORY_A)(s))) {
        expect(
          Math.abs(compareToHistory(data.deals.filter(isIn(scope))).z),
          scope.product + scope.segment,
        ).toBeLessThan(3.5);
      }
    });

    it('lowers the win rate of its scope', () => {
      const scoped = data.deals.filter(isIn(STORY_A));
      const before = [
        ...closedBetween(scoped, ...yearsBefore(1)),
        ...closedBetween(scoped, ...yearsBefore(2)),
      ];
      expect(winRate(closedBetween(scoped, ...window()))).toBeLessThan(0.85 * winRate(before));
      const counterfactualScoped = counterfactual.deals.filter(isIn(STORY_A));
      expect(winRate(closedBetween(scoped, ...window()))).toBeLessThan(
        winRate(closedBetween(counterfactualScoped, ...window())),
      );
    });

    it('shifts lost reasons toward price and the competitor, naming Lumetra', () => {
      const scoped = data.deals.filter(isIn(STORY_A));
      const now = closedBetween(scoped, ...window());
      const before = closedBetween(scoped, addDays(window()[0], -YEAR), addDays(window()[0], -1));
      expect(priceOrCompetitorShare(now)).toBeGreaterThan(0.45);
      expect(priceOrCompetitorShare(now)).toBeGreaterThan(1.4 * priceOrCompetitorShare(before));
      const namesLumetra = (deals: DemoDeal[]) =>
        deals.filter(
          (d) => d.outcome === 'lost' && (d.competitor === 'Lumetra' || d.lostReason?.includes('Lumetra')),
        ).length / deals.filter((d) => d.outcome === 'lost').length;
      expect(namesLumetra(now)).toBeGreaterThan(0.2);
      expect(namesLumetra(before)).toBeLessThan(0.08);
    });

    it('puts its current-quarter target at real risk', () => {
      const truth = data.truth.bookingsByScope.find(isIn(STORY_A))!;
      const target = data.targets.find(
        (t) =>
          t.period === data.truth.period &&
          t.measure === 'bookings' &&
          t.scope.product === STORY_A.product &&
          t.scope.segment === STORY_A.segment,
      )!;
      expect(truth.bookingsCents / target.value).toBeLessThanOrEqual(
        DEMO_STORY.momentumLoss.attainmentRange[1],
      );
      expect(data.truth.period).toBe('2026-Q4');
    });
  });

  describe('(b) a campaign that fixed low awareness a year earlier', () => {
    it('is recorded as an Attention campaign against awareness_low in its scope', () => {
      const [campaign] = data.campaigns;
      expect(campaign).toMatchObject({
        scope: STORY_B,
        objectiveStage: 'attention',
        barriers: ['awareness_low'],
        startOn: data.story.awarenessCampaign.startOn,
        endOn: data.story.awarenessCampaign.endOn,
      });
      expect(campaign!.endOn > addDays(AS_OF, -500) && campaign!.endOn < addDays(AS_OF, -365)).toBe(true);
      expect(counterfactual.campaigns).toEqual([]);
    });

    it('lifts new leads in its scope against its sibling scopes', () => {
      const { startOn, endOn } = data.story.awarenessCampaign;
      const weeklyLeads = (scope: Scoped, from: string, to: string) =>
        data.leads.filter((l) => isIn(scope)(l) && l.createdOn >= from && l.createdOn <= to).length;
      const lift = (scope: Scoped) =>
        weeklyLeads(scope, addDays(endOn, 1), addDays(endOn, 26 * 7)) /
        26 /
        (weeklyLeads(scope, addDays(startOn, -YEAR), addDays(startOn, -1)) / 52);
      const siblings = scopes.filter(
        (s) => !isIn(STORY_B)(s) && (s.product === STORY_B.product || s.segment === STORY_B.segment),
      );
      const siblingLift = siblings.reduce((sum, s) => sum + lift(s), 0) / siblings.length;
      expect(lift(STORY_B) / siblingLift).toBeGreaterThan(1.15);
      expect(lift(STORY_B) / siblingLift).toBeLessThan(1.45);
    });

    it('raises aided awareness and drops "did not know us" losses in its scope only', () => {
      const { startOn, endOn } = data.story.awarenessCampaign;
      const awareness = (scope: Scoped, after: boolean) => {
        const values = data.metrics
          .filter(
            (m) =>
              m.metricKey === 'aided_awareness_pct' &&
              m.scope.product === scope.product &&
              m.scope.segment === scope.segment,
          )
          .filter((m) => (after ? m.observedOn > endOn : m.observedOn < startOn))
          .map((m) => m.value);
        return values.reduce((sum, value) => sum + value, 0) / values.length;
      };
      expect(awareness(STORY_B, false)).toBeLessThan(21);
      expect(awareness(STORY_B, true) - awareness(STORY_B, false)).toBeGreaterThan(9);
      for (const scope of scopes.filter((s) => !isIn(STORY_B)(s))) {
        expect(Math.abs(awareness(scope, true) - awareness(scope, false))).toBeLessThan(4);
      }
      const awarenessShare = (deals: DemoDeal[]) =>
        deals.filter((d) => d.trueBarrier === 'awareness_low').length /
        deals.filter((d) => d.outcome === 'lost').length;
      const scoped = data.deals.filter(isIn(STORY_B));
      const others = data.deals.filter((d) => !isIn(STORY_B)(d));
      const before = awarenessShare(closedBetween(scoped, data.windowStart, startOn));
      expect(before).toBeGreaterThan(2.5 * awarenessShare(closedBetween(scoped, endOn, AS_OF)));
      expect(before).toBeGreaterThan(2.5 * awarenessShare(closedBetween(others, data.windowStart, startOn)));
    });
  });
});

describe('planted stories at another seed and as-of', () => {
  it('still shows the momentum loss and the campaign lift', () => {
    const data = generateDemo({ seed: 7, asOf: '2026-05-20' });
    const [shift, asOf] = [data.story.momentumLoss.shiftStartOn, data.asOf];
    const scoped = data.deals.filter(isIn(STORY_A));
    const now = createdBetween(scoped, shift, asOf).length;
    const before = createdBetween(scoped, addDays(shift, -YEAR), addDays(asOf, -YEAR)).length;
    const beforeThat = createdBetween(scoped, addDays(shift, -2 * YEAR), addDays(asOf, -2 * YEAR)).length;
    const growth = 1 + YEARLY_GROWTH;
    expect(now / ((before * growth + beforeThat * growth ** 2) / 2)).toBeLessThan(0.75);
    const { startOn, endOn } = data.story.awarenessCampaign;
    const leads = (scope: Scoped, from: string, to: string) =>
      data.leads.filter((l) => isIn(scope)(l) && l.createdOn >= from && l.createdOn <= to).length;
    const lift = (scope: Scoped) =>
      leads(scope, addDays(endOn, 1), addDays(endOn, 182)) /
      26 /
      (leads(scope, addDays(startOn, -YEAR), startOn) / 52);
    const sibling = { product: STORY_B.product, segment: 'Maschinenbau' };
    expect(lift(STORY_B) / lift(sibling)).toBeGreaterThan(1.1);
  });
});
