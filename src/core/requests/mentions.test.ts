import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.ts';

const PEOPLE = [
  { id: 1, name: 'Mara Marketing', email: 'marketing@demo.tandem' },
  { id: 2, name: 'Anna Berger', email: 'anna@firma.de' },
  { id: 3, name: 'Anna Berger-Schmidt', email: 'abs@firma.de' },
  { id: 4, name: 'Jörg Özdemir', email: 'joerg@firma.de' },
];

describe('findMentions', () => {
  it.each([
    { body: '@Mara Marketing kannst du das übernehmen?', ids: [1] },
    { body: 'cc @marketing@demo.tandem and @anna berger.', ids: [1, 2] },
    { body: '@Anna Berger-Schmidt bitte prüfen', ids: [3] },
    { body: '@Jörg Özdemir, @Jörg Özdemir again', ids: [4] },
    { body: 'mail anna@firma.de directly', ids: [] },
    { body: '@Anna Bergeron is not a person here', ids: [] },
    { body: 'no mentions at all', ids: [] },
  ])('$body → $ids', ({ body, ids }) => {
    expect(findMentions(body, PEOPLE)).toEqual(ids);
  });

  it('returns known ids only, each once, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (body) => {
        const ids = findMentions(body, PEOPLE);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(PEOPLE.map((person) => person.id)).toContain(id);
      }),
    );
  });
});
