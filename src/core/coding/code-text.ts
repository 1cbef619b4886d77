/**
 * Barrier coding of free text (DESIGN §3): lost reasons, rep answers, churn reasons → a barrier key or
 * `unknown`, with the words that decided.
 *
 * Decision rule. Every class gets a score in log-odds: for a barrier, the summed weights of its lexicon cues
 * (after negation) plus, when a workspace model is given, the naive-Bayes log-ratio of its posterior to the
 * uniform prior; for `unknown`, UNKNOWN_LOG_ODDS plus the model's log-ratio for labels marked `unknown`. So the
 * lexicon is the prior and the labels are the likelihood: with few labels the lexicon decides, as labels
 * accumulate their log-ratios grow and outvote it. A barrier enters the decision if the lexicon found a cue for
 * it or the model makes it at least e^0.5 ≈ 1.65× as likely as uniform. The best barrier is coded only when its
 * softmax share against the other entrants and `unknown` exceeds one half — more likely than everything else
 * together, "none of these" included; otherwise the answer is `unknown`. Hence one weak cue (weight 1) or two
 * equally strong cues for different barriers abstain: an abstention beats a wrong code.
 */
import { compileLexicon, findCueMatches } from './lexicon.ts';
import { LEXICON_DE, NEUTRAL_DE } from './lexicon-de.ts';
import { LEXICON_EN, NEUTRAL_EN } from './lexicon-en.ts';
import {
  type BarrierCodeKey,
  type BarrierModel,
  CODE_KEYS,
  explainModelEvidence,
  type ModelEvidence,
  type PreparedModel,
  prepareModel,
  scoreWithModel,
} from './naive-bayes.ts';
import { applyNegation, type Evidence } from './negation.ts';
import { type Token, tokenizeText } from './normalize.ts';

export type { BarrierCodeKey, BarrierLabel, BarrierModel } from './naive-bayes.ts';
export { trainBarrierModel } from './naive-bayes.ts';

export interface BarrierCode {
  barrier: BarrierCodeKey;
  /** For a barrier: its probability under the rule above. For `unknown`: 1 − that of the best barrier. */
  confidence: number;
  /** The words of the text that decided, most important first (for `unknown`: the conflicting ones). */
  because: string[];
}

export interface CodeOptions {
  /** The workspace's model from trainBarrierModel; without one the lexicon codes alone. */
  model?: BarrierModel | null;
}

export interface BarrierCoder {
  code(text: string): BarrierCode;
}

const UNKNOWN_LOG_ODDS = 1;
const MODEL_ENTRY_LOG_ODDS = 0.5;
const MAX_BECAUSE = 5;
const MAX_QUOTE_CHARS = 80;
const MEMO_TEXT_CHARS = 200;
const MEMO_LIMIT = 100_000;
const UNKNOWN_INDEX = CODE_KEYS.indexOf('unknown');

const LEXICON = compileLexicon([LEXICON_DE, LEXICON_EN], [...NEUTRAL_DE, ...NEUTRAL_EN]);
const PREPARED = new WeakMap<BarrierModel, PreparedModel>();

function getPrepared(model: BarrierModel): PreparedModel {
  const known = PREPARED.get(model);
  if (known) return known;
  const prepared = prepareModel(model);
  PREPARED.set(model, prepared);
  return prepared;
}

/**
 * Supporting cues ("fehlt", "went with") count only when no other barrier has a main cue: in "lost to
 * competitor on price" the price decides and "lost to" only says where the customer went.
 */
function keepSupporting(evidence: readonly Evidence[]): Evidence[] {
  const main = new Set(evidence.filter((item) => !item.isSupporting).map((item) => item.barrier));
  return evidence.filter(
    (item) => !item.isSupporting || main.size === 0 || (main.size === 1 && main.has(item.barrier)),
  );
}

function quote(text: string, tokens: readonly Token[], first: number, last: number): string {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return text.slice(start, Math.min(end, start + MAX_QUOTE_CHARS));
}

interface Scored {
  scores: Float64Array;
  entrants: number[];
  evidence: Evidence[];
  model: ModelEvidence | null;
}

function scoreClasses(tokens: readonly Token[], prepared: PreparedModel | null): Scored {
  const evidence = keepSupporting(applyNegation(tokens, findCueMatches(LEXICON, tokens)));
  const scores = new Float64Array(CODE_KEYS.length);
  scores[UNKNOWN_INDEX] = UNKNOWN_LOG_ODDS;
  const hasCue = new Set<number>();
  for (const item of evidence) {
    const index = CODE_KEYS.indexOf(item.barrier);
    scores[index] = (scores[index] ?? 0) + item.weight;
    hasCue.add(index);
  }
  const model = prepared ? scoreWithModel(prepared, tokens) : null;
  if (model) {
    model.logOdds.forEach((value, index) => {
      scores[index] = (scores[index] ?? 0) + value;
    });
  }
  const entrants = CODE_KEYS.map((_, index) => index).filter(
    (index) =>
      index !== UNKNOWN_INDEX && (hasCue.has(index) || (model?.logOdds[index] ?? 0) >= MODEL_ENTRY_LOG_ODDS),
  );
  return { scores, entrants, evidence, model };
}

/**
 * For a barrier: its lexicon cues (heaviest first), then the n-grams that speak most for it. For `unknown`:
 * the n-grams of labels marked unknown, then the cues of the barriers that conflicted.
 */
function explain(text: string, tokens: readonly Token[], scored: Scored, decided: number): string[] {
  const isUnknown = decided === UNKNOWN_INDEX;
  const cueBarriers = isUnknown ? scored.entrants : [decided];
  const cues = scored.evidence
    .filter((item) => cueBarriers.includes(CODE_KEYS.indexOf(item.barrier)))
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .map((item) => quote(text, tokens, item.first, item.last));
  const isLearned = scored.model !== null && (!isUnknown || (scored.model.logOdds[UNKNOWN_INDEX] ?? 0) > 0);
  const learned =
    scored.model && isLearned
      ? explainModelEvidence(scored.model, decided, MAX_BECAUSE).map((span) =>
          quote(text, tokens, span.first, span.last),
        )
      : [];
  const seen = new Set<string>();
  return (isUnknown ? [...learned, ...cues] : [...cues, ...learned])
    .filter((words) => {
      const key = words.toLowerCase();
      if (seen.has(key) || [...seen].some((earlier) => earlier.includes(key))) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_BECAUSE);
}

function codeTokens(text: string, prepared: PreparedModel | null): BarrierCode {
  const tokens = tokenizeText(text);
  const scored = scoreClasses(tokens, prepared);
  const { scores, entrants } = scored;
  const best = entrants.reduce<number | undefined>(
    (top, index) => (top === undefined || (scores[index] ?? 0) > (scores[top] ?? 0) ? index : top),
    undefined,
  );
  if (best === undefined) return { barrier: 'unknown', confidence: 1, because: [] };
  const top = scores[best] ?? 0;
  const total = [...entrants, UNKNOWN_INDEX].reduce(
    (sum, index) => sum + Math.exp((scores[index] ?? 0) - top),
    0,
  );
  const share = 1 / total;
  const confidence = Math.round(share * 1000) / 1000;
  const barrier = CODE_KEYS[best];
  if (share > 0.5 && barrier) return { barrier, confidence, because: explain(text, tokens, scored, best) };
  return {
    barrier: 'unknown',
    confidence: Math.round((1 - share) * 1000) / 1000,
    because: explain(text, tokens, scored, UNKNOWN_INDEX),
  };
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
      const result = known ?? codeTokens(text, prepared);
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
