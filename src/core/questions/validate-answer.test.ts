import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexQuestions, QUESTION_CATALOGUE } from './catalogue.ts';
import type { QuestionDefinition } from './types.ts';
import { validateAnswer } from './validate-answer.ts';

const QUESTIONS = indexQuestions();

function question(key: string): QuestionDefinition {
  const found = QUESTIONS.get(key);
  if (!found) throw new Error(`no question ${key}`);
  return found;
}

describe('validateAnswer', () => {
  it.each([
    ['price_perceived_high.too_expensive_heard', 4, []],
    ['price_perceived_high.too_expensive_heard', 0, ['out_of_range']],
    ['price_perceived_high.too_expensive_heard', 3.5, ['not_integer']],
    ['price_perceived_high.too_expensive_heard', '4', ['wrong_type']],
    ['price_perceived_high.lost_on_price', 62.5, []],
    ['price_perceived_high.lost_on_price', 101, ['out_of_range']],
    ['price_perceived_high.lost_on_price', Number.NaN, ['wrong_type']],
    ['price_perceived_high.lost_on_price', null, ['required']],
    ['no_need_seen.what_customers_said', 'not_now', []],
    ['no_need_seen.what_customers_said', 'nope', ['unknown_option']],
    ['no_need_seen.what_customers_said', ['not_now'], ['wrong_type']],
    ['cross.most_frequent_reasons', ['price_perceived_high', 'competitor_preferred'], []],
    ['cross.most_frequent_reasons', [], ['required']],
    ['cross.most_frequent_reasons', ['trust_risk', 'trust_risk'], ['duplicate_option']],
    [
      'cross.most_frequent_reasons',
      ['trust_risk', 'product_gap', 'service_issue', 'awareness_low'],
      ['too_many'],
    ],
    ['cross.customer_quote', 'Lumetra ist 30 % günstiger', []],
    ['cross.customer_quote', '   ', ['required']],
    ['cross.customer_quote', 'x'.repeat(2001), ['too_long']],
    ['competitor_preferred.which_competitor', [{ name: 'Lumetra', better: 'günstiger' }], []],
    ['competitor_preferred.which_competitor', [{ name: 'Lumetra' }, { name: 'Kessler', better: null }], []],
    ['competitor_preferred.which_competitor', [{ name: '' }], ['required']],
    ['competitor_preferred.which_competitor', [], ['required']],
    ['competitor_preferred.which_competitor', 'Lumetra', ['wrong_type']],
    ['price_perceived_high.price_expectation', { customerCents: 3_000_000, oursCents: 3_600_000 }, []],
    ['price_perceived_high.price_expectation', { customerCents: 3_000_000, oursCents: 0 }, ['out_of_range']],
    ['price_perceived_high.price_expectation', { customerCents: 1.5, oursCents: 2 }, ['not_integer']],
    ['price_perceived_high.price_expectation', 3_000_000, ['wrong_type']],
  ] as const)('%s with %j → %j', (key, value, codes) => {
    expect(validateAnswer(question(key), value).map((problem) => problem.code)).toEqual(codes);
  });

  it('names the field in every problem', () => {
    const [first] = validateAnswer(question('competitor_preferred.which_competitor'), [
      { name: 'A' },
      { name: 'B', better: 7 },
    ]);
    expect(first?.field).toBe('value[1].better');
    expect(first?.message).toContain('value[1].better');
  });

  it('never throws and returns well-formed problems, whatever the value (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTION_CATALOGUE), fc.anything(), (definition, value) => {
        const problems = validateAnswer(definition, value);
        expect(Array.isArray(problems)).toBe(true);
        for (const problem of problems) expect(typeof problem.message).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts what the answer form can produce for each type (fast-check)', () => {
    const choice = question('cross.most_frequent_reasons');
    const keys = 'options' in choice ? choice.options.map((option) => option.key) : [];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 3 }),
        fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() !== ''),
        (scale, share, picked, text) => {
          expect(validateAnswer(question('trust_risk.doubts_heard'), scale)).toEqual([]);
          expect(validateAnswer(question('product_gap.missing_share'), share)).toEqual([]);
          expect(validateAnswer(choice, picked)).toEqual([]);
          expect(validateAnswer(question('cross.customer_quote'), text)).toEqual([]);
        },
      ),
    );
  });
});
