/**
 * The demo company's funnel as data: CRM stages with default probabilities, the stage model the simulation
 * follows, lead channels with their conversion, and the trade fairs that bring Messe leads.
 */
import type { StageDefinition } from '../core/types.ts';

export const WON_STAGE = 'Gewonnen';
export const LOST_STAGE = 'Verloren';

/** The CRM's stage configuration; probabilities are the CRM defaults reps see, not fitted rates. */
export const STAGES: readonly StageDefinition[] = [
  { name: 'Qualifizierung', position: 1, defaultProbability: 0.1 },
  { name: 'Bedarfsanalyse', position: 2, defaultProbability: 0.2 },
  { name: 'Angebot', position: 3, defaultProbability: 0.4 },
  { name: 'Verhandlung', position: 4, defaultProbability: 0.7 },
  { name: WON_STAGE, position: 5, defaultProbability: 1 },
  { name: LOST_STAGE, position: 6, defaultProbability: 0 },
];

export interface OpenStageModel {
  name: string;
  /** Probability to move on from this stage (base, before rep, story and channel effects). */
  passProbability: number;
  /** Mean days spent in the stage before moving on (gamma, shape 2). */
  meanDays: number;
}

/** Pass probabilities multiply to a new-business win rate of about 30 %. */
export const OPEN_STAGES: readonly OpenStageModel[] = [
  { name: 'Qualifizierung', passProbability: 0.74, meanDays: 12 },
  { name: 'Bedarfsanalyse', passProbability: 0.77, meanDays: 17 },
  { name: 'Angebot', passProbability: 0.7, meanDays: 19 },
  { name: 'Verhandlung', passProbability: 0.77, meanDays: 15 },
];

export interface DemoChannel {
  name: string;
  /** Share of non-trade-fair leads. */
  share: number;
  /** Lead → opportunity conversion probability. */
  conversion: number;
}

export const LEAD_CHANNELS: readonly DemoChannel[] = [
  { name: 'Website', share: 0.36, conversion: 0.16 },
  { name: 'Webinar', share: 0.14, conversion: 0.2 },
  { name: 'Outbound', share: 0.22, conversion: 0.17 },
  { name: 'Empfehlung', share: 0.1, conversion: 0.38 },
  { name: 'Partner', share: 0.18, conversion: 0.27 },
];

export const FAIR_CHANNEL: DemoChannel = { name: 'Messe', share: 0, conversion: 0.22 };

export interface DemoFair {
  name: string;
  isoWeek: number;
  /** Relative lead volume per segment (SEGMENTS order). */
  segmentWeights: readonly number[];
}

/** Trade fairs bring Messe leads in their week; ISO weeks approximate the usual dates. */
export const FAIRS: readonly DemoFair[] = [
  { name: 'Hannover Messe', isoWeek: 16, segmentWeights: [1, 1, 0.5, 0.5] },
  { name: 'Anuga FoodTec', isoWeek: 12, segmentWeights: [0, 0, 1.2, 0] },
  { name: 'Motek', isoWeek: 41, segmentWeights: [1, 0.8, 0, 0.3] },
  { name: 'Medica', isoWeek: 46, segmentWeights: [0, 0, 0, 1.2] },
  { name: 'SPS', isoWeek: 47, segmentWeights: [0.8, 1, 0.4, 0.2] },
];

/** Opportunities a rep opens without a marketing lead, with the lead source the CRM records. */
export const DIRECT_SOURCES = [
  { name: 'Vertrieb direkt', share: 0.6 },
  { name: 'Bestandskunde', share: 0.4 },
] as const;

export const RENEWAL_SOURCE = 'Bestandskunde';
