/**
 * Negation where it changes the code. "Preis war nicht das Problem", "price was fine", "kein Wettbewerber
 * beteiligt", "Budget vorhanden" cancel a cue; "kein Budget", "no support", "nicht lieferbar" confirm one
 * (absence cues). The reach of a negation is the clause and the words between two cues, so in
 * "Budget vorhanden, aber Lieferzeit zu lang" only the budget is cancelled.
 */
import type { BarrierKey } from '../aida.ts';
import type { CueMatch } from './match-cues.ts';
import { foldWord, stemWord, type Token } from './normalize.ts';

export interface Evidence {
  barrier: BarrierKey;
  weight: number;
  isSupporting: boolean;
  /** Index of the first and last token, to quote the text. */
  first: number;
  last: number;
}

function toStemSet(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => stemWord(foldWord(word))));
}

const NEGATORS = toStemSet([
  'nicht',
  'kein',
  'keine',
  'nie',
  'niemals',
  'ohne',
  'nichts',
  'weder',
  'not',
  'no',
  'never',
  'without',
  'nothing',
  'neither',
  'nor',
  'none',
]);
/** "nicht am Preis gescheitert", "not because of budget": the reason itself is denied, even for absence cues. */
const CAUSAL = toStemSet(['am', 'an', 'wegen', 'aufgrund', 'because', 'due', 'about']);
/** After a cue: "Preis ok", "Budget vorhanden", "support was good" — unless negated ("Preis nicht ok"). */
const FINE = toStemSet([
  'ok',
  'okay',
  'fine',
  'passt',
  'passend',
  'akzeptabel',
  'acceptable',
  'competitive',
  'wettbewerbsfähig',
  'konkurrenzfähig',
  'angemessen',
  'fair',
  'reasonable',
  'gut',
  'good',
  'great',
  'super',
  'excellent',
  'hervorragend',
  'vorhanden',
  'available',
  'verfügbar',
  'approved',
  'freigegeben',
  'genehmigt',
  'gesichert',
  'secured',
  'zufrieden',
  'satisfied',
]);
/** Negator + one of these after a cue: "kein Problem", "not an issue", "spielte keine Rolle". */
const ISSUE_NOUNS = toStemSet([
  'problem',
  'issue',
  'reason',
  'grund',
  'thema',
  'rolle',
  'factor',
  'faktor',
  'ausschlaggebend',
  'entscheidend',
  'decisive',
  'relevant',
  'hindernis',
  'obstacle',
  'blocker',
  'concern',
  'kriterium',
  'criterion',
]);
const DISMISSIVE = toStemSet([
  'irrelevant',
  'egal',
  'unproblematisch',
  'nebensächlich',
  'zweitrangig',
  'secondary',
]);

const PRE_WINDOW = 3;
const POST_WINDOW = 6;

function isNegator(token: Token | undefined): boolean {
  return token !== undefined && NEGATORS.has(token.stem);
}

type Preceding = 'none' | 'negated' | 'reason_denied' | 'praised';

/** A cue's tokens `first`..`last`, and how far its negation may reach: `floor`..`ceiling` (between cues). */
interface CueWindow {
  tokens: readonly Token[];
  first: number;
  last: number;
  floor: number;
  ceiling: number;
}

/** What stands shortly before the cue, in its clause and after the previous cue. */
function readPreceding({ tokens, first, floor }: CueWindow): Preceding {
  const clause = tokens[first]?.clause;
  const adjective = first - 1 >= floor ? tokens[first - 1] : undefined;
  // "fairer Preis", "good support" — but "kein guter Service" is a complaint.
  if (adjective && adjective.clause === clause && FINE.has(adjective.stem) && !isNegator(tokens[first - 2]))
    return 'praised';
  for (let index = first - 1; index >= Math.max(floor, first - PRE_WINDOW); index--) {
    const token = tokens[index];
    if (!token || token.clause !== clause) return 'none';
    if (isNegator(token)) return CAUSAL.has(tokens[index + 1]?.stem ?? '') ? 'reason_denied' : 'negated';
  }
  return 'none';
}

function isKeptAfter(preceding: Preceding, cue: CueMatch['cue']): boolean {
  if (preceding === 'negated') return cue.isAbsence || cue.isNegatedOnly;
  return preceding === 'none' && !cue.isNegatedOnly;
}

/** "… war kein Problem", "… ok", "… irrelevant" after the cue, before the next cue. */
function isDismissedAfter({ tokens, last, ceiling }: CueWindow): boolean {
  const clause = tokens[last]?.clause;
  const end = Math.min(ceiling, last + POST_WINDOW);
  for (let index = last + 1; index <= end; index++) {
    const token = tokens[index];
    if (!token || token.clause !== clause) return false;
    if (DISMISSIVE.has(token.stem)) return true;
    const isNegated = isNegator(tokens[index - 1]) || isNegator(tokens[index + 1]);
    if (FINE.has(token.stem) && !isNegated) return true;
    if (ISSUE_NOUNS.has(token.stem) && (isNegator(tokens[index - 1]) || isNegator(tokens[index - 2])))
      return true;
  }
  return false;
}

/** Turns cue matches into evidence, dropping cues that the text negates or dismisses. */
export function applyNegation(tokens: readonly Token[], matches: readonly CueMatch[]): Evidence[] {
  const evidence: Evidence[] = [];
  matches.forEach((match, position) => {
    const { cue, tokenIndices } = match;
    const first = tokenIndices[0] ?? 0;
    const last = tokenIndices[tokenIndices.length - 1] ?? first;
    const previous = matches[position - 1]?.tokenIndices;
    const floor = previous ? (previous[previous.length - 1] ?? -1) + 1 : 0;
    const ceiling = (matches[position + 1]?.tokenIndices[0] ?? tokens.length) - 1;
    const window: CueWindow = { tokens, first, last, floor, ceiling };
    if (cue.barrier === null) return;
    if (!isKeptAfter(readPreceding(window), cue)) return;
    if (isDismissedAfter(window)) return;
    evidence.push({ barrier: cue.barrier, weight: cue.weight, isSupporting: cue.isSupporting, first, last });
  });
  return evidence;
}
