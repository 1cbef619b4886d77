/**
 * Logging in and out in Chromium against the real built app: the navigation follows the role (marketing on a
 * desktop, a sales rep on a phone), the session ends on logout, a missing session leads to the login page,
 * and the admin pages and the API reference render under the CSP. Screenshots go to test-results/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoUsers, DEMO_PASSWORD } from '../../src/app/create-demo-users.ts';
import type { TestApp } from '../support/app.ts';
import { isBrowserAvailable } from '../support/environment.ts';
import { saveScreenshot, VIEWPORTS } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';

const hasBrowser = isBrowserAvailable();

// A browser on a busy 2-core CI machine: allow each step more than the default minute.
describe.skipIf(!hasBrowser)('accounts in the browser', { timeout: 120_000 }, () => {
  let env: BrowserApp | undefined;
  let testApp: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let inviteLink = '';
  const problems: string[] = [];

  beforeAll(async () => {
    env = await startBrowserApp(async (testApp) => {
      const workspace = await testApp.ctx.storage.workspaces.create({ name: 'Demo GmbH', slug: 'demo' });
      await testApp.ctx.storage.dimensions.ensure(workspace.id, 'owner', 'Jonas Keller');
      await createDemoUsers(testApp.ctx, workspace.id);
    });
    ({ testApp, baseUrl, browser } = env);
  });
  afterAll(() => env?.close());

  async function openPage(viewport: keyof typeof VIEWPORTS, locale = 'de-DE'): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale });
    const page = await context.newPage();
    page.on('console', (message) => {
      // The 401 of /api/profile before login is how the app learns there is no session: expected.
      const isExpected401 = message.text().includes('status of 401');
      if (message.type() === 'error' && !isExpected401) problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    return page;
  }

  async function logIn(page: Page, email: string, next = '/') {
    await page.goto(`${baseUrl}${next}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('E-Mail').fill(email);
    await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  async function navLabels(page: Page): Promise<string[]> {
    return page.locator('.sidebar .nav a').allInnerTexts();
  }

  it('sends a visitor without a session to the login page', async () => {
    const page = await openPage('desktop');
    await page.goto(`${baseUrl}/admin/users`);
    await page.waitForURL(/\/login\?next=%2Fadmin%2Fusers$/);
    await expect(page.getByRole('heading', { name: 'Anmelden' }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('status').count()).toBe(0);
    await page.getByLabel('E-Mail').fill('marketing@demo.tandem');
    await page.getByLabel('Passwort', { exact: true }).fill('falsches Passwort!');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('E-Mail oder Passwort stimmt nicht');
    await saveScreenshot(page, 'accounts-login-failed');
    await page.context().close();
  });

  it('marketing sees requests and campaigns but no administration, and logs out', async () => {
    const page = await openPage('desktop');
    await logIn(page, 'marketing@demo.tandem');
    await page.locator('.user-card').waitFor();
    expect(await navLabels(page)).toEqual([
      'Cockpit',
      'Warnungen',
      'Anfragen',
      'Fragenkatalog',
      'Kampagnen',
      'Texte & Codes',
      'Daten',
    ]);
    expect(await page.locator('.user-card').textContent()).toContain('Mara Marketing');
    await saveScreenshot(page, 'accounts-marketing-desktop');
    await page.goto(`${baseUrl}/admin/audit`);
    await page.getByText('Kein Zugriff').waitFor();
    // The session ends on the server (timeout, or "log out everywhere" elsewhere): the next call goes to login.
    await page.getByRole('link', { name: 'Profil' }).click();
    const user = await testApp.ctx.storage.users.findByEmail('marketing@demo.tandem');
    await testApp.ctx.storage.sessions.deleteForUser(user?.id ?? 0);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\/login\?next=%2Fprofile&reason=expired/);
    await page.getByText('Ihre Sitzung ist abgelaufen').waitFor();
    await page.getByLabel('E-Mail').fill('marketing@demo.tandem');
    await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(`${baseUrl}/profile`);
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await page.waitForURL(/\/login\?reason=logged-out/);
    await page.getByText('Sie sind abgemeldet.').waitFor();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/login/);
    await page.context().close();
  });

  it('keeps the language chosen in the sidebar for the next login (it is saved in the profile)', async () => {
    const page = await openPage('desktop');
    await logIn(page, 'marketing@demo.tandem');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Log out', exact: true }).waitFor();
    const storedLocale = async () =>
      (await testApp.ctx.storage.users.findByEmail('marketing@demo.tandem'))?.locale;
    // The page saves the choice in the background: on a busy CI machine that can take more than poll's 1 s.
    const saved = { timeout: 15_000 };
    await expect.poll(storedLocale, saved).toBe('en');
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.waitForURL(/\/login/);
    await page.evaluate(() => localStorage.clear());
    await logIn(page, 'marketing@demo.tandem');
    await page.getByRole('button', { name: 'Log out', exact: true }).waitFor();
    // Back to German for the other tests, which expect the demo's German profile.
    await page.getByRole('button', { name: 'DE', exact: true }).click();
    await expect.poll(storedLocale, saved).toBe('de');
    await page.context().close();
  });

  it('a sales rep on a phone sees Cockpit and My questions, and the profile', async () => {
    const page = await openPage('phone');
    await logIn(page, 'aussendienst@demo.tandem');
    await page.getByRole('button', { name: 'Menü öffnen' }).click();
    await page.locator('.user-card').waitFor();
    expect(await navLabels(page)).toEqual(['Cockpit', 'Meine Fragen']);
    expect(await page.locator('.user-card').textContent()).toContain('Jonas Keller');
    await saveScreenshot(page, 'accounts-rep-phone-menu');
    // The drawer covers the top bar's close button: Escape closes it, so does a tap beside it.
    await page.keyboard.press('Escape');
    await page.locator('.shell:not(.menu-open)').waitFor();
    await page.getByRole('button', { name: 'Menü öffnen' }).click();
    await page.mouse.click(VIEWPORTS.phone.width - 20, VIEWPORTS.phone.height / 2);
    await page.locator('.shell:not(.menu-open)').waitFor();
    await page.getByRole('button', { name: 'Menü öffnen' }).click();
    await page.getByRole('link', { name: 'Profil' }).click();
    await page.getByRole('heading', { name: 'Passwort ändern' }).waitFor();
    await saveScreenshot(page, 'accounts-rep-phone-profile');
    await page.getByRole('button', { name: 'Menü öffnen' }).click();
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await page.waitForURL(/\/login/);
    const profile = await page.request.get(`${baseUrl}/api/profile`);
    expect(profile.status()).toBe(401);
    await page.context().close();
  });

  it('the admin manages users, invites and tokens, reads the audit log and the API reference', async () => {
    const page = await openPage('desktop');
    await logIn(page, 'admin@demo.tandem');
    await page.getByRole('link', { name: 'Profil' }).click();
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    expect(await navLabels(page)).toEqual([
      'Cockpit',
      'Alerts',
      'Requests',
      'Question catalogue',
      'Campaigns',
      'Data',
      'Settings',
      'Users',
      'API tokens',
      'Webhooks',
      'Audit log',
    ]);
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('E-mail').fill('neu@demo.tandem');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    await page.getByText('Invitation link for neu@demo.tandem').waitFor();
    await saveScreenshot(page, 'accounts-admin-users');
    inviteLink = (await page.locator('.secret-box code').textContent()) ?? '';
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByLabel('What for?').fill('Nightly CRM export');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.locator('.secret-box code').waitFor();
    expect(await page.locator('.secret-box code').textContent()).toMatch(/^tdm_/);
    await saveScreenshot(page, 'accounts-admin-tokens');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page
      .getByText('Token “Nightly CRM export”')
      .first()
      .waitFor()
      .catch(() => undefined);
    await page.getByText('API token').first().waitFor();
    await saveScreenshot(page, 'accounts-admin-audit');
    await page.goto(`${baseUrl}/api/docs`);
    await page.locator('.swagger-ui .information-container').waitFor();
    expect(await page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(10);
    await saveScreenshot(page, 'accounts-api-docs');
    await page.context().close();
  });

  it('the invited person sets a password on a phone and lands in the app with the invited role', async () => {
    const page = await openPage('phone');
    // PUBLIC_URL is not this test server's address: keep only the path and the secret in the fragment.
    const { pathname, hash } = new URL(inviteLink);
    await page.goto(`${baseUrl}${pathname}${hash}`);
    await page
      .getByText('Sie wurden als Vertrieb (Außendienst) zu Demo GmbH eingeladen.', { exact: false })
      .waitFor();
    await page.getByLabel('Ihr Name').fill('Nora Neu');
    await page.getByLabel('Passwort', { exact: true }).fill('neu@demo.tandem');
    await page.locator('.rule-list li.is-broken').first().waitFor();
    await saveScreenshot(page, 'accounts-invite-phone');
    await page.getByLabel('Passwort', { exact: true }).fill('Mein Rad ist blau 2026');
    await page.getByLabel('Passwort wiederholen').fill('Mein Rad ist blau 2026');
    await page.getByRole('button', { name: 'Konto anlegen und anmelden' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Menü öffnen' }).click();
    expect(await navLabels(page)).toEqual(['Cockpit', 'Meine Fragen']);
    await page.context().close();
  });

  it('raised no console errors or CSP violations on any page', () => {
    expect(problems).toEqual([]);
  });
});
