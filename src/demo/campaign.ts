/**
 * The story (b) campaign as marketing recorded it: an AIDA Attention campaign against low awareness, with KPIs
 * whose baselines come from the data before it started, so the campaign feature can evaluate it later.
 */
import { addDays, toEpochDay } from '../core/calendar.ts';
import { DEMO_STORY, type ResolvedDemoStory } from './story.ts';
import type { DemoCampaign, DemoLead } from './types.ts';

/** Weeks before the campaign that set the lead baseline. */
const BASELINE_WEEKS = 26;
const LEAD_GOAL_LIFT = 1.2;

function countWeeklyLeads(
  leads: readonly DemoLead[],
  scope: { product: string; segment: string },
  start: string,
) {
  const from = addDays(start, -7 * BASELINE_WEEKS);
  const count = leads.filter(
    (lead) =>
      lead.product === scope.product &&
      lead.segment === scope.segment &&
      lead.createdOn >= from &&
      lead.createdOn < start,
  ).length;
  const weeks = (toEpochDay(start) - toEpochDay(from)) / 7;
  return Math.round((count / weeks) * 10) / 10;
}

export function buildStoryCampaign(story: ResolvedDemoStory, leads: readonly DemoLead[]): DemoCampaign {
  const b = DEMO_STORY.awarenessCampaign;
  const { product, segment, startOn, endOn } = story.awarenessCampaign;
  const weeklyLeads = countWeeklyLeads(leads, { product, segment }, startOn);
  return {
    name: b.name,
    scope: { product, segment },
    objectiveStage: b.objectiveStage,
    barriers: [...b.barriers],
    channels: [...b.channels],
    messages: [
      'PressLine Hygienic: Drucksensoren in EHEDG-konformem Design für die Lebensmittelproduktion',
      'Über 400 Anlagen in Molkereien, Brauereien und Backbetrieben – fragen Sie nach Referenzen',
    ],
    callToAction: 'Webinar „Hygienic Design in der Drucküberwachung“ – jetzt anmelden',
    kpis: [
      {
        indicator: 'new_leads',
        baseline: weeklyLeads,
        goal: Math.round(weeklyLeads * LEAD_GOAL_LIFT * 10) / 10,
      },
      { indicator: 'aided_awareness_pct', baseline: b.awarenessBeforePct, goal: 25 },
    ],
    startOn,
    endOn,
    budgetCents: b.budgetEuros * 100,
    status: 'completed',
  };
}
