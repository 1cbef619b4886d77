/**
 * The lexicon as data, compiled once into lookup tables so that coding a text costs a few map lookups per word
 * (no regular expression per barrier per row).
 *
 * Entry syntax (see lexicon-de.ts, lexicon-en.ts): per barrier one text of entries `words:weight[:flags]`,
 * separated by commas or line breaks.
 * - words are separated by spaces and must occur in this order within one clause, with at most
 *   MAX_GAP (match-cues.ts) other words between neighbours ("Preis war zu hoch" matches `preis hoch`);
 * - a word is compared by stem (`budget` matches "Budgets"); `preis*` matches words starting with "preis"
 *   (compounds, inflections), `*kosten` words ending with it, `*wettbewerb*` words containing it;
 *   `a|b` in one slot accepts either;
 * - weight is log-odds evidence: 3 a phrase that decides alone, 2 a strong word, 1.5 enough alone,
 *   1 too weak alone (the decision rule in code-text.ts needs more than 1); where several one-word cues match
 *   one compound, the heaviest wins;
 * - flags: `a` absence — a preceding negation confirms rather than cancels ("kein Budget", "no support");
 *   `n` negated only — counts only after a negation ("nicht auf der Shortlist", "kein Begriff");
 *   `s` supporting — counts only when no other barrier has a main cue in the text ("fehlt", "went with").
 * Umlauts, ß and their ASCII spellings are the same word after folding.
 */
import type { BarrierKey } from '../aida.ts';
import { foldWord, stemWord } from './normalize.ts';

export type LexiconSource = Partial<Record<BarrierKey, string>>;

export interface LexiconCue {
  /** null: a neutral word that only claims its tokens (e.g. "wettbewerbsfähig" is not a competitor). */
  barrier: BarrierKey | null;
  pattern: string;
  slots: number[][];
  weight: number;
  isAbsence: boolean;
  isNegatedOnly: boolean;
  isSupporting: boolean;
  /** Characters of literal pattern text: how specific the cue is. */
  specificity: number;
  /** The folded words without wildcards, for neutral vetoes. */
  literals: string[];
}

export interface CompiledLexicon {
  cues: LexiconCue[];
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  suffix: Map<string, number[]>;
  infix: { text: string; id: number }[];
  maxAffixLength: number;
  cuesByFirstWord: Map<number, number[]>;
  /**
   * Memo of word ids per folded word; imports repeat a small vocabulary millions of times. The only mutable
   * state in coding: a cache of a pure function, bounded in size, invisible in results.
   */
  wordCache: Map<string, readonly number[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function splitEntries(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function parseEntry(
  entry: string,
  barrier: BarrierKey | null,
): Omit<LexiconCue, 'slots'> & { words: string[][] } {
  const [words = '', weightText = '0', flags = ''] = entry.split(':');
  const weight = Number(weightText);
  if (!Number.isFinite(weight) || words.trim() === '') throw new Error(`Bad lexicon entry "${entry}"`);
  const slots = words
    .trim()
    .split(/\s+/)
    .map((slot) => slot.split('|'));
  const specificity = slots.reduce(
    (sum, slot) => sum + Math.min(...slot.map((w) => w.replace(/\*/g, '').length)),
    0,
  );
  return {
    barrier,
    literals: slots.flat().map((word) => foldWord(word.replace(/\*/g, ''))),
    pattern: words.trim(),
    words: slots,
    weight,
    isAbsence: flags.includes('a'),
    isNegatedOnly: flags.includes('n'),
    isSupporting: flags.includes('s'),
    specificity,
  };
}

/** Compiles lexicon sources (any number of languages) and neutral words into lookup tables. */
export function compileLexicon(
  sources: readonly LexiconSource[],
  neutral: readonly string[] = [],
): CompiledLexicon {
  const lexicon: CompiledLexicon = {
    cues: [],
    exact: new Map(),
    prefix: new Map(),
    suffix: new Map(),
    infix: [],
    maxAffixLength: 0,
    cuesByFirstWord: new Map(),
    wordCache: new Map(),
  };
  const wordIds = new Map<string, number>();
  const idOf = (word: string): number => {
    const known = wordIds.get(word);
    if (known !== undefined) return known;
    const id = wordIds.size;
    wordIds.set(word, id);
    registerWord(lexicon, word, id);
    return id;
  };
  const entries: [string, BarrierKey | null][] = [
    ...sources.flatMap((source) =>
      Object.entries(source).flatMap(([key, text]) =>
        splitEntries(text ?? '').map((entry): [string, BarrierKey] => [entry, key as BarrierKey]),
      ),
    ),
    ...neutral.map((e): [string, null] => [`${e}:0`, null]),
  ];
  for (const [entry, barrier] of entries) {
    const { words, ...rest } = parseEntry(entry, barrier);
    const cue: LexiconCue = { ...rest, slots: words.map((slot) => slot.map(idOf)) };
    const index = lexicon.cues.push(cue) - 1;
    for (const id of new Set(cue.slots[0])) pushTo(lexicon.cuesByFirstWord, id, index);
  }
  return lexicon;
}

function registerWord(lexicon: CompiledLexicon, word: string, id: number): void {
  const starts = word.startsWith('*');
  const ends = word.endsWith('*') && word.length > 1;
  const text = foldWord(word.replace(/\*/g, ''));
  if (starts && ends) lexicon.infix.push({ text, id });
  else if (ends) pushTo(lexicon.prefix, text, id);
  else if (starts) pushTo(lexicon.suffix, text, id);
  else pushTo(lexicon.exact, stemWord(text), id);
  if (starts || ends) lexicon.maxAffixLength = Math.max(lexicon.maxAffixLength, text.length);
}
