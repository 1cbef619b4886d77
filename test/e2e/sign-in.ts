/**
 * Signs a browser context in without the login page (tested in accounts.e2e.test.ts): a session's cookies set
 * on the context. Use for pages that are not about logging in.
 */
import type { BrowserContext } from 'playwright-core';
import type { Role } from '../../src/core/types.ts';
import { createSessionCaller } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';

/** Sets the session of request headers made by `sessionHeaders` (its cookie header) on the context. */
export async function addSessionCookies(
  context: BrowserContext,
  headers: Record<string, string>,
  baseUrl: string,
): Promise<void> {
  const cookies = (headers.cookie ?? '').split('; ').map((pair) => {
    const [name = '', value = ''] = pair.split('=');
    return { name, value, url: baseUrl, sameSite: 'Lax' as const, httpOnly: name === 'tandem_session' };
  });
  await context.addCookies(cookies);
}

/** Signs the context in as a fresh user of the role. */
export async function signIn(
  context: BrowserContext,
  { testApp, baseUrl, role = 'admin' }: { testApp: TestApp; baseUrl: string; role?: Role },
): Promise<void> {
  const { headers } = await createSessionCaller(testApp, role);
  await addSessionCookies(context, headers, baseUrl);
}
