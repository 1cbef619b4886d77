/**
 * Empty states on a new workspace in Chromium: each says once what is missing (its title does not repeat a heading
 * of the page or card around it) and what to do next, in German and English, on a desktop and a phone.
 * Screenshots in test-results/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { isBrowserAvailable } from '../support/environment.ts';
import { saveScreenshot, VIEWPORTS } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { signIn } from './sign-in.ts';

/** Pages whose empty state a new workspace shows, by the name of their screenshot. */
const PAGES = {
  data: '/data',
  campaigns: '/campaigns',
  tokens: '/admin/tokens',
  texts: '/texts',
  cockpit: '/',
} as const;

interface EmptyStateText {
  title: string;
  text: string;
  /** Headings of the page outside the empty state. */
  otherHeadings: string[];
}

async function readEmptyState(page: Page): Promise<EmptyStateText> {
  await page.locator('.state h2').first().waitFor();
  return page.evaluate(() => {
    const state = document.querySelector('.state');
    const headings = [...document.querySelectorAll('h1, h2, h3')].filter((h) => !state?.contains(h));
    return {
      title: state?.querySelector('h2')?.textContent?.trim() ?? '',
      text: state?.querySelector('p')?.textContent?.trim() ?? '',
      otherHeadings: headings.map((h) => h.textContent?.trim() ?? ''),
    };
  });
}

describe.skipIf(!isBrowserAvailable())('empty states in Chromium', { timeout: 180_000 }, () => {
  let env: BrowserApp | undefined;
  let testApp: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    env = await startBrowserApp(async (testApp) => {
      await testApp.ctx.storage.workspaces.create({ name: 'Test', slug: 'test' });
    });
    ({ testApp, baseUrl, browser } = env);
  });
  afterAll(() => env?.close());

  it.each([
    { language: 'de', viewport: 'desktop' },
    { language: 'en', viewport: 'phone' },
  ] as const)(
    'each empty state says once what is missing and what to do ($language, $viewport)',
    async ({ language, viewport }) => {
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: language });
      await context.addInitScript((lng) => localStorage.setItem('tandem.language', lng), language);
      await signIn(context, { testApp, baseUrl, role: 'admin' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      for (const [name, path] of Object.entries(PAGES)) {
        await page.goto(`${baseUrl}${path}`);
        const state = await readEmptyState(page);
        expect(state.otherHeadings, `${name}: "${state.title}" repeats a heading`).not.toContain(state.title);
        expect(state.text, `${name}: the empty state says what to do next`).not.toBe('');
        expect(state.text.toLowerCase(), `${name}: the text repeats the title`).not.toContain(
          state.title.toLowerCase(),
        );
        await saveScreenshot(page, `empty-${name}-${language}-${viewport}`);
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
