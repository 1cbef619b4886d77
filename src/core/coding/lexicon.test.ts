import { describe, expect, it } from 'vitest';
import { compileLexicon } from './lexicon.ts';
import { findCueMatches, MAX_GAP } from './match-cues.ts';
import { tokenizeText } from './normalize.ts';

const LEXICON = compileLexicon(
  [
    {
      price_perceived_high: '*preis*:1.5, preis hoch:3, teu*:2',
      budget_timing: `budget:2:a, *stopp*:2`,
      competitor_preferred: '*wettbewerb*:2, other|another vendor:2.5',
      purchase_friction: '*aufwand*:2, implementierung*:1, *kosten:1.5',
    },
  ],
  ['wettbewerbsfähig*'],
);

function matched(text: string): string[] {
  return findCueMatches(LEXICON, tokenizeText(text)).map((match) => match.cue.pattern);
}

describe('lexicon matching', () => {
  it.each([
    ['Preise', ['*preis*']],
    ['Preiserhöhung', ['*preis*']],
    ['Lizenzpreise', ['*preis*']],
    ['Budgets', ['budget']],
    ['Investitionsstopp', ['*stopp*']],
    ['Wir sind zu teuer', ['teu*']],
    ['went with another vendor', ['other|another vendor']],
    ['Hauptwettbewerber', ['*wettbewerb*']],
  ])('%s matches %j', (text, patterns) => {
    expect(matched(text)).toEqual(patterns);
  });

  it('matches phrases across a few words but not across a clause or a long gap', () => {
    expect(matched('Preis war uns zu hoch')).toEqual(['preis hoch']);
    expect(matched('Preis. Hoch')).toEqual(['*preis*']);
    expect(matched(`Preis ${'sehr '.repeat(MAX_GAP + 1)}hoch`)).toEqual(['*preis*']);
  });

  it('treats umlauts and their ASCII spellings alike', () => {
    expect(matched('Preiserhoehung')).toEqual(matched('Preiserhöhung'));
  });

  it('lets a neutral word veto the cue it contains, not others', () => {
    expect(matched('wettbewerbsfähig')).toEqual([]);
    expect(matched('Wettbewerber')).toEqual(['*wettbewerb*']);
  });

  it('gives a compound to its heaviest cue', () => {
    expect(matched('Implementierungsaufwand')).toEqual(['*aufwand*']);
  });

  it('rejects a malformed entry with its text', () => {
    expect(() => compileLexicon([{ trust_risk: 'risiko:viel' }])).toThrow(/risiko:viel/);
  });
});
