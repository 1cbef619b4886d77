import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { logInViaApi } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/databases.ts';
import { createProgram } from '../main.ts';
import type { CliOutput } from '../output.ts';
import { runResetPassword, runUserAdd } from './user.ts';

function captureOutput() {
  const lines: { info: string[]; result: string[] } = { info: [], result: [] };
  const output: CliOutput = {
    info: (line) => lines.info.push(line),
    result: (value) => lines.result.push(String(value)),
  };
  return { lines, output };
}

describe('tandem user', () => {
  let database: TestDatabase;
  let testApp: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    testApp = await createTestApp(database);
  });
  afterAll(async () => {
    await testApp.app.close();
    await database.drop();
  });

  it('adds an admin on an empty database with a generated password that logs in', async () => {
    const { lines, output } = captureOutput();
    await runUserAdd(
      testApp.ctx,
      { email: 'Chefin@Firma.de', role: 'admin' },
      { output, readStdin: async () => '' },
    );
    const password = lines.result[0] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(lines.info[0]).toBe('Created chefin@firma.de (Chefin) with the role admin.');
    const { response } = await logInViaApi(testApp, { email: 'chefin@firma.de', password });
    expect(response.statusCode).toBe(200);
    expect(response.json().profile.role).toBe('admin');
  });

  it('reads the password from stdin and prints none', async () => {
    const { lines, output } = captureOutput();
    const io = { output, readStdin: async () => 'Kaffee mit Hafermilch\n' };
    await runUserAdd(
      testApp.ctx,
      { email: 'rep@firma.de', role: 'sales_rep', name: 'Rita Rep', passwordStdin: true },
      io,
    );
    expect(lines.result).toEqual([]);
    const { response } = await logInViaApi(testApp, {
      email: 'rep@firma.de',
      password: 'Kaffee mit Hafermilch',
    });
    expect(response.json().profile).toMatchObject({ name: 'Rita Rep', role: 'sales_rep' });
  });

  it('refuses an unknown role, a weak password and a taken e-mail with clear messages', async () => {
    const { output } = captureOutput();
    const io = (stdin: string) => ({ output, readStdin: async () => stdin });
    await expect(runUserAdd(testApp.ctx, { email: 'x@firma.de', role: 'boss' }, io(''))).rejects.toThrow(
      'Unknown role "boss"',
    );
    await expect(
      runUserAdd(testApp.ctx, { email: 'x@firma.de', role: 'viewer', passwordStdin: true }, io('kurz')),
    ).rejects.toThrow(/at least 12 characters/);
    await expect(runUserAdd(testApp.ctx, { email: 'rep@firma.de', role: 'viewer' }, io(''))).rejects.toThrow(
      'A user with the e-mail rep@firma.de exists already',
    );
  });

  it('resets a password: the old one and the old sessions stop working', async () => {
    const before = await logInViaApi(testApp, { email: 'rep@firma.de', password: 'Kaffee mit Hafermilch' });
    const { lines, output } = captureOutput();
    await runResetPassword(testApp.ctx, { email: 'rep@firma.de' }, { output, readStdin: async () => '' });
    const newPassword = lines.result[0] ?? '';
    const profile = await testApp.app.inject({ method: 'GET', url: '/api/profile', headers: before.headers });
    expect(profile.statusCode).toBe(401);
    const old = await logInViaApi(testApp, { email: 'rep@firma.de', password: 'Kaffee mit Hafermilch' });
    const fresh = await logInViaApi(testApp, { email: 'rep@firma.de', password: newPassword });
    expect([old.response.statusCode, fresh.response.statusCode]).toEqual([401, 200]);
  });

  it('is wired into the tandem command', async () => {
    const written: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.stubEnv('DATABASE_URL', database.url);
    try {
      await createProgram().parseAsync([
        'node',
        'tandem',
        'user',
        'add',
        '--email',
        'cli@firma.de',
        '--role',
        'viewer',
      ]);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
      vi.unstubAllEnvs();
    }
    const password = written.join('').trim();
    const { response } = await logInViaApi(testApp, { email: 'cli@firma.de', password });
    expect(response.statusCode).toBe(200);
  });
});
