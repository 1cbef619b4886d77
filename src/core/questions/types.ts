/**
 * Question definitions as plain data (DESIGN §3): what marketing asks sales, in German and English, which barrier
 * and AIDA stage an answer evidences, and how an answer becomes evidence (see evidence.ts). The same shape fits a
 * catalogue entry and a question marketing writes itself, so storage can keep both in the `questions` table
 * (`options_json` holds `options`).
 */
import type { AidaStage, BarrierKey } from '../aida.ts';

export interface LocalizedText {
  de: string;
  en: string;
}

/**
 * `scale`: 1–5 "how often do you hear this", anchors labelled with share ranges (scale.ts).
 * `share`: the share of my lost deals, in percent 0–100.
 * `single_choice` / `multi_choice`: option keys; each option names the barrier it evidences.
 * `text`: free text, coded to a barrier by the coder.
 * `competitor`: competitors named, each with an optional "what was better" text.
 * `price_point`: the customer's price expectation against our price.
 */
export const ANSWER_TYPES = [
  'scale',
  'share',
  'single_choice',
  'multi_choice',
  'text',
  'competitor',
  'price_point',
] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export interface ChoiceOption {
  /** Stable within its question; for the cross-barrier questions it is the barrier key. */
  key: string;
  label: LocalizedText;
  /** The barrier this option evidences; null: none (e.g. "don't know"). */
  barrier: BarrierKey | null;
}

interface QuestionBase {
  /** Stable: `<barrier>.<slug>` for a barrier's question, `cross.<slug>` for one that spans barriers. */
  key: string;
  /** null for cross-barrier questions: their options or coded text say which barrier. */
  barrier: BarrierKey | null;
  aidaStage: AidaStage | null;
  text: LocalizedText;
}

export type QuestionDefinition =
  | (QuestionBase & { answerType: 'scale' | 'share' | 'text' | 'competitor' | 'price_point' })
  | (QuestionBase & {
      answerType: 'single_choice' | 'multi_choice';
      options: readonly ChoiceOption[];
      /** multi_choice only: how many options a rep may pick (default: all). */
      maxChoices?: number;
    });

export type ChoiceQuestion = Extract<QuestionDefinition, { options: readonly ChoiceOption[] }>;

export interface CompetitorMention {
  name: string;
  /** What the customer found better there, in the rep's words; coded like any free text. */
  better?: string | null;
}

export interface PricePoint {
  /** What the customer expected to pay, in cents. */
  customerCents: number;
  /** What we offered, in cents. */
  oursCents: number;
}

/**
 * The value of an answer, by answer type: scale → 1–5 integer; share → 0–100; single_choice → option key;
 * multi_choice → option keys; text → string; competitor → CompetitorMention[]; price_point → PricePoint.
 */
export type AnswerValue = number | string | readonly string[] | readonly CompetitorMention[] | PricePoint;

export const ANSWER_PROBLEM_CODES = [
  'required',
  'wrong_type',
  'not_integer',
  'out_of_range',
  'unknown_option',
  'duplicate_option',
  'too_many',
  'too_long',
] as const;
export type AnswerProblemCode = (typeof ANSWER_PROBLEM_CODES)[number];

/** Shaped like AppError's ErrorDetail, so a route can return the list as a VALIDATION error's details. */
export interface AnswerProblem {
  field: string;
  code: AnswerProblemCode;
  message: string;
}
