/**
 * Barrier coding of free text (DESIGN §3): lost reasons, rep answers, churn reasons → a barrier key or
 * `unknown`, with the words that decided. A transparent German/English lexicon (lexicon-de.ts, lexicon-en.ts)
 * is the prior; a workspace's confirmed labels train a naive-Bayes model (naive-bayes.ts) that outvotes it as
 * labels accumulate. The rule is in decide.ts.
 */
import { type BarrierCode, decideCode } from './decide.ts';
import { type BarrierModel, type PreparedModel, prepareModel } from './naive-bayes.ts';

export type { BarrierCode } from './decide.ts';
export type { BarrierCodeKey, BarrierLabel, BarrierModel } from './naive-bayes.ts';
export { trainBarrierModel } from './naive-bayes.ts';

export interface CodeOptions {
  /** The workspace's model from trainBarrierModel; without one the lexicon codes alone. */
  model?: BarrierModel | null;
}

export interface BarrierCoder {
  code(text: string): BarrierCode;
}

// Only short texts are memoised (picklist values, copied phrases), and only so many, to bound memory.
const MEMO_TEXT_CHARS = 200;
const MEMO_LIMIT = 100_000;
const PREPARED = new WeakMap<BarrierModel, PreparedModel>();

function getPrepared(model: BarrierModel): PreparedModel {
  const known = PREPARED.get(model);
  if (known) return known;
  const prepared = prepareModel(model);
  PREPARED.set(model, prepared);
  return prepared;
}

/** A coder for many texts: prepares the model once and memoises repeated short texts (CRM picklists). */
export function createBarrierCoder(options: CodeOptions = {}): BarrierCoder {
  const prepared = options.model ? getPrepared(options.model) : null;
  const memo = new Map<string, BarrierCode>();
  return {
    code(text: string): BarrierCode {
      if (typeof text !== 'string') return { barrier: 'unknown', confidence: 1, because: [] };
      const isMemoised = text.length <= MEMO_TEXT_CHARS;
      const known = isMemoised ? memo.get(text) : undefined;
      const result = known ?? decideCode(text, prepared);
      if (isMemoised && !known) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(text, result);
      }
      return { ...result, because: [...result.because] };
    },
  };
}

/** Codes one text. For many texts use codeTexts or createBarrierCoder. */
export function codeText(text: string, options: CodeOptions = {}): BarrierCode {
  return createBarrierCoder(options).code(text);
}

/** Codes a batch (an import's lost reasons); identical short texts are coded once. */
export function codeTexts(texts: Iterable<string>, options: CodeOptions = {}): BarrierCode[] {
  const coder = createBarrierCoder(options);
  return Array.from(texts, (text) => coder.code(text));
}
