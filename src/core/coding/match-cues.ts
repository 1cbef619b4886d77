/**
 * Finding lexicon cues in a tokenised text: per token a memoised set of matching lexicon words, then phrases
 * grown from their first word, then overlaps resolved.
 */
import type { CompiledLexicon, LexiconCue } from './lexicon.ts';
import type { Token } from './normalize.ts';

export interface CueMatch {
  cue: LexiconCue;
  tokenIndices: number[];
}

// Up to three words between the words of a phrase: "Preis war uns deutlich zu hoch", not across a sentence.
export const MAX_GAP = 3;
const WORD_CACHE_LIMIT = 200_000;
// Numbers match no pattern; skipping them keeps amounts and dates out of the memo.
const DIGITS = /^[0-9]+$/;
const NO_IDS: readonly number[] = [];

/** The ids of all lexicon words a token matches (memoised per folded word). */
function lookupWordIds(lexicon: CompiledLexicon, token: Token): readonly number[] {
  const cached = lexicon.wordCache.get(token.folded);
  if (cached) return cached;
  if (DIGITS.test(token.folded)) return NO_IDS;
  const ids: number[] = [...(lexicon.exact.get(token.stem) ?? [])];
  const { folded } = token;
  const longest = Math.min(folded.length, lexicon.maxAffixLength);
  for (let length = 1; length <= longest; length++) {
    ids.push(...(lexicon.prefix.get(folded.slice(0, length)) ?? []));
    ids.push(...(lexicon.suffix.get(folded.slice(folded.length - length)) ?? []));
  }
  for (const { text, id } of lexicon.infix) if (folded.includes(text)) ids.push(id);
  if (lexicon.wordCache.size >= WORD_CACHE_LIMIT) lexicon.wordCache.clear();
  lexicon.wordCache.set(folded, ids);
  return ids;
}

/** A tokenised text with the lexicon word ids of each token. */
interface TextView {
  tokens: readonly Token[];
  ids: readonly (readonly number[])[];
}

/** Matches the slots of a cue after its first word (at `first`), each within MAX_GAP words in one clause. */
function matchRest(view: TextView, cue: LexiconCue, first: number): number[] | null {
  const { tokens, ids } = view;
  const indices = [first];
  let position = first;
  for (let slot = 1; slot < cue.slots.length; slot++) {
    const wanted = cue.slots[slot] ?? [];
    let found = -1;
    const limit = Math.min(tokens.length - 1, position + MAX_GAP + 1);
    for (let next = position + 1; next <= limit && found < 0; next++) {
      if (tokens[next]?.clause !== tokens[first]?.clause) break;
      if (ids[next]?.some((id) => wanted.includes(id))) found = next;
    }
    if (found < 0) return null;
    indices.push(found);
    position = found;
  }
  return indices;
}

/**
 * A neutral word ("wettbewerbsfähig") vetoes cues on its token whose words it contains ("wettbewerb"), not
 * others ("Lieferantenrisiko" stays a risk); neutral matches are not returned.
 * Compounds matched by several single-word cues keep the heaviest ("Implementierungsaufwand": effort, not
 * implementation), phrases beat single words.
 */
function vetoByNeutral(candidates: readonly CueMatch[]): CueMatch[] {
  const vetoes = candidates.filter((match) => match.cue.barrier === null);
  return candidates.filter(
    (match) =>
      match.cue.barrier !== null &&
      !vetoes.some(
        (veto) =>
          veto.tokenIndices.some((index) => match.tokenIndices.includes(index)) &&
          match.cue.literals.some((literal) =>
            veto.cue.literals.some((neutral) => neutral.includes(literal)),
          ),
      ),
  );
}

/** All cue matches in a text in text order, overlaps resolved (see vetoByNeutral). */
export function findCueMatches(lexicon: CompiledLexicon, tokens: readonly Token[]): CueMatch[] {
  const view: TextView = { tokens, ids: tokens.map((token) => lookupWordIds(lexicon, token)) };
  const candidates: CueMatch[] = [];
  view.ids.forEach((tokenIds, first) => {
    const seen = new Set<number>();
    for (const id of tokenIds) {
      for (const cueIndex of lexicon.cuesByFirstWord.get(id) ?? []) {
        if (seen.has(cueIndex)) continue;
        seen.add(cueIndex);
        const cue = lexicon.cues[cueIndex];
        const tokenIndices = cue && matchRest(view, cue, first);
        if (cue && tokenIndices) candidates.push({ cue, tokenIndices });
      }
    }
  });
  const ranked = vetoByNeutral(candidates).sort(
    (a, b) =>
      b.tokenIndices.length - a.tokenIndices.length ||
      b.cue.weight - a.cue.weight ||
      b.cue.specificity - a.cue.specificity ||
      (a.tokenIndices[0] ?? 0) - (b.tokenIndices[0] ?? 0),
  );
  const claimed = new Set<number>();
  const accepted = ranked.filter((match) => {
    if (match.tokenIndices.some((index) => claimed.has(index))) return false;
    for (const index of match.tokenIndices) claimed.add(index);
    return true;
  });
  return accepted.sort((a, b) => (a.tokenIndices[0] ?? 0) - (b.tokenIndices[0] ?? 0));
}
