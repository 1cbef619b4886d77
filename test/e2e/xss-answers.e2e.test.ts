/**
 * Hostile text in a rep's answers never runs in marketing's browser: two reps submit answers whose free text
 * (customer quote, competitor name and what was better there) carries script tags and inline event handlers;
 * marketing opens the request, its diagnosis and "Texts & codes" in Chromium. The text shows as written, no
 * element of it is created, no dialog opens, and `window.__xss` stays undefined.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWorkspace } from '../support/accounts.ts';
import { type AnswerWorld, buildAnswerWorld, type Caller } from '../support/answer-world.ts';
import { isBrowserAvailable } from '../support/environment.ts';
import { saveScreenshot, VIEWPORTS } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { addSessionCookies } from './sign-in.ts';

const QUOTE = `Zu teuer <script>window.__xss=1</script><img src=x onerror="window.__xss=2;alert(2)">`;
const COMPETITOR = `<svg onload="window.__xss=3;alert(3)">Lumetra`;
const BETTER = `<img src=x onerror="window.__xss=4">deutlich günstiger`;
/** Elements the payloads would create if any of them were parsed as HTML. */
const INJECTED = 'img[src=x], svg[onload], script:not([src]):not([type])';

describe.skipIf(!isBrowserAvailable())('Hostile answers in the browser', { timeout: 180_000 }, () => {
  let env: BrowserApp | undefined;
  let world: AnswerWorld;
  let browser: Browser;
  let baseUrl: string;
  const dialogs: string[] = [];

  const hostileAnswers = (dealId: number) => {
    const id = (key: string) => world.questionIds.get(key) ?? 0;
    return [
      { questionId: id('price_perceived_high.lost_on_price'), value: 60, dealIds: [dealId] },
      { questionId: id('price_perceived_high.too_expensive_heard'), value: 5 },
      {
        questionId: id('competitor_preferred.which_competitor'),
        value: [{ name: COMPETITOR, better: BETTER }],
      },
      { questionId: id('cross.main_reason_last_loss'), value: 'price_perceived_high' },
      { questionId: id('cross.customer_quote'), value: QUOTE, quote: QUOTE },
    ];
  };

  beforeAll(async () => {
    env = await startBrowserApp(async (testApp) => {
      world = await buildAnswerWorld(testApp, await ensureWorkspace(testApp));
      for (const [rep, dealId] of [
        [world.callers.repA, world.dealOf.repA],
        [world.callers.repB, world.dealOf.repB],
      ] as const) {
        const response = await testApp.app.inject({
          method: 'POST',
          url: `/api/inbox/${world.set.id}/submit`,
          headers: rep.headers,
          payload: { answers: hostileAnswers(dealId) },
        });
        expect(response.statusCode, response.body).toBe(200);
      }
    });
    ({ baseUrl, browser } = env);
  });
  afterAll(() => env?.close());

  async function openAs(caller: Caller): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
    await context.addInitScript(() => localStorage.setItem('tandem.language', 'en'));
    await addSessionCookies(context, caller.headers, baseUrl);
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return page;
  }

  async function expectNothingRan(page: Page): Promise<void> {
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator(INJECTED).count()).toBe(0);
    expect(dialogs).toEqual([]);
  }

  it('shows the quote, the competitor and what was better as text on the diagnosis page and runs none of it', async () => {
    const page = await openAs(world.callers.marketing);
    await page.goto(`${baseUrl}/requests/${world.request.id}/diagnosis`);
    await page.locator('.verdict-title').waitFor();
    await page.getByText(QUOTE).first().waitFor();
    await page.getByText(COMPETITOR).first().waitFor();
    await page.getByText(BETTER).first().waitFor();
    await saveScreenshot(page, 'xss-answers-diagnosis');
    await expectNothingRan(page);
  });

  it('shows the quote and what was better as text in "Texts & codes" and runs none of it', async () => {
    const page = await openAs(world.callers.marketing);
    await page.goto(`${baseUrl}/texts`);
    await page.getByRole('button', { name: 'Answers' }).click();
    await page.getByText(QUOTE).first().waitFor();
    await page.getByText(BETTER).first().waitFor();
    await saveScreenshot(page, 'xss-answers-texts');
    await expectNothingRan(page);
  });

  it('opens the request page with its answered question set and runs none of it', async () => {
    const page = await openAs(world.callers.marketing);
    await page.goto(`${baseUrl}/requests/${world.request.id}`);
    await page.getByText('Warum verlieren wir OptiScan-Deals?').first().waitFor();
    await expectNothingRan(page);
  });

  it('shows the rep their own submitted answers unchanged and runs none of it', async () => {
    const page = await openAs(world.callers.repA);
    await page.goto(`${baseUrl}/inbox/${world.set.id}`);
    await page.getByText(/Submitted on/).waitFor();
    const quote = page.locator('[data-question-key="cross.customer_quote"]');
    await expect.poll(() => quote.getByRole('textbox').first().inputValue(), { timeout: 10_000 }).toBe(QUOTE);
    await saveScreenshot(page, 'xss-answers-rep-form');
    await expectNothingRan(page);
  });
});
