import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../src/app/create-demo-workspace.ts';
import { todayIso } from '../../src/server/today.ts';
import type { TestApp } from '../support/app.ts';
import { isBrowserAvailable } from '../support/environment.ts';
import { saveScreenshot, VIEWPORTS } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { signIn } from './sign-in.ts';

describe.skipIf(!isBrowserAvailable())('Cockpit in Chromium', () => {
  let env: BrowserApp | undefined;
  let testApp: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    env = await startBrowserApp(async (testApp) => {
      await createDemoWorkspace({ storage: testApp.ctx.storage, seed: 42, asOf: todayIso() });
    });
    ({ testApp, baseUrl, browser } = env);
  });
  afterAll(() => env?.close());

  const cases = [
    {
      locale: 'de-DE',
      viewport: 'desktop',
      heading: 'Umsatz gegen Ziel je Quartal',
      booked: /Gebucht im \d{4}-Q\d/i,
    },
    {
      locale: 'en-US',
      viewport: 'desktop',
      heading: 'Bookings vs target by quarter',
      booked: /Booked in \d{4}-Q\d/i,
    },
    {
      locale: 'de-DE',
      viewport: 'phone',
      heading: 'Umsatz gegen Ziel je Quartal',
      booked: /Gebucht im \d{4}-Q\d/i,
    },
    {
      locale: 'en-US',
      viewport: 'phone',
      heading: 'Bookings vs target by quarter',
      booked: /Booked in \d{4}-Q\d/i,
    },
  ] as const;

  it.each(cases)(
    'shows bookings vs target with demo data ($locale, $viewport)',
    async ({ locale, viewport, heading, booked }) => {
      const context = await browser.newContext({ locale, viewport: VIEWPORTS[viewport] });
      await signIn(context, { testApp, baseUrl, role: 'sales_manager' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(baseUrl);
      await page.getByRole('heading', { name: heading }).waitFor();
      await expect(page.getByText(booked).isVisible()).resolves.toBe(true);
      await expect(page.locator('canvas').first().isVisible()).resolves.toBe(true);
      expect(await page.locator('tbody tr').count()).toBe(4);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
      expect(errors).toEqual([]);
      await saveScreenshot(page, `cockpit-${locale}-${viewport}`);
      await context.close();
    },
  );
});
