/**
 * The decision rule. Every class gets a score in log-odds: for a barrier, the summed weights of its lexicon
 * cues (after negation) plus, when a workspace model is given, the naive-Bayes log-ratio of its posterior to
 * the uniform prior; for `unknown`, UNKNOWN_LOG_ODDS plus the model's log-ratio for labels marked `unknown`.
 * So the lexicon is the prior and the labels are the likelihood: with few labels the lexicon decides, as labels
 * accumulate their log-ratios grow and outvote it. A barrier enters the decision if the lexicon found a cue for
 * it or the model makes it at least e^0.5 ≈ 1.65× as likely as uniform. The best barrier is coded only when its
 * softmax share against the other entrants and `unknown` exceeds one half — more likely than everything else
 * together, "none of these" included; otherwise the answer is `unknown`. Hence one weak cue (weight 1) or two
 * equally strong cues for different barriers abstain: an abstention beats a wrong code.
 */
import { compileLexicon } from './lexicon.ts';
import { LEXICON_DE, NEUTRAL_DE } from './lexicon-de.ts';
import { LEXICON_EN, NEUTRAL_EN } from './lexicon-en.ts';
import { findCueMatches } from './match-cues.ts';
import {
  type BarrierCodeKey,
  CODE_KEYS,
  explainModelEvidence,
  type ModelEvidence,
  type PreparedModel,
  scoreWithModel,
} from './naive-bayes.ts';
import { applyNegation, type Evidence } from './negation.ts';
import { tokenizeText } from './normalize.ts';

export interface BarrierCode {
  barrier: BarrierCodeKey;
  /** For a barrier: its probability under the rule above. For `unknown`: 1 − that of the best barrier. */
  confidence: number;
  /** The words of the text that decided, most important first (for `unknown`: the conflicting ones). */
  because: string[];
}

const UNKNOWN_LOG_ODDS = 1;
const MODEL_ENTRY_LOG_ODDS = 0.5;
const MAX_BECAUSE = 5;
const MAX_QUOTE_CHARS = 80;
const UNKNOWN_INDEX = CODE_KEYS.indexOf('unknown');

const LEXICON = compileLexicon([LEXICON_DE, LEXICON_EN], [...NEUTRAL_DE, ...NEUTRAL_EN]);

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

interface Scored {
  scores: Float64Array;
  entrants: number[];
  evidence: Evidence[];
  model: ModelEvidence | null;
  /** The text from token `first` to token `last`, as written. */
  quote: (first: number, last: number) => string;
}

function scoreClasses(text: string, prepared: PreparedModel | null): Scored {
  const tokens = tokenizeText(text);
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
  model?.logOdds.forEach((value, index) => {
    scores[index] = (scores[index] ?? 0) + value;
  });
  const entrants = CODE_KEYS.map((_, index) => index).filter(
    (index) =>
      index !== UNKNOWN_INDEX && (hasCue.has(index) || (model?.logOdds[index] ?? 0) >= MODEL_ENTRY_LOG_ODDS),
  );
  const quote = (first: number, last: number): string => {
    const start = tokens[first]?.start ?? 0;
    return text.slice(start, Math.min(tokens[last]?.end ?? start, start + MAX_QUOTE_CHARS));
  };
  return { scores, entrants, evidence, model, quote };
}

/**
 * For a barrier: its lexicon cues (heaviest first), then the n-grams that speak most for it. For `unknown`:
 * the n-grams of labels marked unknown, then the cues of the barriers that conflicted.
 */
function explain(scored: Scored, decided: number): string[] {
  const { model, quote } = scored;
  const isUnknown = decided === UNKNOWN_INDEX;
  const cueBarriers = isUnknown ? scored.entrants : [decided];
  const cues = scored.evidence
    .filter((item) => cueBarriers.includes(CODE_KEYS.indexOf(item.barrier)))
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .map((item) => quote(item.first, item.last));
  const isLearned = model !== null && (!isUnknown || (model.logOdds[UNKNOWN_INDEX] ?? 0) > 0);
  const learned =
    model && isLearned
      ? explainModelEvidence(model, decided).map((span) => quote(span.first, span.last))
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

/** Codes one text by the rule above; `prepared` is the workspace model or null. */
export function decideCode(text: string, prepared: PreparedModel | null): BarrierCode {
  const scored = scoreClasses(text, prepared);
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
  const barrier = CODE_KEYS[best];
  if (share > 0.5 && barrier)
    return { barrier, confidence: Math.round(share * 1000) / 1000, because: explain(scored, best) };
  return {
    barrier: 'unknown',
    confidence: Math.round((1 - share) * 1000) / 1000,
    because: explain(scored, UNKNOWN_INDEX),
  };
}
