/**
 * Signs a browser context in without the login page (tested in accounts.e2e.test.ts): a fresh user of the
 * role with a session, its cookies set on the context. Use for pages that are not about logging in.
 */
import type { BrowserContext } from 'playwright-core';
import type { Role } from '../../src/core/types.ts';
import { createSessionCaller } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';

export async function signIn(
  context: BrowserContext,
  { testApp, baseUrl, role = 'admin' }: { testApp: TestApp; baseUrl: string; role?: Role },
): Promise<void> {
  const { headers } = await createSessionCaller(testApp, role);
  const cookies = (headers.cookie ?? '').split('; ').map((pair) => {
    const [name = '', value = ''] = pair.split('=');
    return { name, value, url: baseUrl, sameSite: 'Lax' as const, httpOnly: name === 'tandem_session' };
  });
  await context.addCookies(cookies);
}
