/**
 * The rep's answers and marketing's diagnosis in Chromium against the real built app and the demo workspace: a
 * rep on a 375 px phone opens the question set about OptiScan × Automotive (the demo's planted price/competitor
 * story), answers every kind of question, links one of their own lost deals, reloads without losing the draft and
 * submits; marketing then sees a diagnosis naming price or competitor at the Desire stage. Screenshots in
 * test-results/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../src/app/create-demo-workspace.ts';
import { addDays } from '../../src/core/calendar.ts';
import type { Role } from '../../src/core/types.ts';
import { todayIso } from '../../src/server/today.ts';
import { createSessionCaller } from '../support/accounts.ts';
import { isBrowserAvailable } from '../support/environment.ts';
import { createTestRequest, sendTestQuestionSet } from '../support/question-sets.ts';
import { saveScreenshot, VIEWPORTS } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { addSessionCookies } from './sign-in.ts';

const QUESTIONS = [
  'price_perceived_high.lost_on_price',
  'price_perceived_high.too_expensive_heard',
  'price_perceived_high.price_expectation',
  'competitor_preferred.which_competitor',
  'cross.main_reason_last_loss',
  'cross.customer_quote',
];

describe.skipIf(!isBrowserAvailable())('answers and diagnosis in Chromium', { timeout: 180_000 }, () => {
  let env: BrowserApp | undefined;
  let browser: Browser;
  let baseUrl: string;
  let workspaceId: number;
  let requestId: number;
  const headers = new Map<string, Record<string, string>>();
  const problems: string[] = [];

  beforeAll(async () => {
    env = await startBrowserApp(async (testApp) => {
      const { storage } = testApp.ctx;
      workspaceId = (await createDemoWorkspace({ storage, seed: 42, asOf: todayIso() })).workspaceId;
      const dimensions = await storage.dimensions.list(workspaceId);
      const product = dimensions.products.find((item) => item.name === 'OptiScan')!.id;
      const segment = dimensions.segments.find((item) => item.name === 'Automotive')!.id;
      // The rep takes over the owner with the most recent lost deals in the scope, so "my deals" has examples.
      const since = addDays(todayIso(), -120);
      const lost = (await storage.deals.list(workspaceId)).filter(
        (deal) =>
          deal.productId === product &&
          deal.segmentId === segment &&
          deal.outcome === 'lost' &&
          (deal.closedOn ?? '') >= since,
      );
      const counts = new Map<number, number>();
      for (const deal of lost)
        if (deal.ownerId !== null) counts.set(deal.ownerId, (counts.get(deal.ownerId) ?? 0) + 1);
      const ownerId = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      const rep = await createSessionCaller(testApp, 'sales_rep', { workspaceId });
      await storage.dimensions.assignOwner(workspaceId, ownerId, { userId: rep.user.id });
      const marketing = await createSessionCaller(testApp, 'marketing', { workspaceId });
      headers.set('sales_rep', rep.headers);
      headers.set('marketing', marketing.headers);
      const request = await createTestRequest(storage, {
        workspaceId,
        title: 'OptiScan × Automotive',
        scope: { product, segment },
        asOf: todayIso(),
        marketingOwnerId: marketing.user.id,
        aidaStage: 'interest',
      });
      requestId = request.id;
      await sendTestQuestionSet(storage, {
        workspaceId,
        requestId,
        title: 'Why do we lose OptiScan deals in Automotive?',
        questionKeys: QUESTIONS,
        recipientIds: [rep.user.id],
        createdBy: marketing.user.id,
        deadlineOn: addDays(todayIso(), 7),
      });
    });
    ({ baseUrl, browser } = env);
  });
  afterAll(() => env?.close());

  async function openAs(role: Role, viewport: keyof typeof VIEWPORTS): Promise<Page> {
    const context: BrowserContext = await browser.newContext({
      viewport: VIEWPORTS[viewport],
      locale: 'en-GB',
    });
    await context.addInitScript(() => localStorage.setItem('tandem.language', 'en'));
    await addSessionCookies(context, headers.get(role) ?? {}, baseUrl);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    return page;
  }

  const card = (page: Page, key: string) => page.locator(`[data-question-key="${key}"]`);

  it('lets a rep answer on a 375 px phone, keeps the draft over a reload, and submits', async () => {
    const page = await openAs('sales_rep', 'phone');
    // The rep lands on the cockpit, which points to the questions waiting for them.
    await page.goto(baseUrl);
    const notice = page.getByRole('link', {
      name: /Marketing is waiting for your answers: 1 open question set/,
    });
    await notice.waitFor();
    await saveScreenshot(page, 'cockpit-rep-phone-en');
    await notice.click();
    await page.waitForURL(`${baseUrl}/inbox`);
    await page.getByRole('link', { name: /Why do we lose OptiScan deals/ }).waitFor();
    await saveScreenshot(page, 'answers-inbox-phone-en');
    await page.getByRole('link', { name: /Why do we lose OptiScan deals/ }).click();
    await card(page, QUESTIONS[0]!).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The save and submit buttons stay inside the sticky bar, also with the longer German words.
    const areButtonsInsideBar = () =>
      page.evaluate(() => {
        const bar = document.querySelector('.answer-actions')?.getBoundingClientRect();
        const buttons = [...document.querySelectorAll('.answer-actions .btn')];
        return (
          bar !== undefined &&
          buttons.length === 2 &&
          buttons.every((button) => {
            const box = button.getBoundingClientRect();
            return box.left >= bar.left && box.right <= bar.right;
          })
        );
      });
    await expect(areButtonsInsideBar()).resolves.toBe(true);
    // The language switch sits in the drawer; a tap beside the drawer closes it again.
    const switchLanguage = async (language: 'DE' | 'EN', menu: string) => {
      await page.getByRole('button', { name: menu }).click();
      await page.getByRole('button', { name: language, exact: true }).click();
      await page.mouse.click(VIEWPORTS.phone.width - 20, VIEWPORTS.phone.height / 2);
      await page.locator('.shell:not(.menu-open)').waitFor();
    };
    await switchLanguage('DE', 'Open menu');
    await page.getByRole('button', { name: 'Entwurf speichern' }).waitFor();
    await expect(areButtonsInsideBar()).resolves.toBe(true);
    await saveScreenshot(page, 'answers-form-phone-de');
    await switchLanguage('EN', 'Menü öffnen');
    await page.getByRole('button', { name: 'Save draft' }).waitFor();

    await card(page, QUESTIONS[0]!).getByLabel('Share of your lost deals in %').fill('55');
    const share = card(page, QUESTIONS[0]!);
    await share.getByText('Link example deals (optional)').click();
    await share.getByRole('searchbox').focus();
    await share.getByRole('button', { name: 'Link' }).first().click();
    await card(page, QUESTIONS[1]!).getByLabel('Almost always (over 60 %)').check();
    await card(page, QUESTIONS[2]!).getByLabel("Customer's price expectation (€)").fill('30000');
    await card(page, QUESTIONS[2]!).getByLabel('Our offer (€)').fill('36000');
    await card(page, QUESTIONS[3]!).getByLabel('Competitor', { exact: true }).fill('Lumetra');
    await card(page, QUESTIONS[3]!).getByLabel('What was better there? (optional)').fill('much cheaper');
    await page.getByText(/Draft saved/).waitFor({ timeout: 10_000 });
    await page.reload();
    await expect
      .poll(() => card(page, QUESTIONS[0]!).getByLabel('Share of your lost deals in %').inputValue())
      .toBe('55');
    expect(await card(page, QUESTIONS[3]!).getByLabel('Competitor', { exact: true }).inputValue()).toBe(
      'Lumetra',
    );

    // Submitting with two questions open names them instead of sending.
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Please complete the marked questions, then submit.').waitFor();
    expect(await page.locator('.question-card.has-problem').count()).toBe(2);
    await saveScreenshot(page, 'answers-form-problems-phone-en');

    await card(page, QUESTIONS[4]!).getByLabel('Seen as too expensive').check();
    await card(page, QUESTIONS[5]!)
      .getByRole('textbox')
      .first()
      .fill('Your price is too high, Lumetra is much cheaper');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText(/Submitted on/).waitFor();
    await saveScreenshot(page, 'answers-form-submitted-phone-en');
    expect(problems).toEqual([]);
  });

  it('shows marketing a diagnosis naming price or competitor at the Desire stage', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await openAs('marketing', viewport);
      await page.goto(`${baseUrl}/requests/${requestId}/diagnosis`);
      await page.locator('.verdict-title').waitFor();
      const top = await page.locator('.barrier-bar.is-top .barrier-name').textContent();
      expect(['Seen as too expensive', 'Competitor seen as better']).toContain(top);
      expect(await page.locator('.verdict-facts .chip').textContent()).toBe('Desire');
      expect(await page.locator('.verdict-title').textContent()).toBe('Campaign – and review pricing');
      await saveScreenshot(page, `diagnosis-${viewport}-en`);
      await page.getByText('Your price is too high, Lumetra is much cheaper').first().waitFor();
    }
    expect(problems).toEqual([]);
  });

  it('lets marketing create the campaign brief from the diagnosis in one click', async () => {
    const page = await openAs('marketing', 'desktop');
    await page.goto(`${baseUrl}/requests/${requestId}/diagnosis`);
    await page.getByRole('button', { name: 'Create campaign brief' }).click();
    await page.waitForURL(/\/campaigns\/\d+$/);
    await page.locator('h1').first().waitFor();
    await saveScreenshot(page, 'diagnosis-to-brief-desktop-en');
    expect(problems).toEqual([]);
  });

  it('lets marketing see why a lost reason got its code and relabel it', async () => {
    const page = await openAs('marketing', 'desktop');
    await page.goto(`${baseUrl}/texts`);
    await page.getByRole('link', { name: 'Texts & codes' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search text' }).fill('Lumetra');
    await page.locator('tbody tr').first().waitFor();
    await saveScreenshot(page, 'texts-codes-desktop-en');
    // A text the coder could place shows the words that decided.
    const row = page
      .locator('tbody tr')
      .filter({ has: page.locator('mark') })
      .first();
    await row.waitFor();
    await row.getByRole('combobox').selectOption('competitor_preferred');
    await page
      .getByText(/confirmed by marketing/)
      .first()
      .waitFor();
    await page.getByText(/1 confirmed labels/).waitFor();
    await saveScreenshot(page, 'texts-codes-relabelled-desktop-en');
    expect(problems).toEqual([]);
  });
});
