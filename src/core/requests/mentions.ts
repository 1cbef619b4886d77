/**
 * @mentions in comments: "@Mara Marketing, can you …" or "@marketing@demo.tandem". Names have spaces, so a
 * mention is matched against the workspace's people rather than parsed by a pattern; the longest match wins at
 * each "@" ("@Anna Berger-Schmidt" is not "@Anna Berger").
 */

export interface MentionablePerson {
  id: number;
  name: string;
  email: string;
}

function isBoundary(char: string | undefined): boolean {
  return char === undefined || !/[\p{L}\p{N}_-]/u.test(char);
}

function matchAt(body: string, at: number, people: readonly MentionablePerson[]): MentionablePerson | null {
  const rest = body.slice(at + 1).toLocaleLowerCase('de');
  let best: { person: MentionablePerson; length: number } | null = null;
  for (const person of people) {
    for (const handle of [person.name, person.email]) {
      const wanted = handle.trim().toLocaleLowerCase('de');
      if (wanted === '' || !rest.startsWith(wanted) || !isBoundary(rest[wanted.length])) continue;
      if (!best || wanted.length > best.length) best = { person, length: wanted.length };
    }
  }
  return best?.person ?? null;
}

/** The ids of the people a comment mentions, in order of first mention, each once. */
export function findMentions(body: string, people: readonly MentionablePerson[]): number[] {
  const ids: number[] = [];
  for (let at = body.indexOf('@'); at !== -1; at = body.indexOf('@', at + 1)) {
    // An "@" inside a word is part of an e-mail address written without a mention ("mail mara@firma.de").
    if (at > 0 && !isBoundary(body[at - 1])) continue;
    const person = matchAt(body, at, people);
    if (person && !ids.includes(person.id)) ids.push(person.id);
  }
  return ids;
}
