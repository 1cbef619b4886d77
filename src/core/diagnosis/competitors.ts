/**
 * Competitors in the evidence: named by reps in answers, and named in the scope's lost deals now and in the
 * baseline period (in the competitor field or in the reason's text). Names are matched case- and
 * space-insensitively and shown in their most frequent spelling.
 */
import type { CodedLostReason, CompetitorFinding } from './types.ts';

export interface CompetitorInput {
  named: readonly { name: string; repId: number; better: string | null }[];
  lostNow: readonly CodedLostReason[];
  lostBaseline: readonly CodedLostReason[];
}

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Whether `text` names `key` (normalised) as a whole word sequence. */
function mentionsName(text: string, key: string): boolean {
  const haystack = normalizeName(text);
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = haystack.indexOf(key); at >= 0; at = haystack.indexOf(key, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + key.length])) return true;
  }
  return false;
}

function countNaming(reasons: readonly CodedLostReason[], key: string): number {
  return reasons.filter(
    (reason) =>
      (reason.competitor && normalizeName(reason.competitor) === key) ||
      (reason.text && mentionsName(reason.text, key)),
  ).length;
}

function pickSpelling(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0] ?? '';
}

/** Every competitor named anywhere, most named by reps first, then most named in lost deals now. */
export function summarizeCompetitors(input: CompetitorInput): CompetitorFinding[] {
  const spellings = new Map<string, string[]>();
  const fieldNames = [...input.lostNow, ...input.lostBaseline].flatMap(
    (reason) => reason.competitor?.trim() || [],
  );
  for (const name of [...input.named.map((entry) => entry.name), ...fieldNames]) {
    const key = normalizeName(name);
    if (key) spellings.set(key, [...(spellings.get(key) ?? []), name.trim()]);
  }
  const findings = [...spellings].map(([key, names]): CompetitorFinding => {
    const mine = input.named.filter((entry) => normalizeName(entry.name) === key);
    const lostNow = countNaming(input.lostNow, key);
    const lostBaseline = countNaming(input.lostBaseline, key);
    return {
      name: pickSpelling(names),
      namedByReps: new Set(mine.map((entry) => entry.repId)).size,
      better: mine.flatMap((entry) => entry.better ?? []),
      lostNow,
      lostBaseline,
      shareNow: input.lostNow.length > 0 ? lostNow / input.lostNow.length : 0,
      shareBaseline: input.lostBaseline.length > 0 ? lostBaseline / input.lostBaseline.length : 0,
    };
  });
  return findings
    .filter((finding) => finding.namedByReps > 0 || finding.lostNow > 0)
    .sort((a, b) => b.namedByReps - a.namedByReps || b.lostNow - a.lostNow || (a.name < b.name ? -1 : 1));
}
