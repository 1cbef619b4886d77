import { describe, expect, it } from 'vitest';
import { BARRIER_KEYS, getBarrier } from '../aida.ts';
import { indexQuestions, listBarrierQuestions, QUESTION_CATALOGUE } from './catalogue.ts';
import { SCALE_ANCHORS } from './scale.ts';
import { ANSWER_TYPES } from './types.ts';

describe('question catalogue', () => {
  it.each(BARRIER_KEYS.map((barrier) => [barrier]))(
    'has 2–3 questions for %s, at its AIDA stage',
    (barrier) => {
      const questions = listBarrierQuestions(barrier);
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(questions.length).toBeLessThanOrEqual(3);
      for (const question of questions) {
        expect(question.aidaStage).toBe(getBarrier(barrier).aidaStage);
        expect(question.key.startsWith(`${barrier}.`)).toBe(true);
      }
    },
  );

  it('asks a number first for every barrier (a share or scale question), so a proposal gets an estimate', () => {
    for (const barrier of BARRIER_KEYS) {
      expect(['share', 'scale']).toContain(listBarrierQuestions(barrier)[0]?.answerType);
    }
  });

  it('has unique stable keys of the form <barrier|cross>.<slug>', () => {
    const keys = QUESTION_CATALOGUE.map((question) => question.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const question of QUESTION_CATALOGUE) {
      expect(question.key).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect([...BARRIER_KEYS, 'cross']).toContain(question.key.split('.')[0]);
      expect(question.barrier === null).toBe(question.key.startsWith('cross.'));
    }
    expect(indexQuestions().size).toBe(keys.length);
  });

  it('speaks German and English in every question, option and scale anchor', () => {
    const texts = [
      ...QUESTION_CATALOGUE.map((question) => question.text),
      ...QUESTION_CATALOGUE.flatMap((question) => ('options' in question ? question.options : [])).map(
        (option) => option.label,
      ),
      ...SCALE_ANCHORS.map((anchor) => anchor.label),
    ];
    for (const text of texts) {
      expect(text.de.trim().length).toBeGreaterThan(1);
      expect(text.en.trim().length).toBeGreaterThan(1);
      expect(text.de).not.toBe(text.en);
    }
  });

  it('uses only known answer types; choice questions have options with unique keys mapped to barriers', () => {
    for (const question of QUESTION_CATALOGUE) {
      expect(ANSWER_TYPES).toContain(question.answerType);
      const isChoice = question.answerType === 'single_choice' || question.answerType === 'multi_choice';
      expect('options' in question).toBe(isChoice);
      if (!('options' in question)) continue;
      const keys = question.options.map((option) => option.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(question.options.some((option) => option.barrier !== null)).toBe(true);
    }
  });

  it('has cross-barrier questions: reasons heard most (over all barriers), competitors, an open quote', () => {
    const cross = QUESTION_CATALOGUE.filter((question) => question.barrier === null);
    const overview = cross.find((question) => question.answerType === 'multi_choice');
    expect(overview && 'options' in overview ? overview.options.map((option) => option.barrier) : []).toEqual(
      [...BARRIER_KEYS],
    );
    expect(cross.some((question) => question.answerType === 'competitor')).toBe(true);
    expect(cross.some((question) => question.answerType === 'text')).toBe(true);
  });

  it('labels the scale with contiguous share ranges from 0 to 100 %', () => {
    expect(SCALE_ANCHORS.map((anchor) => anchor.value)).toEqual([1, 2, 3, 4, 5]);
    expect(SCALE_ANCHORS[0]?.lowShare).toBe(0);
    expect(SCALE_ANCHORS.at(-1)?.highShare).toBe(1);
    SCALE_ANCHORS.slice(1).forEach((anchor, index) => {
      expect(anchor.lowShare).toBe(SCALE_ANCHORS[index]?.highShare);
    });
  });
});
