/**
 * Campaigns in Chromium against the real built app: from a diagnosis (seeded through the repositories) to an
 * edited, approved brief; the PDF downloaded and rendered to PNG with pdftoppm; the campaign launched; the
 * demo's past campaign evaluated on its page. Screenshots in test-results/.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemo } from '../../src/app/create-demo-workspace.ts';
import type { CampaignDetail, CampaignList } from '../../src/contract/campaigns.ts';
import { generateDemo } from '../../src/demo/generate.ts';
import { createSessionCaller } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { seedDiagnosedRequest } from '../support/campaign-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { isBrowserAvailable } from '../support/environment.ts';
import { launchBrowser, SCREENSHOT_DIR, saveScreenshot, VIEWPORTS } from './browser.ts';

const hasBrowser = isBrowserAvailable();

describe.skipIf(!hasBrowser)('campaigns in the browser', { timeout: 240_000 }, () => {
  let database: TestDatabase;
  let testApp: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let headers: Record<string, string>;
  let briefId: number;
  let demoId: number;
  const problems: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    testApp = await createTestApp(database);
    const { workspaceId } = await writeDemo(
      testApp.ctx.storage,
      generateDemo({ seed: 42, asOf: '2026-11-28' }),
    );
    const { requestId } = await seedDiagnosedRequest(
      testApp.ctx.storage,
      workspaceId,
      'price_perceived_high',
      {
        secondary: 'competitor_preferred',
        asOf: '2026-10-01',
      },
    );
    headers = (await createSessionCaller(testApp, 'marketing', { workspaceId })).headers;
    const list = await testApp.app.inject({ method: 'GET', url: '/api/campaigns', headers });
    demoId = list.json<CampaignList>().items[0]?.id ?? 0;
    // The diagnosis page's "create brief" button is the same call.
    const created = await testApp.app.inject({
      method: 'POST',
      url: `/api/requests/${requestId}/brief`,
      headers,
      payload: { locale: 'en' },
    });
    briefId = created.json<CampaignDetail>().campaign.id;
    baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await testApp?.app.close();
    await database?.drop();
  });

  async function openPage(language: 'de' | 'en'): Promise<Page> {
    const context = await browser.newContext({
      viewport: VIEWPORTS.desktop,
      locale: language,
      acceptDownloads: true,
    });
    await context.addInitScript((lng) => localStorage.setItem('tandem.language', lng), language);
    const cookies = (headers.cookie ?? '').split('; ').map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return { name, value, url: baseUrl, sameSite: 'Lax' as const, httpOnly: name === 'tandem_session' };
    });
    await context.addCookies(cookies);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    return page;
  }

  it('edits, approves, downloads the PDF and launches the brief', async () => {
    const page = await openPage('en');
    await page.goto(`${baseUrl}/campaigns/${briefId}`);
    await page.getByRole('heading', { name: 'Message house' }).waitFor();
    await saveScreenshot(page, 'campaign-brief-en');
    await page.getByLabel('Tone').fill('clear, with euro figures');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByText('Saved as version 2.').waitFor();
    await page.getByText('tone.value').waitFor();
    await page.getByRole('button', { name: 'Approve (marketing lead)' }).click();
    await page.getByText(/Approved by marketing/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF' }).click(),
    ]);
    const pdfPath = join(SCREENSHOT_DIR, 'campaign-brief-en.pdf');
    await download.saveAs(pdfPath);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      pdfPath,
      join(SCREENSHOT_DIR, 'campaign-brief-pdf'),
    ]);

    await page.getByLabel('Start').fill('2026-10-05');
    await page.getByLabel('End').fill('2026-12-20');
    await page.getByRole('button', { name: 'Launch campaign' }).click();
    await page.getByText('Running').first().waitFor();
    await page.getByRole('heading', { name: 'KPIs by week' }).waitFor();
    await saveScreenshot(page, 'campaign-launched-en');
    await page.context().close();
  });

  it('evaluates the demo’s past campaign on its page, in German', async () => {
    const page = await openPage('de');
    await page.goto(`${baseUrl}/campaigns/${demoId}`);
    await page.getByRole('button', { name: 'Jetzt auswerten' }).click();
    await page.getByText('hat gewirkt').first().waitFor({ timeout: 60_000 });
    await saveScreenshot(page, 'campaign-impact-de');
    await page.goto(`${baseUrl}/campaigns/${briefId}/print`);
    await page.getByRole('heading', { name: 'Botschaftshaus' }).waitFor();
    await saveScreenshot(page, 'campaign-print-de');
    writeFileSync(join(SCREENSHOT_DIR, 'campaign-problems.txt'), problems.join('\n'));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
