/**
 * Multinomial naive Bayes over word uni- and bigrams, trained on a workspace's confirmed labels (marketing's
 * relabels). Same tokens as the lexicon (folded, stemmed), minus function words; bigrams stay inside a clause
 * and keep negations ("kein budget"). Laplace smoothing (α = 1) over the seen vocabulary plus OPEN_VOCABULARY
 * unseen n-grams, so that one label moves a code a little and a few labels move it a lot. Class prior uniform:
 * the lexicon is the prior (code-text.ts).
 */
import { BARRIER_KEYS, isBarrierKey } from '../aida.ts';
import { AppError } from '../errors.ts';
import { foldWord, stemWord, type Token, tokenizeText } from './normalize.ts';

export type BarrierCodeKey = (typeof CODE_KEYS)[number];
/** Every key a text can be coded to; labels may say `unknown` to teach abstention ("Umzug", "deceased"). */
export const CODE_KEYS = [...BARRIER_KEYS, 'unknown'] as const;

export interface BarrierLabel {
  text: string;
  barrier: string;
}

/** Plain JSON, keys sorted, so equal label sets give byte-equal models (cacheable, diffable). Treat as immutable. */
export interface BarrierModel {
  version: 1;
  labelCount: number;
  /** Per class with labels: how many labels and how many n-gram occurrences. */
  classes: Record<string, { labels: number; ngrams: number }>;
  /** n-gram → class → occurrences. */
  counts: Record<string, Record<string, number>>;
}

export interface PreparedModel {
  labelCount: number;
  /** n-gram → log P(n-gram | class) for each class in CODE_KEYS order, then Σ P(n-gram | class). */
  logLikelihood: Map<string, Float64Array>;
}

export interface NgramSpan {
  ngram: string;
  first: number;
  last: number;
}

const ALPHA = 1;
const OPEN_VOCABULARY = 10_000;
const EXPLAINED_NGRAMS = 5;
const STOPWORDS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder zu im in am an auf für mit von vom zum zur ' +
    'bei beim ist war sind waren wird wurde hat haben hatte hatten sich es er sie wir uns unser ihr ihre als auch ' +
    'noch so sehr da dass wie was aus nach the a an and or to of in on at for with from by is was are were be been ' +
    'has have had it its this that they them their we our us you your he she his her as so very too than then there'
  )
    .split(' ')
    .map((word) => stemWord(foldWord(word))),
);

/** The n-grams of a text with the tokens they span (to quote them). */
export function extractNgrams(tokens: readonly Token[]): NgramSpan[] {
  const kept = tokens
    .map((token, index) => ({ token, index }))
    .filter(({ token }) => !STOPWORDS.has(token.stem));
  const spans: NgramSpan[] = [];
  kept.forEach(({ token, index }, position) => {
    spans.push({ ngram: token.stem, first: index, last: index });
    const next = kept[position + 1];
    if (next && next.token.clause === token.clause)
      spans.push({ ngram: `${token.stem} ${next.token.stem}`, first: index, last: next.index });
  });
  return spans;
}

function toSortedRecord<V>(entries: Iterable<[string, V]>): Record<string, V> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Trains the model on confirmed labels. Labels whose barrier is not a catalogue key or `unknown` are ignored
 * (a renamed key in old rows must not stop coding). Deterministic and independent of label order.
 */
export function trainBarrierModel(labels: readonly BarrierLabel[]): BarrierModel {
  const counts = new Map<string, Map<string, number>>();
  const classes = new Map<string, { labels: number; ngrams: number }>();
  let labelCount = 0;
  for (const { text, barrier } of labels) {
    if (!isBarrierKey(barrier) && barrier !== 'unknown') continue;
    labelCount++;
    const totals = classes.get(barrier) ?? { labels: 0, ngrams: 0 };
    const spans = extractNgrams(tokenizeText(text));
    classes.set(barrier, { labels: totals.labels + 1, ngrams: totals.ngrams + spans.length });
    for (const { ngram } of spans) {
      const perClass = counts.get(ngram) ?? new Map<string, number>();
      perClass.set(barrier, (perClass.get(barrier) ?? 0) + 1);
      counts.set(ngram, perClass);
    }
  }
  return {
    version: 1,
    labelCount,
    classes: toSortedRecord(classes),
    counts: toSortedRecord(
      [...counts].map(([ngram, perClass]): [string, Record<string, number>] => [
        ngram,
        toSortedRecord(perClass),
      ]),
    ),
  };
}

/** Precomputes log-likelihood tables; throws VALIDATION for a model that is not a version-1 BarrierModel. */
export function prepareModel(model: BarrierModel): PreparedModel {
  if (model?.version !== 1 || typeof model.counts !== 'object' || typeof model.classes !== 'object')
    throw new AppError('VALIDATION', 'Not a barrier model (expected version 1)');
  const ngrams = Object.entries(model.counts);
  const denominators = CODE_KEYS.map((key) => {
    const totals = Object.hasOwn(model.classes, key) ? model.classes[key] : undefined;
    return (totals?.ngrams ?? 0) + ALPHA * (ngrams.length + OPEN_VOCABULARY);
  });
  const logLikelihood = new Map<string, Float64Array>();
  for (const [ngram, perClass] of ngrams) {
    // One slot more than classes: the summed likelihood over all classes, for explanations.
    const row = new Float64Array(CODE_KEYS.length + 1);
    let sum = 0;
    CODE_KEYS.forEach((key, index) => {
      const isRecord = typeof perClass === 'object' && perClass !== null;
      const count = isRecord && Object.hasOwn(perClass, key) ? Number(perClass[key]) || 0 : 0;
      const likelihood = (count + ALPHA) / (denominators[index] ?? 1);
      row[index] = Math.log(likelihood);
      sum += likelihood;
    });
    row[CODE_KEYS.length] = sum;
    logLikelihood.set(ngram, row);
  }
  return { labelCount: model.labelCount, logLikelihood };
}

export interface ModelEvidence {
  /** Per class in CODE_KEYS order: log(posterior / uniform prior), the evidence the labels add. */
  logOdds: Float64Array;
  /** The text's n-grams the model knows, with their log-likelihood rows. */
  known: { span: NgramSpan; row: Float64Array }[];
}

/** The model's evidence for a tokenised text, or null when the text shares no n-gram with the labels. */
export function scoreWithModel(model: PreparedModel, tokens: readonly Token[]): ModelEvidence | null {
  const classes = CODE_KEYS.length;
  const known: ModelEvidence['known'] = [];
  const logJoint = new Float64Array(classes);
  for (const span of extractNgrams(tokens)) {
    const row = model.logLikelihood.get(span.ngram);
    if (!row) continue;
    known.push({ span, row });
    for (let c = 0; c < classes; c++) logJoint[c] = (logJoint[c] ?? 0) + (row[c] ?? 0);
  }
  if (known.length === 0) return null;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of logJoint) max = Math.max(max, value);
  let total = 0;
  for (const value of logJoint) total += Math.exp(value - max);
  const shift = max + Math.log(total) - Math.log(classes);
  return { logOdds: logJoint.map((value) => value - shift), known };
}

/**
 * The n-grams that speak most for class `classIndex`: log P(g | class) − log P(g | any other class), largest
 * first, positive only.
 */
export function explainModelEvidence(evidence: ModelEvidence, classIndex: number): NgramSpan[] {
  const others = CODE_KEYS.length - 1;
  return evidence.known
    .map(({ span, row }) => {
      const own = row[classIndex] ?? 0;
      const rest = (row[CODE_KEYS.length] ?? 0) - Math.exp(own);
      return { span, ratio: own - Math.log(rest / others) };
    })
    .filter(({ ratio }) => ratio > 0)
    .sort((a, b) => b.ratio - a.ratio || a.span.first - b.span.first)
    .slice(0, EXPLAINED_NGRAMS)
    .map(({ span }) => span);
}
