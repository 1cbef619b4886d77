/**
 * Internal shapes of the simulation. Deals are simulated over their whole life (also past the as-of date);
 * truncate.ts then shows what a CRM export on the as-of date would contain. Days are epoch days.
 */
import type { BarrierKey } from '../core/aida.ts';
import { type DemoProduct, type DemoSegment, PRODUCTS, SEGMENTS } from './company.ts';
import { type DemoRep, REGIONS, REPS } from './sales-team.ts';
import type { StoryEffects, StoryScopeFlags } from './story-effects.ts';

/** One product × segment × region: the unit the simulation draws from, each with its own random stream. */
export interface Cell {
  index: number;
  productIndex: number;
  segmentIndex: number;
  product: DemoProduct;
  segment: DemoSegment;
  region: string;
  reps: readonly DemoRep[];
  /** The reps' weights, for sampleWeightedIndex. */
  repWeights: readonly number[];
  accounts: readonly string[];
  flags: StoryScopeFlags;
}

export interface SimEvent {
  stage: string;
  day: number;
}

export interface SimDeal {
  cell: Cell;
  /** Position within its cell's stream; with `cell.index` it orders deals of the same day stably. */
  ordinal: number;
  name: string;
  account: string;
  owner: string;
  /** The amount in the CRM while open (the quote). */
  quoteCents: number;
  /** The amount booked when won (after negotiation). */
  wonCents: number;
  isRenewal: boolean;
  leadSource: string;
  /** Stage entries in order, the first on the creation day, the last the close (Gewonnen/Verloren). */
  events: SimEvent[];
  outcome: 'won' | 'lost';
  closeDay: number;
  /** The rep's first expected close date, and a seed for how it is pushed out when it passes. */
  plannedCloseDay: number;
  slipSeed: number;
  lostReason: string | null;
  trueBarrier: BarrierKey | null;
  competitor: string | null;
}

export interface SimLead {
  cell: Cell;
  createdDay: number;
  channel: string;
  /** The day it was converted or disqualified. */
  resolvedDay: number;
  deal: SimDeal | null;
}

/** The simulation's fixed inputs shared by every cell. */
export interface SimContext {
  seed: number;
  firstDay: number;
  lastDay: number;
  /** Activity multipliers from seasons.ts, indexed by day − firstDay. */
  activity: Float64Array;
  /** Day prices and volumes are anchored to (the start of the data window). */
  originDay: number;
  effects: StoryEffects;
}

/** Cells in a fixed order: product, then segment, then region. */
export function buildCells(
  accountPools: readonly (readonly string[])[],
  isStoryScope: (product: string, segment: string) => StoryScopeFlags,
): Cell[] {
  const cells: Cell[] = [];
  PRODUCTS.forEach((product, productIndex) => {
    SEGMENTS.forEach((segment, segmentIndex) => {
      REGIONS.forEach((region, regionIndex) => {
        cells.push({
          index: cells.length,
          productIndex,
          segmentIndex,
          product,
          segment,
          region: region.name,
          reps: REPS.filter((rep) => rep.team === region.team),
          repWeights: REPS.filter((rep) => rep.team === region.team).map((rep) => rep.weight),
          accounts: accountPools[segmentIndex * REGIONS.length + regionIndex]!,
          flags: isStoryScope(product.name, segment.name),
        });
      });
    });
  });
  return cells;
}
