import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { codeText, codeTexts } from './code-text.ts';
import {
  type BarrierLabel,
  type BarrierModel,
  CODE_KEYS,
  prepareModel,
  trainBarrierModel,
} from './naive-bayes.ts';

const ESCROW: BarrierLabel[] = [
  { text: 'Kunde besteht auf Quellcode-Hinterlegung', barrier: 'purchase_friction' },
  { text: 'Quellcode-Hinterlegung beim Notar gefordert', barrier: 'purchase_friction' },
  { text: 'ohne Hinterlegung des Quellcodes kein Abschluss', barrier: 'purchase_friction' },
];
const PROBE = 'Hinterlegung vom Quellcode war Bedingung';

describe('learning from confirmed labels (naive Bayes)', () => {
  it('learns a phrase the lexicon does not know after a few relabels, surer with each', () => {
    expect(codeText(PROBE).barrier).toBe('unknown');
    const confidences = [1, 2, 3].map((count) => {
      const code = codeText(PROBE, { model: trainBarrierModel(ESCROW.slice(0, count)) });
      expect(code.barrier).toBe('purchase_friction');
      return code.confidence;
    });
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  });

  it('explains a learned code with the n-grams that decided', () => {
    const code = codeText(PROBE, { model: trainBarrierModel(ESCROW) });
    expect(code.because).toEqual(expect.arrayContaining(['Hinterlegung', 'Quellcode']));
    expect(code.because).not.toContain('Bedingung');
  });

  it("outvotes the lexicon where the workspace's labels disagree with it", () => {
    const probe = 'Wettbewerber war einfach günstiger';
    expect(codeText(probe).barrier).toBe('price_perceived_high');
    const labels = [
      'Wettbewerber günstiger',
      'Wettbewerber war günstiger',
      'Wettbewerber deutlich günstiger',
    ].map((text) => ({ text, barrier: 'competitor_preferred' }));
    expect(codeText(probe, { model: trainBarrierModel(labels) }).barrier).toBe('competitor_preferred');
  });

  it('keeps a strong lexicon code against a single odd label', () => {
    const model = trainBarrierModel([{ text: 'zu teuer', barrier: 'service_issue' }]);
    expect(codeText('Preis zu teuer', { model }).barrier).toBe('price_perceived_high');
  });

  it('learns abstention from labels marked unknown', () => {
    const probe = 'Duplikat, Preis siehe Hauptdeal';
    expect(codeText(probe).barrier).toBe('price_perceived_high');
    const model = trainBarrierModel(
      [1, 2, 3].map(() => ({ text: 'Duplikat, siehe Hauptdeal', barrier: 'unknown' })),
    );
    const code = codeText(probe, { model });
    expect(code.barrier).toBe('unknown');
    expect(code.because[0]).toBe('Duplikat');
  });

  it('leaves texts that share nothing with the labels to the lexicon', () => {
    const texts = ['Preis zu hoch', 'Lieferzeit zu lang', 'Sonstiges'];
    expect(codeTexts(texts, { model: trainBarrierModel(ESCROW) })).toEqual(codeTexts(texts));
  });

  it('is deterministic: the same labels in any order give the same JSON', () => {
    const labels: BarrierLabel[] = [...ESCROW, { text: 'kein Budget', barrier: 'budget_timing' }];
    const json = JSON.stringify(trainBarrierModel(labels));
    expect(JSON.stringify(trainBarrierModel([...labels].reverse()))).toBe(json);
    expect(JSON.stringify(trainBarrierModel(labels))).toBe(json);
  });

  it('survives a JSON round trip with identical codes', () => {
    const model = trainBarrierModel(ESCROW);
    const copy = JSON.parse(JSON.stringify(model)) as BarrierModel;
    expect(copy).toEqual(model);
    const texts = [PROBE, 'Preis zu hoch', 'Quellcode'];
    expect(codeTexts(texts, { model: copy })).toEqual(codeTexts(texts, { model }));
  });

  it('ignores labels with keys outside the catalogue and rejects a foreign model', () => {
    const model = trainBarrierModel([{ text: 'x', barrier: 'renamed_key' }, ...ESCROW]);
    expect(model.labelCount).toBe(3);
    expect(Object.keys(model.classes)).toEqual(['purchase_friction']);
    expect(() => prepareModel({ version: 2 } as unknown as BarrierModel)).toThrow(AppError);
  });

  it('handles n-grams that are names of object properties', () => {
    const model = trainBarrierModel([{ text: 'constructor __proto__ toString', barrier: 'product_gap' }]);
    const code = codeText('__proto__ constructor toString', { model: JSON.parse(JSON.stringify(model)) });
    expect(code.barrier).toBe('product_gap');
  });

  it('never throws on arbitrary labels and texts, and codes to a valid key', () => {
    const label = fc.record({
      text: fc.string({ unit: 'binary', maxLength: 40 }),
      barrier: fc.constantFrom(...CODE_KEYS, 'bogus'),
    });
    fc.assert(
      fc.property(
        fc.array(label, { maxLength: 20 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (labels, text) => {
          const code = codeText(text, { model: trainBarrierModel(labels) });
          expect(CODE_KEYS).toContain(code.barrier);
          expect(code.confidence).toBeGreaterThanOrEqual(0);
          expect(code.confidence).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
