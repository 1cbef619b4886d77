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
import { seedDiagnosedRequest } from '../support/campaign-fixtures.ts';
import { isBrowserAvailable } from '../support/environment.ts';
import { SCREENSHOT_DIR, saveScreenshot, VIEWPORTS } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { addSessionCookies } from './sign-in.ts';

const hasBrowser = isBrowserAvailable();

describe.skipIf(!hasBrowser)('campaigns in the browser', { timeout: 240_000 }, () => {
  let env: BrowserApp | undefined;
  let browser: Browser;
  let baseUrl: string;
  let headers: Record<string, string>;
  let marketingName: string;
  let briefId: number;
  let demoId: number;
  const problems: string[] = [];

  beforeAll(async () => {
    env = await startBrowserApp(async (testApp) => {
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
      const marketing = await createSessionCaller(testApp, 'marketing', { workspaceId });
      headers = marketing.headers;
      marketingName = marketing.user.name;
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
    });
    ({ baseUrl, browser } = env);
  }, 200_000);
  afterAll(() => env?.close());

  async function openPage(
    language: 'de' | 'en',
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
  ): Promise<Page> {
    const context = await browser.newContext({
      viewport,
      locale: language,
      acceptDownloads: true,
    });
    await context.addInitScript((lng) => localStorage.setItem('tandem.language', lng), language);
    await addSessionCookies(context, headers, baseUrl);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    return page;
  }

  it('edits message, proof point, KPI goal, timeline, budget and owner; they survive a reload and the diff lists them', async () => {
    const page = await openPage('en');
    await page.goto(`${baseUrl}/campaigns/${briefId}`);
    const message = page.getByLabel('Desire: message 1', { exact: true });
    await message.waitFor();
    // Suggestions say where they came from until they are changed.
    await expect(page.locator('#brief-budget ~ .brief-source').textContent()).resolves.toBe(
      'placeholder – please fill in',
    );
    await message.fill('Three years of total cost, in euros');
    await page.getByLabel('Desire: proof point 2', { exact: true }).fill('Müller GmbH saved 18 %');
    await page.getByRole('button', { name: 'Add Desire: proof point', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Calculator on the website');
    await page.locator('.table input[type=number]').first().fill('99');
    // A rate KPI is shown and typed in percent (the brief keeps the fraction).
    await expect(page.getByLabel('Goal Win rate (%)').inputValue()).resolves.toMatch(/^\d{2}(\.\d+)?$/);
    await expect(page.locator('.brief-kpis').textContent()).resolves.toMatch(/\d+(\.\d)?\s?%/);
    await page.getByLabel('Campaign start').fill('2026-10-12');
    await page.getByLabel('Campaign end').fill('2026-12-18');
    await page.getByLabel('Budget (€)').fill('-5');
    await page.getByText('Enter an amount of €0 or more').waitFor();
    await page.getByLabel('Budget (€)').fill('25000,50');
    await page.getByLabel('Owner').selectOption({ label: marketingName });
    await expect(page.locator('#brief-budget ~ .brief-source').textContent()).resolves.toBe('edited');
    await saveScreenshot(page, 'campaign-brief-edited-en');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByText('Saved as version 2.').waitFor();

    await page.reload();
    await page.getByLabel('Desire: message 1', { exact: true }).waitFor();
    expect(await page.getByLabel('Desire: message 1', { exact: true }).inputValue()).toBe(
      'Three years of total cost, in euros',
    );
    expect(await page.getByLabel('Desire: proof point 2', { exact: true }).inputValue()).toBe(
      'Müller GmbH saved 18 %',
    );
    const pointsAfter = page.locator('#stage-desire-proofPoints .brief-list-item input');
    expect(await pointsAfter.last().inputValue()).toBe('Calculator on the website');
    expect(await page.getByLabel('Budget (€)').inputValue()).toBe('25000.50');
    expect(await page.getByLabel('Owner').inputValue()).toBe(marketingName);
    expect(await page.getByLabel('Campaign end').inputValue()).toBe('2026-12-18');
    const diff = page.locator('.brief-diff');
    for (const path of [
      'stages[desire].messages[0].value',
      'stages[desire].proofPoints[1].value',
      'timeline.startOn.value',
      'timeline.endOn.value',
      'budgetCents.value',
      'owner.value',
    ])
      await diff.getByText(path, { exact: true }).waitFor();
    await diff
      .getByText(/\.goal\.value$/)
      .first()
      .waitFor();
    await saveScreenshot(page, 'campaign-brief-saved-en');
    await page.context().close();

    const phone = await openPage('de', { width: 390, height: 844 });
    await phone.goto(`${baseUrl}/campaigns/${briefId}`);
    await phone.getByLabel('Verlangen: Botschaft 1', { exact: true }).waitFor();
    await saveScreenshot(phone, 'campaign-brief-mobile-de');
    // Nothing sticks out to the right of a 390 px phone (a wide table may scroll inside its own box).
    const sticking = await phone.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => !element.closest('.table-scroll'))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5),
    );
    expect(sticking).toEqual([]);
    await phone.context().close();
  });

  it('edits, approves, downloads the PDF and launches the brief', async () => {
    const page = await openPage('en');
    await page.goto(`${baseUrl}/campaigns/${briefId}`);
    await page.getByRole('heading', { name: 'Message house' }).waitFor();
    await saveScreenshot(page, 'campaign-brief-en');
    await page.getByLabel('Tone').fill('clear, with euro figures');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByText('Saved as version 3.').waitFor();
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

    await page.getByLabel('Start', { exact: true }).fill('2026-10-05');
    await page.getByLabel('End', { exact: true }).fill('2026-12-20');
    await page.getByRole('button', { name: 'Launch campaign' }).click();
    await page.getByText('Running').first().waitFor();
    await page.getByRole('heading', { name: 'KPIs by week' }).waitFor();
    await saveScreenshot(page, 'campaign-launched-en');
    await page.context().close();
  });

  it('evaluates the demo’s past campaign on its page, in German', async () => {
    const page = await openPage('de');
    await page.goto(`${baseUrl}/campaigns/${demoId}`);
    // The KPI table shows the campaign's own weeks (21.07.–28.09.2025), not the latest weeks a year later.
    const campaignWeeks = page.locator('.tracking-table tr.in-campaign td:first-child');
    await campaignWeeks.first().waitFor();
    await expect(campaignWeeks.allTextContents()).resolves.toEqual(
      expect.arrayContaining(['21.07.2025', '22.09.2025']),
    );
    await expect(campaignWeeks.count()).resolves.toBe(10);
    await page.getByRole('button', { name: 'Jetzt auswerten' }).click();
    await page.getByText('hat gewirkt').first().waitFor({ timeout: 60_000 });
    // Beside the comparison with siblings: bookings against the engine's forecast as of the start, and which one.
    await page
      .getByText(/Umsatz gegen die Prognose der Engine für 2025-Q3 \(neu gerechnet mit Stand/)
      .waitFor();
    await saveScreenshot(page, 'campaign-impact-de');
    await page.goto(`${baseUrl}/campaigns/${briefId}/print`);
    await page.getByRole('heading', { name: 'Botschaftshaus' }).waitFor();
    await saveScreenshot(page, 'campaign-print-de');
    writeFileSync(join(SCREENSHOT_DIR, 'campaign-problems.txt'), problems.join('\n'));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
