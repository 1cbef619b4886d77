/**
 * Text normalisation shared by the lexicon and the learned model, so both see the same words: lower case,
 * German umlauts and ß folded to their ASCII spellings (ä→ae, ö→oe, ü→ue, ß→ss, so "Gebühr" and "Gebuehr" are
 * one word), other accents stripped, a light de/en suffix stemmer, and clause boundaries (punctuation and
 * contrast words such as "aber", "but") that limit how far a negation reaches.
 */

export interface Token {
  /** Lower case, folded, unstemmed: what prefix and suffix patterns compare against. */
  folded: string;
  /** `folded` after suffix stripping: what whole-word patterns and n-grams compare. */
  stem: string;
  /** UTF-16 offsets into the original text, to quote the words that decided. */
  start: number;
  end: number;
  clause: number;
}

/** Longer texts are coded on their first 10,000 characters: lost reasons are sentences, not documents. */
export const MAX_TEXT_CHARS = 10_000;

const WORD = /[\p{L}\p{N}]+/gu;
const CLAUSE_PUNCTUATION = /[.,;:!?()[\]{}\u2013\u2014|]|\s-\s/;
const APOSTROPHE = /^['\u2019\u00b4`]$/;
const CLAUSE_WORDS = new Set([
  'aber',
  'sondern',
  'jedoch',
  'allerdings',
  'obwohl',
  'trotzdem',
  'dennoch',
  'but',
  'however',
  'whereas',
  'although',
  'though',
]);
const FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[^ -~]/;

/** Lower-cases and folds one word; the same function normalises lexicon patterns. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase().replace(/[äöüß]/g, (char) => FOLDS[char] ?? char);
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(COMBINING_MARKS, '');
}

// Inflectional endings only, longest first; derivational endings (-ung, -heit, -tion) stay, they change meaning.
// No '-est'/'-ern': two passes over those turn "interest" and "intern" into one stem.
const SUFFIXES = ['ies', 'ing', 'en', 'er', 'es', 'em', 'ed', 'ly', 'e', 's'];
const MIN_STEM = 3;

/** Strips up to two inflectional endings ("Wettbewerbers" → "wettbewerb", "priced" → "pric"). */
export function stemWord(folded: string): string {
  let stem = folded;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SUFFIXES.find((end) => stem.endsWith(end) && stem.length - end.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, stem.length - suffix.length) + (suffix === 'ies' ? 'y' : '');
  }
  return stem;
}

function isClauseBreak(gap: string): boolean {
  return CLAUSE_PUNCTUATION.test(gap);
}

/** "don't" arrives as "don" + "t": rewrite to "do" + "not" so negation sees it. Returns false to drop the word. */
function applyApostrophe(tokens: Token[], folded: string, gap: string): string | null {
  if (!APOSTROPHE.test(gap.trim()) || gap.length > 1) return folded;
  const previous = tokens[tokens.length - 1];
  if (folded === 't' && previous?.folded.endsWith('n')) {
    previous.folded =
      previous.folded === 'can' || previous.folded === 'won' ? previous.folded : previous.folded.slice(0, -1);
    previous.stem = stemWord(previous.folded);
    return 'not';
  }
  return folded.length === 1 ? null : folded;
}

const WORD_CACHE_LIMIT = 100_000;
const wordCache = new Map<string, { folded: string; stem: string }>();
// Amounts, ids and years are unique per row: not worth a memo slot.
const DIGITS = /^[0-9]+$/;

/** foldWord + stemWord, memoised: an import repeats a small vocabulary millions of times. */
function normaliseWord(raw: string): { folded: string; stem: string } {
  if (DIGITS.test(raw)) return { folded: raw, stem: raw };
  const known = wordCache.get(raw);
  if (known) return known;
  const folded = foldWord(raw);
  const word = { folded, stem: stemWord(folded) };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(raw, word);
  return word;
}

/** Splits a text into folded, stemmed tokens with offsets and clause numbers. Never throws. */
export function tokenizeText(text: string): Token[] {
  const source = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  const tokens: Token[] = [];
  let clause = 0;
  let lastEnd = 0;
  for (const match of source.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const gap = source.slice(lastEnd, start);
    lastEnd = end;
    if (tokens.length > 0 && isClauseBreak(gap)) clause++;
    const word = normaliseWord(match[0]);
    const folded = applyApostrophe(tokens, word.folded, gap);
    if (folded === null) continue;
    if (CLAUSE_WORDS.has(folded)) {
      clause++;
      continue;
    }
    tokens.push({ folded, stem: folded === word.folded ? word.stem : stemWord(folded), start, end, clause });
  }
  return tokens;
}
