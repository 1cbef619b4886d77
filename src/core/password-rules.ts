/**
 * Password rules as data, shared by the server (which enforces them) and the web client (which shows them as
 * the user types). Length is what protects most (NIST SP 800-63B §5.1.1.2: at least 8, we ask 12); composition
 * rules are deliberately absent, a blocklist of common passwords and the user's own e-mail take their place.
 */
import { COMMON_PASSWORDS } from './common-passwords.ts';

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 hashes any length, but an unbounded input is a cheap way to burn server CPU. */
export const MAX_PASSWORD_LENGTH = 256;
/** Fewer distinct characters than this is a repetition ("aaaaaaaaaaaa", "abababababab"), not a password. */
const MIN_DISTINCT_CHARACTERS = 5;
/** An e-mail's local part shorter than this ("jo@…") is too likely to occur by chance to forbid. */
const MIN_LOCAL_PART_TO_CHECK = 4;

export const PASSWORD_PROBLEMS = [
  'too_short',
  'too_long',
  'contains_email',
  'too_common',
  'too_simple',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** Server-side wording (API error details, CLI); the web client has its own de/en texts per problem. */
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `must be at least ${MIN_PASSWORD_LENGTH} characters long`,
  too_long: `must be at most ${MAX_PASSWORD_LENGTH} characters long`,
  contains_email: 'must not be or contain your e-mail address',
  too_common: 'is one of the most common passwords; choose another',
  too_simple: 'repeats too few different characters; choose a less regular one',
};

/**
 * Lists what is wrong with a password for the account with this e-mail; empty when it is acceptable.
 * Length counts Unicode code points, so "Grüße" is five characters, as a person counts them.
 */
export function checkPassword(password: string, account: { email: string }): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const characters = [...password];
  const lower = password.toLowerCase();
  if (characters.length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  if (characters.length > MAX_PASSWORD_LENGTH) problems.push('too_long');
  if (containsEmail(lower, account.email.trim().toLowerCase())) problems.push('contains_email');
  if (COMMON_PASSWORDS.has(lower)) problems.push('too_common');
  else if (password !== '' && new Set(characters).size < MIN_DISTINCT_CHARACTERS) problems.push('too_simple');
  return problems;
}

function containsEmail(lowerPassword: string, email: string): boolean {
  if (email === '') return false;
  if (lowerPassword.includes(email)) return true;
  const localPart = email.split('@')[0] ?? '';
  return localPart.length >= MIN_LOCAL_PART_TO_CHECK && lowerPassword.includes(localPart);
}
