/**
 * How the planted stories bend the simulation, as functions of the scope and the day. The simulation first draws
 * the events of a world without stories; a story then keeps each event with a probability (thinning, with the
 * uniform always drawn) or adds events from a stream of its own. So the data with stories equal the
 * counterfactual outside the story scopes exactly, and inside them before the story starts.
 */
import { toEpochDay } from '../core/calendar.ts';
import { DEMO_STORY, type ResolvedDemoStory } from './story.ts';

export interface StoryScopeFlags {
  isMomentumScope: boolean;
  isCampaignScope: boolean;
}

export interface StoryEffects {
  /** Probability that a lead of the world without stories still comes. */
  leadKeep(scope: StoryScopeFlags, day: number): number;
  /** Extra leads on top, as a share of the normal rate (the campaign's lift). */
  leadLift(scope: StoryScopeFlags, day: number): number;
  /** Probability that an opportunity a rep would open without a lead is still opened. */
  directKeep(scope: StoryScopeFlags, day: number): number;
  /** Probability that a lead that would convert still converts. */
  conversionKeep(scope: StoryScopeFlags, day: number): number;
  /** Multiplies the pass probability of the late stages (Angebot, Verhandlung). */
  latePassFactor(scope: StoryScopeFlags, day: number): number;
  /** Probability that a loss on this day is the competitor's cheaper offer (0 outside the story). */
  competitorLossShare(scope: StoryScopeFlags, day: number, isLateStage: boolean): number;
  /** Whether won amounts are discounted against the competitor on this day. */
  isDiscounting(scope: StoryScopeFlags, day: number): boolean;
  /** Weight multiplier of awareness_low among lost reasons. */
  awarenessLossBoost(scope: StoryScopeFlags, day: number): number;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

const NEUTRAL: StoryEffects = {
  leadKeep: () => 1,
  leadLift: () => 0,
  directKeep: () => 1,
  conversionKeep: () => 1,
  latePassFactor: () => 1,
  competitorLossShare: () => 0,
  isDiscounting: () => false,
  awarenessLossBoost: () => 1,
};

/**
 * The story's effects on the simulation; `null` = no stories (the counterfactual). `momentumSeverity` scales the
 * thinning of story (a) (1 = the factors in DEMO_STORY); calibrate-story.ts picks it.
 */
export function createStoryEffects(story: ResolvedDemoStory | null, momentumSeverity = 1): StoryEffects {
  if (story === null) return NEUTRAL;
  const a = DEMO_STORY.momentumLoss;
  const b = DEMO_STORY.awarenessCampaign;
  const shiftStart = toEpochDay(story.momentumLoss.shiftStartOn);
  const campaignStart = toEpochDay(story.awarenessCampaign.startOn);
  const campaignDays = toEpochDay(story.awarenessCampaign.endOn) - campaignStart + 1;

  const momentum = (scope: StoryScopeFlags, day: number) =>
    scope.isMomentumScope ? clamp01((day - shiftStart + 1) / a.rampDays) : 0;
  const campaign = (scope: StoryScopeFlags, day: number) =>
    scope.isCampaignScope ? clamp01((day - campaignStart + 1) / campaignDays) : 0;
  const keep = (factor: number) => (scope: StoryScopeFlags, day: number) =>
    Math.max(0, 1 - momentum(scope, day) * (1 - factor) * momentumSeverity);

  return {
    leadKeep: keep(a.leadFactor),
    leadLift: (scope, day) => campaign(scope, day) * (b.leadLift - 1),
    directKeep: keep(a.leadFactor * a.conversionFactor),
    conversionKeep: keep(a.conversionFactor),
    latePassFactor: (scope, day) => 1 - momentum(scope, day) * (1 - a.latePassFactor),
    competitorLossShare: (scope, day, isLateStage) =>
      momentum(scope, day) * (isLateStage ? a.lossShareLateStages : a.lossShareEarlyStages),
    isDiscounting: (scope, day) => momentum(scope, day) > 0,
    awarenessLossBoost: (scope, day) =>
      scope.isCampaignScope ? 1 + (1 - campaign(scope, day)) * (b.awarenessLossBoost - 1) : 1,
  };
}
