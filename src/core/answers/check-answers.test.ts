import { describe, expect, it } from 'vitest';
import { indexQuestions } from '../questions/catalogue.ts';
import { checkAnswers, findAnswerText, isAnswerEmpty, listCompetitorNames } from './check-answers.ts';

const catalogue = indexQuestions();
const question = (id: number, key: string) => {
  const definition = catalogue.get(key);
  if (!definition) throw new Error(key);
  return { id, definition };
};
const SET = [
  question(1, 'price_perceived_high.lost_on_price'),
  question(2, 'competitor_preferred.which_competitor'),
  question(3, 'cross.customer_quote'),
];

describe('checkAnswers', () => {
  it('names each open or invalid question by its id and position', () => {
    const problems = checkAnswers(
      SET,
      new Map<number, unknown>([
        [1, 140],
        [3, '   '],
      ]),
    );
    expect(problems.map((p) => [p.questionId, p.code])).toEqual([
      [1, 'out_of_range'],
      [2, 'required'],
      [3, 'required'],
    ]);
    expect(problems[0]?.message).toBe('Question 1: value: expected 0–100, got 140');
  });

  it('accepts a complete, valid set', () => {
    const values = new Map<number, unknown>([
      [1, 40],
      [2, [{ name: 'Lumetra', better: null }]],
      [3, 'Zu teuer'],
    ]);
    expect(checkAnswers(SET, values)).toEqual([]);
  });
});

describe('answer helpers', () => {
  it('treats null, blank text and empty lists as open, zero as an answer', () => {
    expect([null, undefined, ' ', []].map(isAnswerEmpty)).toEqual([true, true, true, true]);
    expect(isAnswerEmpty(0)).toBe(false);
  });

  it('lists competitor names and finds the text the coder reads', () => {
    const competitor = SET[1]!.definition;
    const value = [
      { name: ' Lumetra ', better: 'günstiger' },
      { name: 'Vexor', better: '' },
    ];
    expect(listCompetitorNames(competitor, value)).toBe('Lumetra, Vexor');
    expect(findAnswerText(competitor, value)).toBe('günstiger');
    expect(findAnswerText(SET[2]!.definition, 'Preis zu hoch')).toBe('Preis zu hoch');
    expect(findAnswerText(SET[0]!.definition, 40)).toBeNull();
  });
});
