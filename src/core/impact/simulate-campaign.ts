/**
 * Synthetic campaign data with a planted lift, for tests and the impact benchmark: weekly counts of one target
 * scope and a few sibling controls at demo volumes (10–20 events a week), with the demo's seasonality, a growth
 * trend of each scope's own, a market shock all scopes share (AR(1) on the log scale) and negative-binomial noise.
 */
import { addDays, type IsoDate, startOfIsoWeek } from '../calendar.ts';
import { type Random, sampleNegativeBinomial, sampleNormal } from '../random.ts';
import type { ImpactWindow, KpiSeriesInput, WeeklyObservation } from './types.ts';

/** Month factors like the demo's (August holidays, a weak December), Jan … Dec. */
const MONTH_FACTORS = [0.85, 1.0, 1.1, 1.05, 1.05, 1.0, 0.9, 0.7, 1.05, 1.1, 1.1, 0.8] as const;

export interface SimulateCampaignInput {
  random: Random;
  /** Planted relative lift of the target during the effect weeks (0.2 = +20 %). */
  lift: number;
  startOn: IsoDate;
  preWeeks: number;
  effectWeeks: number;
  controls: number;
  /** Weekly mean range of a scope at the start (default 10–20). */
  meanRange?: readonly [number, number];
  /** Negative-binomial size r of the weekly noise (default 20: variance μ + μ²/20). */
  nbSize?: number;
  /** Weekly sd of the shared market shock on the log scale (default 0.1). */
  commonShockSd?: number;
  /** Sd of the scopes' yearly growth around +6 % (default 0.03). */
  growthSd?: number;
  /** Multiplies the controls' seasonal swing only (1 = same season; −1 = the opposite season: poor controls). */
  controlSeasonSign?: number;
  /** Extra yearly growth of the target alone (0 = parallel trends). */
  targetExtraGrowth?: number;
}

export interface SimulatedCampaign {
  window: ImpactWindow;
  kpi: KpiSeriesInput;
  trueLift: number;
}

function seasonOf(week: IsoDate): number {
  const factor = MONTH_FACTORS[Number(week.slice(5, 7)) - 1] ?? 1;
  const day = week.slice(5);
  return day >= '12-22' || day <= '01-05' ? factor * 0.4 : factor;
}

function simulateShocks(random: Random, weeks: number, sd: number): number[] {
  const rho = 0.5;
  const shocks: number[] = [];
  let previous = sampleNormal(random, 0, sd);
  for (let t = 0; t < weeks; t++) {
    previous = rho * previous + Math.sqrt(1 - rho * rho) * sampleNormal(random, 0, sd);
    shocks.push(previous);
  }
  return shocks;
}

interface ScopeShape {
  mean: number;
  growth: number;
  seasonSwing: number;
  lift: number;
}

function simulateScope(
  random: Random,
  shape: ScopeShape,
  grid: { weeks: IsoDate[]; shocks: number[]; effectFrom: number; nbSize: number },
): WeeklyObservation[] {
  return grid.weeks.map((weekStart, t) => {
    const season = 1 + (seasonOf(weekStart) - 1) * shape.seasonSwing;
    const trend = (1 + shape.growth) ** (t / 52);
    const lift = t >= grid.effectFrom ? 1 + shape.lift : 1;
    const mean = shape.mean * Math.max(0.05, season) * trend * Math.exp(grid.shocks[t] ?? 0) * lift;
    return { weekStart, value: sampleNegativeBinomial(random, mean, grid.nbSize) };
  });
}

/** One simulated campaign: the effect weeks start on `startOn`'s week and the campaign ends with them. */
export function simulateCampaign(input: SimulateCampaignInput): SimulatedCampaign {
  const { random, lift, preWeeks, effectWeeks } = input;
  const [low, high] = input.meanRange ?? [10, 20];
  const first = addDays(startOfIsoWeek(input.startOn), -7 * preWeeks);
  const weeks = Array.from({ length: preWeeks + effectWeeks }, (_, t) => addDays(first, 7 * t));
  const grid = {
    weeks,
    shocks: simulateShocks(random, weeks.length, input.commonShockSd ?? 0.1),
    effectFrom: preWeeks,
    nbSize: input.nbSize ?? 20,
  };
  const drawShape = (isTarget: boolean): ScopeShape => ({
    mean: low + random.next() * (high - low),
    growth:
      0.06 +
      sampleNormal(random, 0, input.growthSd ?? 0.03) +
      (isTarget ? (input.targetExtraGrowth ?? 0) : 0),
    seasonSwing: (0.8 + 0.4 * random.next()) * (isTarget ? 1 : (input.controlSeasonSign ?? 1)),
    lift: isTarget ? lift : 0,
  });
  const target = simulateScope(random, drawShape(true), grid);
  const controls = Array.from({ length: input.controls }, (_, index) => ({
    label: `control ${index + 1}`,
    series: simulateScope(random, drawShape(false), grid),
  }));
  const startOn = addDays(first, 7 * preWeeks);
  return {
    window: { startOn, endOn: addDays(startOn, 7 * effectWeeks - 1), postWeeks: 0, preWeeks },
    kpi: { key: 'new_leads', kind: 'count', direction: 'increase', target, controls },
    trueLift: lift,
  };
}
