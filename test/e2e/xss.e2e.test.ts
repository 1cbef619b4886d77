/**
 * Hostile text from an import never runs in the browser: a lost reason carrying a script tag and an inline
 * event handler is shown as text in the Data page's preview, and `window.__xss` stays undefined.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBrowserAvailable } from '../support/environment.ts';
import { importFixture, writeTempFile } from '../support/import.ts';
import { saveScreenshot, VIEWPORTS } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { signIn } from './sign-in.ts';

const HOSTILE = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">Preis zu hoch`;

function hostileCsv(): string {
  const [header, ...rows] = readFileSync(importFixture('canonical-deals.csv'), 'utf8').trim().split('\n');
  const columns = (header ?? '').split(',');
  const lost = columns.indexOf('lost_reason');
  const patched = rows.map((row) => {
    const cells = row.split(',');
    cells[lost] = `"${HOSTILE.replaceAll('"', '""')}"`;
    return cells.join(',');
  });
  return [header, ...patched].join('\n');
}

describe.skipIf(!isBrowserAvailable())('Hostile strings in the browser', () => {
  let env: BrowserApp;
  beforeAll(async () => {
    env = await startBrowserApp(async (testApp) => {
      await testApp.ctx.storage.workspaces.create({ name: 'Test', slug: 'test' });
    });
  });
  afterAll(() => env?.close());

  it('shows a scripted lost reason as text and never runs it', async () => {
    const { browser, testApp, baseUrl } = env;
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
    await signIn(context, { testApp, baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/data`);
    await page.locator('input[type=file]').setInputFiles(writeTempFile('hostile-deals.csv', hostileCsv()));
    await page.getByText(HOSTILE).first().waitFor();
    await saveScreenshot(page, 'xss-data-preview');
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('img[src=x]').count()).toBe(0);
  });
});
