/**
 * Scales story (a) to the noise the seed happened to produce. The story scope is first simulated without the
 * story; because a story only thins that world's events, the expected number of new opportunities left in the
 * story window is a known function of the severity, and a bisection finds the severity that puts it
 * `windowDrop` below the same weeks of the two years before (growth-adjusted) — what an analyst compares against.
 */
import { toEpochDay } from '../core/calendar.ts';
import { YEARLY_GROWTH } from './seasons.ts';
import { simulateCell } from './simulate-cell.ts';
import type { Cell, SimContext, SimDeal } from './simulation.ts';
import { DEMO_STORY, type ResolvedDemoStory } from './story.ts';
import { createStoryEffects } from './story-effects.ts';

const BISECTION_STEPS = 30;
const WEEKS_PER_YEAR_DAYS = 364;

interface WindowDeal {
  cell: Cell;
  /** null: opened by a rep without a lead. */
  leadDay: number | null;
  createdDay: number;
}

function countCreated(deals: readonly SimDeal[], from: number, to: number): number {
  return deals.filter((deal) => deal.events[0]!.day >= from && deal.events[0]!.day <= to).length;
}

/** The expected number of window deals that survive the story's thinning at `severity`. */
function computeExpectedKept(
  story: ResolvedDemoStory,
  severity: number,
  window: readonly WindowDeal[],
): number {
  const effects = createStoryEffects(story, severity);
  return window.reduce((sum, deal) => {
    const { flags } = deal.cell;
    const kept =
      deal.leadDay === null
        ? effects.directKeep(flags, deal.createdDay)
        : effects.leadKeep(flags, deal.leadDay) * effects.conversionKeep(flags, deal.createdDay);
    return sum + kept;
  }, 0);
}

export interface CalibrationInput {
  /** A context whose effects are neutral (the world without stories). */
  neutralContext: SimContext;
  cells: readonly Cell[];
  story: ResolvedDemoStory;
  asOfDay: number;
}

/** The severity of story (a) for this seed and as-of date (see DEMO_STORY.momentumLoss.windowDrop). */
export function calibrateMomentumSeverity(input: CalibrationInput): number {
  const { windowDrop, severityRange } = DEMO_STORY.momentumLoss;
  const runs = input.cells
    .filter((cell) => cell.flags.isMomentumScope)
    .map((cell) => simulateCell(input.neutralContext, cell));
  const leadDayOf = new Map<SimDeal, number>();
  for (const lead of runs.flatMap((run) => run.leads))
    if (lead.deal) leadDayOf.set(lead.deal, lead.createdDay);
  const deals = runs.flatMap((run) => run.deals);
  const shift = toEpochDay(input.story.momentumLoss.shiftStartOn);
  const growth = 1 + YEARLY_GROWTH;
  const yearAgo = (years: number) =>
    countCreated(deals, shift - years * WEEKS_PER_YEAR_DAYS, input.asOfDay - years * WEEKS_PER_YEAR_DAYS);
  const reference = (yearAgo(1) * growth + yearAgo(2) * growth ** 2) / 2;
  const target = (1 - windowDrop) * reference;
  const window = deals
    .filter((deal) => deal.events[0]!.day >= shift && deal.events[0]!.day <= input.asOfDay)
    .map((deal) => ({
      cell: deal.cell,
      leadDay: leadDayOf.get(deal) ?? null,
      createdDay: deal.events[0]!.day,
    }));
  let low: number = severityRange[0];
  let high: number = severityRange[1];
  if (computeExpectedKept(input.story, low, window) <= target) return low;
  if (computeExpectedKept(input.story, high, window) >= target) return high;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const middle = (low + high) / 2;
    if (computeExpectedKept(input.story, middle, window) > target) low = middle;
    else high = middle;
  }
  return Math.round(((low + high) / 2) * 1000) / 1000;
}
