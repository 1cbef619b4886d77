/**
 * The demo workspace generator: a pure function of seed and as-of date (no clock, no I/O). It simulates
 * Lindenau Sensortechnik's leads, opportunities and renewals from a burn-in period before the data window to the
 * end of the as-of quarter, then exports what the CRM would show on the as-of date.
 */
import { addDays, type IsoDate, isIsoDate, periodOf, toEpochDay } from '../core/calendar.ts';
import { AppError } from '../core/errors.ts';
import { generateAccountPools } from './accounts.ts';
import { calibrateMomentumSeverity } from './calibrate-story.ts';
import { buildStoryCampaign } from './campaign.ts';
import { COMPANY, COMPETITORS, PRODUCTS, SEGMENTS } from './company.ts';
import { STAGES } from './funnel.ts';
import { generateMetrics } from './metrics.ts';
import { REGIONS, REPS, TEAMS } from './sales-team.ts';
import { computeActivityTable } from './seasons.ts';
import { simulateCell } from './simulate-cell.ts';
import { simulateRenewals } from './simulate-renewals.ts';
import type { SimContext, SimDeal, SimLead } from './simulation.ts';
import { buildCells } from './simulation.ts';
import { type ResolvedDemoStory, resolveDemoStory } from './story.ts';
import { createStoryEffects } from './story-effects.ts';
import { planTargets, toWonBookings } from './targets.ts';
import { toDemoDeal, toDemoLead } from './truncate.ts';
import type { DemoData, DemoDeal, DemoLead, DemoTruth } from './types.ts';

export const DEFAULT_DEMO_SEED = 42;

/** Simulated months before the data window, so the pipeline is full and prior-year targets exist on day one. */
const BURN_IN_DAYS = 548;

export interface GenerateDemoInput {
  seed: number;
  asOf: IsoDate;
  /** false: the same company without the planted stories (a counterfactual for tests). Default true. */
  withStories?: boolean;
}

function compareDeals(a: SimDeal, b: SimDeal): number {
  return (
    a.events[0]!.day - b.events[0]!.day ||
    a.cell.index - b.cell.index ||
    Number(a.isRenewal) - Number(b.isRenewal) ||
    a.ordinal - b.ordinal
  );
}

/** Deals created by as-of and not closed before the window, numbered in creation order like a CRM would. */
function exportDeals(all: SimDeal[], asOfDay: number, windowStartDay: number) {
  const created = all.filter((deal) => deal.events[0]!.day <= asOfDay).sort(compareDeals);
  const idOf = new Map<SimDeal, string>();
  const deals: DemoDeal[] = [];
  created.forEach((deal, index) => {
    const externalId = `OPP-${10_001 + index}`;
    if (deal.closeDay < windowStartDay) return;
    idOf.set(deal, externalId);
    deals.push(toDemoDeal(deal, externalId, asOfDay));
  });
  return { deals, idOf };
}

function exportLeads(all: SimLead[], idOf: Map<SimDeal, string>, asOfDay: number, windowStartDay: number) {
  const created = all
    .filter((lead) => lead.createdDay <= asOfDay)
    .sort((a, b) => a.createdDay - b.createdDay || a.cell.index - b.cell.index);
  const leads: DemoLead[] = [];
  created.forEach((lead, index) => {
    const dealExternalId = lead.deal ? (idOf.get(lead.deal) ?? null) : null;
    if (lead.createdDay < windowStartDay && dealExternalId === null) return;
    leads.push(toDemoLead(lead, { externalId: `L-${100_001 + index}`, asOfDay, dealExternalId }));
  });
  return leads;
}

function computeTruth(all: SimDeal[], asOf: IsoDate): DemoTruth {
  const quarter = periodOf(asOf, 'quarter');
  const [start, end] = [toEpochDay(quarter.start), toEpochDay(quarter.end)];
  const bookingsByScope = PRODUCTS.flatMap((product) =>
    SEGMENTS.map((segment) => ({ product: product.name, segment: segment.name, bookingsCents: 0 })),
  );
  for (const deal of all) {
    if (deal.outcome !== 'won' || deal.closeDay < start || deal.closeDay > end) continue;
    const scope = bookingsByScope[deal.cell.productIndex * SEGMENTS.length + deal.cell.segmentIndex]!;
    scope.bookingsCents += deal.wonCents;
  }
  return { period: quarter.key, bookingsByScope };
}

interface World {
  story: ResolvedDemoStory;
  runs: ReturnType<typeof simulateCell>[];
  allDeals: SimDeal[];
}

/** Simulates every cell from the burn-in to the end of the as-of quarter, story (a) calibrated to the noise. */
function simulateWorld(
  input: GenerateDemoInput & { window: { firstDay: number; lastDay: number; originDay: number } },
) {
  const { seed, asOf, withStories = true, window } = input;
  const resolved = resolveDemoStory(asOf);
  const cells = buildCells(generateAccountPools(seed), (product, segment) => ({
    isMomentumScope: product === resolved.momentumLoss.product && segment === resolved.momentumLoss.segment,
    isCampaignScope:
      product === resolved.awarenessCampaign.product && segment === resolved.awarenessCampaign.segment,
  }));
  const neutralContext: SimContext = {
    seed,
    ...window,
    activity: computeActivityTable(window.firstDay, window.lastDay, window.originDay),
    effects: createStoryEffects(null),
  };
  const asOfDay = toEpochDay(asOf);
  const severity = withStories
    ? calibrateMomentumSeverity({ neutralContext, cells, story: resolved, asOfDay })
    : 1;
  const story = { ...resolved, momentumLoss: { ...resolved.momentumLoss, severity } };
  const ctx: SimContext = {
    ...neutralContext,
    effects: withStories ? createStoryEffects(story, severity) : neutralContext.effects,
  };
  const runs = cells.map((cell) => simulateCell(ctx, cell));
  const newDeals = runs.flatMap((run) => run.deals);
  const world: World = { story, runs, allDeals: [...newDeals, ...simulateRenewals(ctx, cells, newDeals)] };
  return world;
}

function describeCompany(): Pick<DemoData, 'company' | 'settings' | 'stages' | 'dimensions' | 'competitors'> {
  return {
    company: { name: COMPANY.name, slug: COMPANY.slug },
    settings: { fiscalYearStartMonth: 1, currency: 'EUR' },
    stages: STAGES.map((stage) => ({ ...stage })),
    dimensions: {
      products: PRODUCTS.map((product) => product.name),
      segments: SEGMENTS.map((segment) => segment.name),
      regions: REGIONS.map((region) => region.name),
      teams: [...TEAMS],
      owners: REPS.map((rep) => ({ name: rep.name, team: rep.team })),
    },
    competitors: [...COMPETITORS],
  };
}

/** Generates the demo workspace for a seed and an as-of date; the same inputs always give the same data. */
export function generateDemo(input: GenerateDemoInput): DemoData {
  const { seed, asOf, withStories = true } = input;
  if (!isIsoDate(asOf)) throw new AppError('VALIDATION', `As-of date "${asOf}" is not a date (YYYY-MM-DD)`);
  const asOfDay = toEpochDay(asOf);
  const windowStart = periodOf(addDays(asOf, -3 * 365), 'quarter').start;
  const originDay = toEpochDay(windowStart);
  const window = {
    firstDay: originDay - BURN_IN_DAYS,
    lastDay: toEpochDay(periodOf(asOf, 'quarter').end),
    originDay,
  };
  const { story, runs, allDeals } = simulateWorld({ ...input, window });
  const { deals, idOf } = exportDeals(allDeals, asOfDay, originDay);
  const allLeads = runs.flatMap((run) => run.leads);
  const leads = exportLeads(allLeads, idOf, asOfDay, originDay);
  const truth = computeTruth(allDeals, asOf);
  const storyTruth = withStories ? truth : null;
  return {
    seed,
    asOf,
    windowStart,
    ...describeCompany(),
    deals,
    leads,
    metrics: generateMetrics({ seed, windowStart, asOf, story: withStories ? story : null }),
    targets: planTargets({ seed, bookings: toWonBookings(allDeals), windowStart, asOf, storyTruth }),
    campaigns: withStories ? [buildStoryCampaign(story, leads)] : [],
    story,
    truth,
  };
}
