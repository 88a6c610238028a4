import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openPage } from './browser';
import { addFile, expectWithinBudget, PAGE_SPECIFIC, pageBytes, pageSpecific, printBudgetSummary, recordScriptsAndData, TOTAL, type Bytes } from './budget';

// The budget and how a page's bytes are counted: tests/e2e/budget.ts. Every sitemap page is checked
// on its one visit in the every-page suite at phone width; here "/", the 404 pages and going on.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Loads a page in a fresh browser until it is hydrated and the network is quiet. */
async function firstVisit(path: string, { stayOnPage = false } = {}): Promise<Bytes> {
  const { page, context } = await openPage(browser);
  // "/" redirects at once: count only its own scripts, not the page it sends you to.
  if (stayOnPage) await page.route(/\/(en|zh)\/$/, (route) => route.abort());
  const { urls } = recordScriptsAndData(page);
  await page.goto(baseURL + path, { waitUntil: 'networkidle' }).catch(() => undefined);
  if (!stayOnPage) await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.waitForLoadState('networkidle');
  await context.close();
  return pageBytes(path, urls);
}

describe(`JavaScript and data budget: ${TOTAL / 1024} KB gzip in all, ${PAGE_SPECIFIC / 1024} KB of it the page's own`, () => {
  const sizes: Record<string, Bytes> = {};
  afterAll(() => printBudgetSummary(sizes));

  it('/ loads no script file, only its inline language redirect (under 1 KB)', async () => {
    const bytes = await firstVisit('/', { stayOnPage: true });
    expect(bytes.files.filter((f) => f.startsWith('/'))).toEqual([]);
    expect(pageSpecific(bytes)).toBeLessThan(1024);
  });

  it.each(['/en/404-check/', '/zh/404-check/'])('%s', async (path) => {
    const bytes = await firstVisit(path);
    sizes[path] = bytes;
    expectWithinBudget(bytes);
  });

  it.each([
    ['/en/modules/sle/what-is-lupus/', 'Next'],
    ['/zh/modules/risks/', '开始'],
  ])('going on from %s loads only the next page’s own data and code', async (path, link) => {
    const { page, context } = await openPage(browser);
    await page.goto(baseURL + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const { urls } = recordScriptsAndData(page);
    const before = page.url();
    await page.getByRole('main').getByRole('link', { name: new RegExp(link) }).first().click();
    await page.waitForURL((url) => url.href !== before);
    await page.waitForLoadState('networkidle');
    await context.close();
    const bytes: Bytes = { firstText: 0, framework: 0, code: 0, words: 0, files: [] };
    for (const url of urls) await addFile(bytes, url);
    const report = bytes.files.join(', ');
    // One data file for the page: never a whole module's words, the glossary or the source registry.
    expect(bytes.files.filter((f) => f.includes('.json ')), report).toHaveLength(1);
    expect(bytes.files.filter((f) => /\/words-(infusion|msc-hsc|sle|risks)-|\/sources-/.test(f)), report).toEqual([]);
    expect(pageSpecific(bytes), report).toBeLessThanOrEqual(PAGE_SPECIFIC);
  });
});
