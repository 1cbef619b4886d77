/**
 * Validation of answer values against their question. User input: it returns a list of problems (empty when the
 * value is fine) and never throws, whatever the value is.
 */
import type { AnswerProblem, AnswerProblemCode, QuestionDefinition } from './types.ts';

export const MAX_TEXT_CHARS = 2000;
export const MAX_NAME_CHARS = 120;
export const MAX_COMPETITORS = 10;

function problem(field: string, code: AnswerProblemCode, message: string): AnswerProblem {
  return { field, code, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkText(field: string, value: unknown, maxChars: number): AnswerProblem[] {
  if (typeof value !== 'string') return [problem(field, 'wrong_type', `${field}: expected text`)];
  if (value.trim() === '') return [problem(field, 'required', `${field}: must not be empty`)];
  if (value.length > maxChars) {
    return [problem(field, 'too_long', `${field}: at most ${maxChars} characters, got ${value.length}`)];
  }
  return [];
}

function checkNumber(field: string, value: unknown, range: { min: number; max: number }): AnswerProblem[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [problem(field, 'wrong_type', `${field}: expected a number`)];
  }
  if (value < range.min || value > range.max) {
    return [problem(field, 'out_of_range', `${field}: expected ${range.min}–${range.max}, got ${value}`)];
  }
  return [];
}

function checkScale(value: unknown): AnswerProblem[] {
  const problems = checkNumber('value', value, { min: 1, max: 5 });
  if (problems.length === 0 && !Number.isInteger(value)) {
    return [problem('value', 'not_integer', `value: expected a whole number 1–5, got ${String(value)}`)];
  }
  return problems;
}

function checkChoices(question: QuestionDefinition, value: unknown): AnswerProblem[] {
  if (!('options' in question)) return [];
  const known = new Set(question.options.map((option) => option.key));
  const isMulti = question.answerType === 'multi_choice';
  if (!isMulti && typeof value !== 'string') {
    return [problem('value', 'wrong_type', 'value: expected one option key')];
  }
  if (isMulti && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
    return [problem('value', 'wrong_type', 'value: expected a list of option keys')];
  }
  const picked: string[] = isMulti ? (value as string[]) : [value as string];
  if (picked.length === 0) return [problem('value', 'required', 'value: pick at least one option')];
  const problems = picked.flatMap((key, index) => {
    if (!known.has(key)) {
      const field = isMulti ? `value[${index}]` : 'value';
      return [problem(field, 'unknown_option', `${field}: "${key.slice(0, 40)}" is not an option`)];
    }
    return picked.indexOf(key) < index
      ? [problem(`value[${index}]`, 'duplicate_option', `value[${index}]: picked twice`)]
      : [];
  });
  const max = question.answerType === 'multi_choice' ? (question.maxChoices ?? known.size) : 1;
  if (picked.length > max) problems.push(problem('value', 'too_many', `value: at most ${max} options`));
  return problems;
}

function checkCompetitors(value: unknown): AnswerProblem[] {
  if (!Array.isArray(value)) return [problem('value', 'wrong_type', 'value: expected a list of competitors')];
  if (value.length === 0) return [problem('value', 'required', 'value: name at least one competitor')];
  if (value.length > MAX_COMPETITORS) {
    return [problem('value', 'too_many', `value: at most ${MAX_COMPETITORS} competitors`)];
  }
  return value.flatMap((item: unknown, index) => {
    const field = `value[${index}]`;
    if (!isRecord(item)) return [problem(field, 'wrong_type', `${field}: expected { name, better }`)];
    const better = item.better;
    return [
      ...checkText(`${field}.name`, item.name, MAX_NAME_CHARS),
      ...(better === undefined || better === null
        ? []
        : checkText(`${field}.better`, better, MAX_TEXT_CHARS)),
    ];
  });
}

function checkPricePoint(value: unknown): AnswerProblem[] {
  if (!isRecord(value)) {
    return [problem('value', 'wrong_type', 'value: expected { customerCents, oursCents }')];
  }
  const cents = { min: 0, max: Number.MAX_SAFE_INTEGER };
  const problems = [
    ...checkNumber('value.customerCents', value.customerCents, cents),
    ...checkNumber('value.oursCents', value.oursCents, { min: 1, max: cents.max }),
  ];
  for (const field of ['customerCents', 'oursCents'] as const) {
    const amount = value[field];
    if (typeof amount === 'number' && Number.isFinite(amount) && !Number.isInteger(amount)) {
      problems.push(problem(`value.${field}`, 'not_integer', `value.${field}: expected whole cents`));
    }
  }
  return problems;
}

/** The problems with an answer value for a question; an empty list means valid. Never throws. */
export function validateAnswer(question: QuestionDefinition, value: unknown): AnswerProblem[] {
  if (value === null || value === undefined)
    return [problem('value', 'required', 'value: an answer is required')];
  switch (question.answerType) {
    case 'scale':
      return checkScale(value);
    case 'share':
      return checkNumber('value', value, { min: 0, max: 100 });
    case 'single_choice':
    case 'multi_choice':
      return checkChoices(question, value);
    case 'text':
      return checkText('value', value, MAX_TEXT_CHARS);
    case 'competitor':
      return checkCompetitors(value);
    case 'price_point':
      return checkPricePoint(value);
  }
  // A definition read from storage may carry a type this build does not know.
  return [problem('value', 'wrong_type', 'value: the question has an unknown answer type')];
}
