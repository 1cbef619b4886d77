import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT, FIRST_FRESH, SECOND_FRESH } from './b2b-lost-reasons.test-data.ts';
import { type BarrierCode, codeText, codeTexts, createBarrierCoder } from './code-text.ts';
import { CODE_KEYS } from './naive-bayes.ts';

const B2B_TABLE = [...DEVELOPMENT, ...FIRST_FRESH, ...SECOND_FRESH];

function isValidCode(code: BarrierCode, text: string): boolean {
  return (
    (CODE_KEYS as readonly string[]).includes(code.barrier) &&
    code.confidence >= 0 &&
    code.confidence <= 1 &&
    code.because.every((words) => text.includes(words))
  );
}

describe('lexicon coding of B2B lost reasons', () => {
  it(`codes ≥ 85 % of ${B2B_TABLE.length} German and English lost reasons right, with few wrong codes`, () => {
    const codes = codeTexts(B2B_TABLE.map(([text]) => text));
    const right = codes.filter((code, index) => code.barrier === B2B_TABLE[index]?.[1]).length;
    const wrong = codes.filter(
      (code, index) => code.barrier !== 'unknown' && code.barrier !== B2B_TABLE[index]?.[1],
    );
    console.info(
      `[b2b] ${right}/${B2B_TABLE.length} right = ${(right / B2B_TABLE.length).toFixed(3)}, ${wrong.length} wrong codes`,
    );
    expect(right / B2B_TABLE.length).toBeGreaterThanOrEqual(0.85);
    expect(wrong.length / B2B_TABLE.length).toBeLessThanOrEqual(0.03);
  });

  it('is general vocabulary: each language alone reaches the bar', () => {
    const german = B2B_TABLE.filter(([text]) => /[äöüß]|\b(der|die|das|kein|nicht|zu|Kunde)\b/i.test(text));
    const english = B2B_TABLE.filter((row) => !german.includes(row));
    for (const table of [german, english]) {
      const codes = codeTexts(table.map(([text]) => text));
      const right = codes.filter((code, index) => code.barrier === table[index]?.[1]).length;
      expect(table.length).toBeGreaterThan(60);
      expect(right / table.length).toBeGreaterThanOrEqual(0.85);
    }
  });
});

describe('negation and conflicting evidence', () => {
  it.each([
    ['kein Budget', 'budget_timing'],
    ['Budget passt', 'unknown'],
    ['Budget vorhanden, aber Lieferzeit zu lang', 'purchase_friction'],
    ['Der Preis war nicht das Problem, sondern die fehlende Schnittstelle', 'product_gap'],
    ['Price was not the issue, missing features were', 'product_gap'],
    ['Preis nicht wettbewerbsfähig', 'price_perceived_high'],
    ['Preis wettbewerbsfähig', 'unknown'],
    ['nicht zu teuer', 'unknown'],
    ['no support at all', 'service_issue'],
    ['not because of budget', 'unknown'],
    ['kein Wettbewerber beteiligt', 'unknown'],
    ['wir standen nicht auf der Shortlist', 'awareness_low'],
    ['wir standen auf der Shortlist, Preis zu hoch', 'price_perceived_high'],
    ['Preis spielte keine Rolle, Kunde hatte keinen Bedarf', 'no_need_seen'],
    ['fairer Preis, aber schlechter Support', 'service_issue'],
    ['Lost to competitor on price', 'price_perceived_high'],
    ['Budget und Wettbewerber', 'unknown'],
    ['Grund unbekannt', 'unknown'],
    ['unklar', 'unknown'],
    ['', 'unknown'],
  ])('%j → %s', (text, barrier) => {
    expect(codeText(text).barrier).toBe(barrier);
  });

  it('explains a code with the words that decided, quoted from the text', () => {
    const code = codeText('Kunde hat sich für Wettbewerber X entschieden');
    expect(code.barrier).toBe('competitor_preferred');
    expect(code.because[0]).toBe('Wettbewerber');
    expect(code.because).toContain('für Wettbewerber X entschieden');
  });

  it('is surer with more evidence and names both sides of a conflict', () => {
    expect(codeText('Preis zu hoch, Rabatt zu gering').confidence).toBeGreaterThan(
      codeText('Preis').confidence,
    );
    const conflict = codeText('Budget gestrichen, Wettbewerber im Spiel');
    expect(conflict.barrier).toBe('unknown');
    expect(conflict.because).toEqual(expect.arrayContaining(['Budget', 'Wettbewerber']));
  });
});

describe('robustness', () => {
  const lexiconWords = fc.constantFrom(
    'Preis',
    'zu teuer',
    'kein',
    'nicht',
    'not',
    'Budget',
    'Wettbewerber',
    'support',
    'fehlt',
    'ok',
    'aber',
    ',',
    '.',
    "n't",
    'Problem',
  );
  const mixedText = fc
    .array(fc.oneof(lexiconWords, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 30 })
    .map((parts) => parts.join(' '));
  const loneSurrogates = fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 50 })
    .map((codes) => String.fromCharCode(...codes));

  it('never throws, always returns a key or unknown with confidence in [0, 1] and quotes from the text', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, loneSurrogates, fc.string({ unit: 'grapheme' })), (text) => {
        expect(isValidCode(codeText(text), text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('copes with huge texts, control characters and emoji', () => {
    const huge = `${'Preis zu hoch 🚀\u0000\u0007 '.repeat(200_000)}\ud800`;
    const code = codeText(huge);
    expect(isValidCode(code, huge)).toBe(true);
    expect(code.barrier).toBe('price_perceived_high');
  });

  it('batch coding equals one-by-one coding and returns independent results', () => {
    const texts = B2B_TABLE.map(([text]) => text).concat(B2B_TABLE.map(([text]) => text));
    const batch = codeTexts(texts);
    expect(batch).toEqual(texts.map((text) => codeText(text)));
    const coder = createBarrierCoder();
    const first = coder.code('Preis zu hoch');
    first.because.push('mutated');
    expect(coder.code('Preis zu hoch').because).not.toContain('mutated');
  });
});
