import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, MAX_TEXT_CHARS, stemWord, tokenizeText } from './normalize.ts';

describe('normalisation', () => {
  it.each([
    ['Gebühr', 'gebuehr'],
    ['GRÖSSE', 'groesse'],
    ['Größe', 'groesse'],
    ['Übernahme', 'uebernahme'],
    ['Café', 'cafe'],
    ['naïve', 'naive'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it('gives inflections one stem and keeps different words apart', () => {
    const stem = (word: string) => stemWord(foldWord(word));
    expect(stem('Wettbewerbers')).toBe(stem('Wettbewerber'));
    expect(stem('Wettbewerber')).toBe(stem('Wettbewerb'));
    expect(new Set(['price', 'prices', 'priced', 'pricing'].map(stem)).size).toBe(1);
    expect(stem('Lieferzeiten')).toBe(stem('Lieferzeit'));
    expect(stem('interested')).toBe(stem('interest'));
    expect(stem('intern')).not.toBe(stem('interest'));
    expect(stem('need')).toBe('need');
  });

  it('splits clauses at punctuation and contrast words, and reads "n\'t" as "not"', () => {
    const tokens = tokenizeText("Price OK, but support didn't answer");
    expect(tokens.map((token) => token.folded)).toEqual(['price', 'ok', 'support', 'did', 'not', 'answer']);
    expect(tokens.map((token) => token.clause)).toEqual([0, 0, 2, 2, 2, 2]);
    expect(tokenizeText("customer's budget").map((token) => token.folded)).toEqual(['customer', 'budget']);
  });

  it('keeps offsets into the original text', () => {
    const text = '  Lieferzeit – zu lang!';
    const [first] = tokenizeText(text);
    expect(first && text.slice(first.start, first.end)).toBe('Lieferzeit');
  });

  it('never throws and stays within the text limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        for (const token of tokenizeText(text)) {
          expect(token.start).toBeLessThan(token.end);
          expect(token.end).toBeLessThanOrEqual(Math.min(text.length, MAX_TEXT_CHARS));
          expect(token.folded.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
