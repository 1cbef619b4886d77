import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.ts';
import { checkPassword } from '../core/password-rules.ts';
import { assertPasswordAcceptable, generatePassword, hashPassword, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('hashes with argon2id at the chosen cost and verifies only the right password', async () => {
    const hash = await hashPassword('Kaffee mit Hafermilch');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'Kaffee mit Hafermilch')).toBe(true);
    expect(await verifyPassword(hash, 'kaffee mit hafermilch')).toBe(false);
    expect(await verifyPassword(null, 'Kaffee mit Hafermilch')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('names the field and every broken rule', () => {
    try {
      assertPasswordAcceptable({ password: 'anna@firma.de', email: 'anna@firma.de', field: 'body.password' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toEqual([
        { field: 'body.password', message: 'must not be or contain your e-mail address' },
      ]);
    }
  });

  it('generates passwords that pass the rules', () => {
    for (let i = 0; i < 50; i += 1)
      expect(checkPassword(generatePassword(), { email: 'a@b.de' })).toEqual([]);
  });
});
