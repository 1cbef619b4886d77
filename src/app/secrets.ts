/**
 * Random secrets (session ids, CSRF tokens, API tokens, invitation links) and their at-rest form. They carry
 * 256 bits of entropy, so a plain sha-256 is enough at rest: there is nothing to brute-force, unlike passwords.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_BYTES = 32;

/** A new URL-safe secret, optionally prefixed (`tdm_` marks API tokens so secret scanners can find them). */
export function createSecret(prefix = ''): string {
  return `${prefix}${randomBytes(SECRET_BYTES).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two secrets in constant time (a mismatch position must not leak through timing). */
export function isSameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
