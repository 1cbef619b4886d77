/**
 * Marketing figures: weekly web visits per product, a quarterly aided-awareness survey per product × segment,
 * and the weekly reach of the story (b) campaign. Story (b) lifts PressLine's visits and the food industry's
 * awareness of it; nothing else reacts to the stories.
 */
import { addDays, type IsoDate, listPeriods, startOfIsoWeek, toEpochDay } from '../core/calendar.ts';
import { createRandom, deriveSeed, sampleNormal } from '../core/random.ts';
import { PRODUCTS, SEGMENTS } from './company.ts';
import { computeActivityTable } from './seasons.ts';
import { DEMO_STORY, type ResolvedDemoStory } from './story.ts';
import type { DemoMetric } from './types.ts';

/** Weekly web visits per product at the start of the window. */
const BASE_VISITS = [5_200, 3_900, 2_800, 2_300];
/** Web traffic dips only half as much as business in summer and at Christmas. */
const VISIT_SEASON_DAMPING = 0.5;
const VISIT_NOISE_SD = 0.07;
/** PressLine visits during and after the campaign (the food industry is a part of the product's traffic). */
const CAMPAIGN_VISIT_LIFT = 0.14;
const AFTER_CAMPAIGN_VISIT_LIFT = 0.05;

/** Aided awareness in % per product × segment (PRODUCTS × SEGMENTS order) at the start of the window. */
const BASE_AWARENESS = [
  [52, 44, 28, 31],
  [38, 47, 17, 29],
  [35, 49, 24, 22],
  [21, 26, 23, 16],
];
const AWARENESS_TREND_PER_YEAR = 0.8;
const AWARENESS_NOISE_SD = 1.2;

export interface MetricsInput {
  seed: number;
  windowStart: IsoDate;
  asOf: IsoDate;
  story: ResolvedDemoStory | null;
}

function campaignProgress(story: ResolvedDemoStory | null, date: IsoDate): number {
  if (!story) return 0;
  const { startOn, endOn } = story.awarenessCampaign;
  const span = toEpochDay(endOn) - toEpochDay(startOn) + 1;
  return Math.min(1, Math.max(0, (toEpochDay(date) - toEpochDay(startOn) + 1) / span));
}

function isCampaignProduct(story: ResolvedDemoStory | null, product: string): boolean {
  return story !== null && story.awarenessCampaign.product === product;
}

function generateWebVisits(input: MetricsInput): DemoMetric[] {
  const random = createRandom(deriveSeed(input.seed, 'web-visits'));
  const firstMonday = startOfIsoWeek(addDays(input.windowStart, 6));
  const originDay = toEpochDay(input.windowStart);
  const activity = computeActivityTable(toEpochDay(firstMonday), toEpochDay(input.asOf), originDay);
  const metrics: DemoMetric[] = [];
  for (let monday = firstMonday; addDays(monday, 6) <= input.asOf; monday = addDays(monday, 7)) {
    const offset = toEpochDay(monday) - toEpochDay(firstMonday);
    const weekActivity = activity.slice(offset, offset + 7).reduce((sum, value) => sum + value, 0) / 7;
    const season = 1 + VISIT_SEASON_DAMPING * (weekActivity - 1);
    PRODUCTS.forEach((product, index) => {
      const progress = isCampaignProduct(input.story, product.name)
        ? campaignProgress(input.story, monday)
        : 0;
      const lift = progress === 0 ? 0 : progress < 1 ? CAMPAIGN_VISIT_LIFT : AFTER_CAMPAIGN_VISIT_LIFT;
      const noise = Math.exp(sampleNormal(random, 0, VISIT_NOISE_SD));
      const value = Math.round(BASE_VISITS[index]! * season * (1 + lift) * noise);
      metrics.push({ metricKey: 'web_visits', observedOn: monday, value, scope: { product: product.name } });
    });
  }
  return metrics;
}

function generateAwareness(input: MetricsInput): DemoMetric[] {
  const random = createRandom(deriveSeed(input.seed, 'awareness'));
  const b = DEMO_STORY.awarenessCampaign;
  const metrics: DemoMetric[] = [];
  for (const quarter of listPeriods('quarter', input.windowStart, input.asOf)) {
    if (quarter.end > input.asOf) break;
    const years = (toEpochDay(quarter.end) - toEpochDay(input.windowStart)) / 365.25;
    PRODUCTS.forEach((product, p) => {
      SEGMENTS.forEach((segment, s) => {
        const isStoryScope =
          isCampaignProduct(input.story, product.name) &&
          input.story?.awarenessCampaign.segment === segment.name;
        const progress = isStoryScope ? campaignProgress(input.story, quarter.end) : 0;
        const base = BASE_AWARENESS[p]![s]! + progress * (b.awarenessAfterPct - b.awarenessBeforePct);
        const value = base + AWARENESS_TREND_PER_YEAR * years + sampleNormal(random, 0, AWARENESS_NOISE_SD);
        metrics.push({
          metricKey: 'aided_awareness_pct',
          observedOn: quarter.end,
          value: Math.round(value * 10) / 10,
          scope: { product: product.name, segment: segment.name },
        });
      });
    });
  }
  return metrics;
}

/** Impressions a week while the campaign ran, in its scope. */
function generateCampaignReach(input: MetricsInput): DemoMetric[] {
  if (!input.story) return [];
  const random = createRandom(deriveSeed(input.seed, 'campaign-reach'));
  const { product, segment, startOn, endOn } = input.story.awarenessCampaign;
  const metrics: DemoMetric[] = [];
  for (let monday = startOn; monday <= endOn && monday <= input.asOf; monday = addDays(monday, 7)) {
    const value = Math.round(38_000 + 22_000 * random.next());
    metrics.push({ metricKey: 'campaign_reach', observedOn: monday, value, scope: { product, segment } });
  }
  return metrics;
}

export function generateMetrics(input: MetricsInput): DemoMetric[] {
  return [...generateWebVisits(input), ...generateAwareness(input), ...generateCampaignReach(input)];
}
