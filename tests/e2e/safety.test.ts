import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { baseURL, desktop, gotoReady, launch, openPage, phone, realProblems } from './browser';
import { cardReviewText } from './every-page';
import { pdfPageTexts } from './pdf';

/** Where the printed pages go, for a person to look at (see the report). */
const PDF_DIR = join(tmpdir(), 'safety-pdf');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(PDF_DIR, { recursive: true });
});
afterAll(async () => browser?.close());

describe('"Ask your doctor" is on every page, in the first screen', () => {
  it('keyboard: the entry is the first thing after the skip link and the site name, and is never covered', async () => {
    const { page, context } = await openPage(browser, { viewport: phone });
    await gotoReady(page, '/en/modules/risks/costs/');
    const focused: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(focused).toContain('?Ask your doctor');
    await context.close();
  });
});

describe('care cards', () => {
  it.each([
    ['/en/ask-your-doctor/', ['Immediate action required: Call 120 in mainland China, or your local emergency number, now', 'Urgent advice: Call your doctor straight away', 'Non-urgent advice: Talk to your doctor at your next visit']],
    ['/zh/ask-your-doctor/', ['紧急情况： 出现以下情况，请立即拨打 120', '尽快就医： 出现以下情况，请马上给您的主治医生打电话', '一般建议： 有以下情况，请在下次看病时']],
    ['/en/modules/risks/msc-risks/', ['Immediate action required: Call 120 in mainland China, or your local emergency number, now', 'Urgent advice: Call your doctor straight away']],
    ['/zh/modules/risks/msc-risks/', ['紧急情况： 出现以下情况，请立即拨打 120', '尽快就医： 出现以下情况，请马上给您的主治医生打电话']],
  ])('%s: each card’s urgency is in the accessibility tree, and axe passes', async (path, headings) => {
    const { page, context, problems } = await openPage(browser, { viewport: phone });
    await gotoReady(page, path);
    const tree = await page.locator('main').ariaSnapshot();
    for (const h of headings) expect(tree).toMatch(new RegExp(`- '?heading "${h.replace(/[()?]/g, '\\$&')}[^"]*" \\[level=[23]\\]`));
    // The prefix is for screen readers only: on screen the heading starts with its call to action.
    const visible = await page.locator('.care-card__heading').first().evaluate((h) => {
      const prefix = h.querySelector('.visually-hidden')!.getBoundingClientRect();
      return prefix.width <= 1 && prefix.height <= 1;
    });
    expect(visible).toBe(true);
    expect(await page.locator('.care-card').count()).toBe(headings.length);
    // Nothing about review status inside a card (the record is empty: nothing is said at all).
    expect(await cardReviewText(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });
  it('on a slow network a step’s care cards never vanish: they are there, whole, when the page comes alive', async () => {
    const { page, context, problems } = await openPage(browser, { viewport: phone });
    // The cards' own code and words arrive late (a slow phone network), as they are fetched after the page's.
    await page.route(/\/assets\/(care-card|words-care-card)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await page.goto(`${baseURL}/en/modules/risks/msc-risks/`, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('.care-card').count()).toBe(2);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // Straight after hydration (before, the cards were dropped here until their code arrived, seconds later).
    expect(await page.locator('.care-card').count()).toBe(2);
    expect(await page.getByRole('heading', { name: /^Urgent advice: Call your doctor straight away/ }).isVisible()).toBe(true);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });
});

describe('questions for your doctor', () => {
  it('the list round-trips through its link in a fresh browser context', async () => {
    const first = await openPage(browser, { viewport: phone });
    await gotoReady(first.page, '/zh/questions/');
    await first.page.getByRole('checkbox', { name: /短期和长期各有哪些风险/ }).check();
    await first.page.getByRole('checkbox', { name: /要花多少钱/ }).check();
    await first.page.getByRole('textbox', { name: /您的问题 1/ }).fill('我还能继续上班吗？ Can I keep working?');
    await first.page.getByRole('textbox', { name: /您的问题 3/ }).fill('要住院几天？');
    const link = first.page.getByRole('textbox', { name: '清单链接' });
    await expect.poll(() => link.inputValue()).toMatch(/\/zh\/questions\/\?v=1&q=risks\.cost&o=.+&o=/);
    const url = await link.inputValue();
    // The address bar follows the list, so a reload or the browser's own share keeps it.
    await expect.poll(() => first.page.url()).toBe(url);
    expect(realProblems(first.problems)).toEqual([]);
    await first.context.close();

    const second = await openPage(browser, { viewport: desktop });
    await second.page.goto(url, { waitUntil: 'networkidle' });
    await second.page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // The link is read once its codec has loaded, just after hydration.
    await expect.poll(() => second.page.getByRole('checkbox', { name: /短期和长期各有哪些风险/ }).isChecked()).toBe(true);
    expect(await second.page.getByRole('checkbox', { name: /要花多少钱/ }).isChecked()).toBe(true);
    expect(await second.page.getByRole('checkbox', { name: /细胞从哪里来/ }).isChecked()).toBe(false);
    expect(await second.page.getByRole('textbox', { name: /您的问题 1/ }).inputValue()).toBe('我还能继续上班吗？ Can I keep working?');
    expect(await second.page.getByRole('textbox', { name: /您的问题 2/ }).inputValue()).toBe('要住院几天？');
    expect(await second.page.getByText('这个链接已损坏').count()).toBe(0);

    // Printed, it is the list itself.
    await second.page.emulateMedia({ media: 'print' });
    const printed = await second.page.locator('.question-print').innerText();
    expect(printed).toContain('我想问医生的问题');
    expect(printed).toContain('短期和长期各有哪些风险？');
    expect(printed).toContain('我还能继续上班吗？ Can I keep working?');
    expect(printed).not.toContain('细胞从哪里来');
    expect(await second.page.getByRole('banner').isVisible()).toBe(false);
    await second.page.emulateMedia({ media: 'screen' });
    expect(realProblems(second.problems)).toEqual([]);
    await second.context.close();
  });

  it('the language link keeps the list', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/en/questions/?v=1&q=evidence');
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${baseURL}/zh/questions/?v=1&q=evidence`);
    await expect.poll(() => page.getByRole('checkbox', { name: /有什么证据/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('a hostile link opens with what could be read, as plain text, and a short notice', async () => {
    const { page, context, problems } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>Is it \u202Esafe?');
    const response = await page.goto(`${baseURL}/en/questions/?v=1&q=risks.__proto__.<b>&o=${hostile}&o=${'y'.repeat(10_000)}&o=%ED%A0%80ok`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await expect.poll(() => page.getByText('This link was damaged or changed. We kept what we could read and left out the rest.').isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /What are the risks/ }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: /Your question 1/ }).inputValue()).toBe('alert(2) Is it safe?');
    expect((await page.getByRole('textbox', { name: /Your question 2/ }).inputValue()).length).toBe(300);
    expect(await page.getByRole('textbox', { name: /Your question 3/ }).inputValue()).toBe('ok');
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('a tick made while the list in the link is still being read is not lost: the form waits, then takes it', async () => {
    const { page, context, problems } = await openPage(browser, { viewport: phone });
    // The code that reads the link arrives late (a slow phone network).
    await page.route(/\/assets\/question-store-/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto(`${baseURL}/en/questions/?v=1&q=risks`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const cost = page.getByRole('checkbox', { name: /What does it cost/ });
    expect(await cost.isDisabled()).toBe(true);
    await cost.check();
    expect(await page.getByRole('checkbox', { name: /What are the risks/ }).isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('risks.cost');
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('prints to a PDF (both languages)', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { page, context } = await openPage(browser);
      await gotoReady(page, `/${lang}/questions/?v=1&q=approved.registered-study.risks.cost&o=${encodeURIComponent(lang === 'zh' ? '我能继续吃羟氯喹吗？' : 'Can I keep taking hydroxychloroquine?')}`);
      const file = join(PDF_DIR, `questions-${lang}.pdf`);
      await page.pdf({ path: file, format: 'A4' });
      expect(statSync(file).size).toBeGreaterThan(10_000);
      await context.close();
    }
  });
  it.each(['en', 'zh'] as const)('%s: without JavaScript the list says so, has no buttons that would do nothing, and prints every standard question', async (lang) => {
    const strings = (file: string) => JSON.parse(readFileSync(new URL(`../../locales/${lang}/${file}.json`, import.meta.url), 'utf8')) as Record<string, string>;
    const list = strings('question-list');
    // (Playwright's text search skips <noscript>; the browser shows it, so ask the page what is on screen.)
    const notices = (page: Page) => page.evaluate(() => [...document.querySelectorAll('main .notice')].filter((el) => el.getClientRects().length > 0).map((el) => el.textContent ?? '').join(' '));
    const buttons = (page: Page) => Promise.all([list.print, list.clear].map((name) => page.getByRole('button', { name }).count()));

    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL}/${lang}/questions/`);
    expect(await notices(page)).toContain(list.noScript);
    expect(await buttons(page)).toEqual([0, 0]);
    // Line breaks fall anywhere in a printed line (and Chinese has no spaces), so compare without white space.
    const bare = (text: string) => text.replace(/\s+/g, '');
    const printed = bare(pdfPageTexts(await page.pdf({ format: 'A4' })).join(''));
    expect(printed).toContain(bare(list.printTitle!));
    for (const question of Object.values(strings('key-questions'))) expect(printed).toContain(bare(question));
    await context.close();

    const withScripts = await openPage(browser);
    await gotoReady(withScripts.page, `/${lang}/questions/`);
    await withScripts.page.getByRole('button', { name: list.print }).waitFor();
    expect(await buttons(withScripts.page)).toEqual([1, 1]);
    expect(await notices(withScripts.page)).not.toContain(list.noScript);
    await withScripts.context.close();
  });
});

describe('is this a warning sign?', () => {
  it('explains each ticked claim with its source, and prints them', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { page, context, problems } = await openPage(browser, { viewport: phone });
      await gotoReady(page, `/${lang}/claim-checker/`);
      await page.getByRole('checkbox', { name: lang === 'en' ? 'Claim (not true): “One shot works”' : /“一针见效”/ }).check();
      await page.getByRole('checkbox', { name: lang === 'en' ? 'Warning sign: You must pay to join a “study”' : /要交钱才能参加“研究”/ }).check();
      const why = page.locator('.claim--picked .claim__why');
      expect(await why.count()).toBe(2);
      expect(await why.first().isVisible()).toBe(true);
      expect(await why.nth(1).getByRole('link', { name: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies' }).isVisible()).toBe(true);
      expect(await page.locator('.claim__why:visible').count()).toBe(2);
      expect(await axeViolations(page)).toEqual([]);
      await page.pdf({ path: join(PDF_DIR, `claims-${lang}.pdf`), format: 'A4' });
      expect(realProblems(problems)).toEqual([]);
      await context.close();
    }
  });

  it('shows the reason for a ticked claim even without JavaScript', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL}/en/claim-checker/`);
    const why = page.getByText(/a claim that “one shot works” can be treated as a scam/);
    expect(await why.isVisible()).toBe(false);
    await page.getByRole('checkbox', { name: 'Claim (not true): “One shot works”' }).check();
    expect(await why.isVisible()).toBe(true);
    await context.close();
  });
});
