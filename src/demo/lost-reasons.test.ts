import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARRIER_KEYS } from '../core/aida.ts';
import { createRandom } from '../core/random.ts';
import { LOST_REASON_TEXTS } from './lost-reason-texts.ts';
import { composeCompetitorOfferLoss, composeLostReason, pickLostBarrier } from './lost-reasons.ts';

describe('demo lost reasons', () => {
  it('has many phrasings per barrier, German and English', () => {
    for (const key of BARRIER_KEYS) {
      expect(LOST_REASON_TEXTS[key].de.length, key).toBeGreaterThanOrEqual(6);
      expect(LOST_REASON_TEXTS[key].en.length, key).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes varied texts, some English, some empty, naming the competitor in the field whenever the text does', () => {
    const random = createRandom(5);
    const reasons = Array.from({ length: 4_000 }, (_, i) =>
      composeLostReason(random, {
        barrier: BARRIER_KEYS[i % BARRIER_KEYS.length]!,
        product: 'OptiScan',
        competitor: 'Kessler Sensorik',
      }),
    );
    const texts = reasons.map((reason) => reason.text);
    const empty = texts.filter((text) => text === null).length / texts.length;
    expect(empty).toBeGreaterThan(0.05);
    expect(empty).toBeLessThan(0.2);
    expect(new Set(texts).size).toBeGreaterThan(120);
    const english = texts.filter((text) => text !== null && /\b(customer|price|lost|no|not)\b/i.test(text));
    expect(english.length / texts.length).toBeGreaterThan(0.05);
    const unnamed = reasons.filter(
      (reason) => reason.text?.includes('Kessler') && reason.competitor === null,
    );
    expect(unnamed).toEqual([]);
    expect(texts.some((text) => text?.includes('{'))).toBe(false);
  });

  it('loses early deals to "no need" and budget, late ones to price and competition', () => {
    const random = createRandom(9);
    const draw = (stageIndex: number) =>
      Array.from({ length: 3_000 }, () => pickLostBarrier(random, { stageIndex, awarenessBoost: 1 }));
    const share = (barriers: string[], keys: string[]) =>
      barriers.filter((barrier) => keys.includes(barrier)).length / barriers.length;
    expect(share(draw(0), ['no_need_seen', 'budget_timing'])).toBeGreaterThan(0.4);
    expect(share(draw(3), ['price_perceived_high', 'competitor_preferred'])).toBeGreaterThan(0.45);
    const boosted = Array.from({ length: 3_000 }, () =>
      pickLostBarrier(random, { stageIndex: 0, awarenessBoost: 5 }),
    );
    expect(share(boosted, ['awareness_low'])).toBeGreaterThan(3 * share(draw(0), ['awareness_low']));
  });

  it('codes a loss to the cheaper offer as price or competitor, mostly naming the competitor', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const loss = composeCompetitorOfferLoss(createRandom(seed), {
          product: 'OptiScan',
          competitor: 'Lumetra',
        });
        expect(['price_perceived_high', 'competitor_preferred']).toContain(loss.barrier);
      }),
    );
    const random = createRandom(3);
    const losses = Array.from({ length: 1_000 }, () =>
      composeCompetitorOfferLoss(random, { product: 'OptiScan', competitor: 'Lumetra' }),
    );
    expect(losses.filter((loss) => loss.reason.competitor === 'Lumetra').length).toBeGreaterThan(700);
  });
});
