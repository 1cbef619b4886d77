/**
 * Why a demo deal was lost: a barrier drawn from a stage-specific mix (early losses are "no need" and budget,
 * late ones price and competition), then written as a rep would write it, with the competitor named or not.
 */
import { BARRIER_KEYS, type BarrierKey } from '../core/aida.ts';
import { type Random, samplePick, sampleWeightedIndex } from '../core/random.ts';
import { COMPETITORS } from './company.ts';
import { LOST_REASON_TEXTS, REASON_FRAMES } from './lost-reason-texts.ts';

type BarrierMix = Partial<Record<BarrierKey, number>>;

/** Loss mix by the open stage the deal was lost in (funnel order), then for renewals. */
const STAGE_MIXES: readonly BarrierMix[] = [
  {
    no_need_seen: 25,
    budget_timing: 22,
    product_gap: 14,
    benefits_unknown: 10,
    price_perceived_high: 10,
    awareness_low: 5,
    competitor_preferred: 8,
    trust_risk: 6,
  },
  {
    benefits_unknown: 18,
    product_gap: 16,
    no_need_seen: 12,
    budget_timing: 14,
    price_perceived_high: 13,
    competitor_preferred: 13,
    trust_risk: 9,
    awareness_low: 5,
  },
  {
    price_perceived_high: 30,
    competitor_preferred: 25,
    budget_timing: 12,
    benefits_unknown: 8,
    trust_risk: 8,
    purchase_friction: 7,
    product_gap: 7,
    awareness_low: 3,
  },
  {
    price_perceived_high: 28,
    competitor_preferred: 24,
    purchase_friction: 18,
    budget_timing: 12,
    trust_risk: 10,
    product_gap: 5,
    service_issue: 3,
  },
];

const RENEWAL_MIX: BarrierMix = {
  service_issue: 30,
  price_perceived_high: 25,
  competitor_preferred: 20,
  budget_timing: 15,
  no_need_seen: 10,
};

/** Competitor weights per product (PRODUCTS order) over COMPETITORS; Lumetra sells vision sensors only. */
const COMPETITOR_WEIGHTS: readonly (readonly number[])[] = [
  [0.45, 0.37, 0.1, 0.08],
  [0.5, 0.42, 0, 0.08],
  [0.38, 0.57, 0, 0.05],
  [0.2, 0.2, 0, 0.6],
];

/** How often the competitor field is filled when the text does not name one. */
const COMPETITOR_FIELD_RATE: Partial<Record<BarrierKey, number>> = {
  competitor_preferred: 0.75,
  price_perceived_high: 0.45,
  awareness_low: 0.1,
};

const EMPTY_RATE = 0.12;
const ENGLISH_RATE = 0.12;
const FRAME_RATE = 0.15;

export interface LossSituation {
  /** Index of the open stage the deal was lost in, or null for a renewal. */
  stageIndex: number | null;
  /** Multiplies the weight of awareness_low (story b before its campaign). */
  awarenessBoost: number;
}

export function pickLostBarrier(random: Random, situation: LossSituation): BarrierKey {
  const mix = situation.stageIndex === null ? RENEWAL_MIX : STAGE_MIXES[situation.stageIndex]!;
  const weights = BARRIER_KEYS.map(
    (key) => (mix[key] ?? 0) * (key === 'awareness_low' ? situation.awarenessBoost : 1),
  );
  return BARRIER_KEYS[sampleWeightedIndex(random, weights)]!;
}

export function pickCompetitor(random: Random, productIndex: number): string {
  return COMPETITORS[sampleWeightedIndex(random, COMPETITOR_WEIGHTS[productIndex]!)]!;
}

export interface LostReason {
  text: string | null;
  competitor: string | null;
}

/** The rep's words for `barrier`; `competitor` is the rival in play (named in the text only where it fits). */
export function composeLostReason(
  random: Random,
  input: { barrier: BarrierKey; product: string; competitor: string },
): LostReason {
  const phrases = LOST_REASON_TEXTS[input.barrier];
  const template = samplePick(random, random.next() < ENGLISH_RATE ? phrases.en : phrases.de);
  const namesCompetitor = template.includes('{competitor}');
  const isFieldFilled = namesCompetitor || random.next() < (COMPETITOR_FIELD_RATE[input.barrier] ?? 0.05);
  const competitor = isFieldFilled ? input.competitor : null;
  if (random.next() < EMPTY_RATE) return { text: null, competitor };
  let text = template.replaceAll('{competitor}', input.competitor).replaceAll('{product}', input.product);
  if (random.next() < FRAME_RATE) text = samplePick(random, REASON_FRAMES).replace('{text}', text);
  return { text, competitor };
}

/** A loss to the story competitor's cheaper offer: price or competitor, and the text mostly names it. */
export function composeCompetitorOfferLoss(
  random: Random,
  input: { product: string; competitor: string },
): { barrier: BarrierKey; reason: LostReason } {
  const barrier: BarrierKey = random.next() < 0.6 ? 'price_perceived_high' : 'competitor_preferred';
  const named = LOST_REASON_TEXTS[barrier].de.filter((phrase) => phrase.includes('{competitor}'));
  if (random.next() < 0.3) return { barrier, reason: composeLostReason(random, { barrier, ...input }) };
  const text = samplePick(random, named).replaceAll('{competitor}', input.competitor);
  return { barrier, reason: { text, competitor: input.competitor } };
}
