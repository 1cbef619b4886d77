/**
 * Browser tests drive the real built app in Debian's Chromium (playwright-core, no downloaded browser).
 * Screenshots go to test-results/ so a person can look at them.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/environment.ts';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const VIEWPORTS = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 375, height: 780 },
} as const;

/** Longer than the charts' entry animation. */
const CHART_ANIMATION_MS = 600;

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Finished transitions (the phone drawer sliding shut) rather than a frame caught halfway; charts animate on
  // their canvas (300 ms, see web/src/ui/Chart.tsx), which CSS cannot stop: they get time to finish drawing.
  if ((await page.locator('canvas').count()) > 0) await page.waitForTimeout(CHART_ANIMATION_MS);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
