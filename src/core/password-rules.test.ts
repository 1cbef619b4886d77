import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, MIN_PASSWORD_LENGTH } from './password-rules.ts';

const account = { email: 'Anna.Berger@firma.de' };

describe('password rules', () => {
  it.each([
    ['a long unusual passphrase', 'Kaffee mit Hafermilch', []],
    ['too short', 'kurz-1234', ['too_short']],
    ['eleven characters', 'abcdefghijk', ['too_short']],
    ['twelve code points, counted as a person would', 'Grüße-aus-Köln'.slice(0, 12), []],
    ['the e-mail itself', 'anna.berger@firma.de', ['contains_email']],
    ['the e-mail in upper case with extras', 'ANNA.BERGER@FIRMA.DE!!', ['contains_email']],
    ['the local part of the e-mail', 'anna.berger-2026', ['contains_email']],
    ['a common password', 'Passwort1234', ['too_common']],
    ['a keyboard walk', 'qwertzuiop12', ['too_common']],
    ['one character repeated', 'aaaaaaaaaaaaaaaa', ['too_simple']],
    ['two characters alternating', 'abababababab', ['too_simple']],
    ['empty', '', ['too_short']],
  ])('%s', (_label, password, expected) => {
    expect(checkPassword(password, account)).toEqual(expected);
  });

  it('does not forbid a short local part that occurs by chance', () => {
    expect(checkPassword('Joghurt-mit-Honig', { email: 'jo@firma.de' })).toEqual([]);
  });

  it('refuses every password shorter than the minimum', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: MIN_PASSWORD_LENGTH - 1, unit: 'grapheme-ascii' }), (password) => {
        expect(checkPassword(password, account)).toContain('too_short');
      }),
    );
  });
});
