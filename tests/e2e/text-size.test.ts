import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { baseURL, gotoReady, launch, openPage, phone, realProblems } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const bodySize = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('main p') ?? document.body).fontSize);

describe('larger text', () => {
  it.each([
    ['/en/modules/msc-hsc/side-by-side/', 'Larger text'],
    ['/zh/modules/msc-hsc/side-by-side/', '放大文字'],
  ])('%s: the header button enlarges the text, is remembered before the first paint, and can be undone', async (path, name) => {
    const { page, context, problems, foreign } = await openPage(browser, { viewport: phone });
    await gotoReady(page, path);
    expect(await bodySize(page)).toBe('18px');
    const toggle = page.getByRole('banner').getByRole('button', { name });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await bodySize(page)).toBe('22px');
    expect(await axeViolations(page)).toEqual([]);

    // Next visit: large from the first paint, before any module script has run.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(page.url(), { waitUntil: 'load' });
    expect(await page.getAttribute('html', 'data-text-size')).toBe('large');
    expect(await bodySize(page)).toBe('22px');
    await page.unroute(/\/assets\/.*\.js$/);

    await gotoReady(page, path);
    await page.getByRole('banner').getByRole('button', { name, pressed: true }).click();
    expect(await bodySize(page)).toBe('18px');
    await page.reload({ waitUntil: 'load' });
    expect(await page.getAttribute('html', 'data-text-size')).toBeNull();
    expect(realProblems(problems).filter((p) => !/ERR_FAILED|net::|Failed to fetch dynamically imported module/.test(p))).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('works from the first paint, before the app has loaded, and hands over to the app once it has', async () => {
    const { page, context, problems, foreign } = await openPage(browser, { viewport: phone });
    // Hold the app's scripts back, as a slow phone would.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseURL}/en/modules/msc-hsc/side-by-side/`, { waitUntil: 'load' });
    const toggle = page.getByRole('banner').getByRole('button', { name: 'Larger text' });
    await toggle.click();
    expect(await page.getAttribute('html', 'data-hydrated')).toBeNull();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await bodySize(page)).toBe('22px');
    expect(await page.evaluate(() => localStorage.getItem('sci-text-size'))).toBe('large');

    release();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await bodySize(page)).toBe('22px');
    // One click, one change: the inline script has stepped aside.
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await bodySize(page)).toBe('18px');
    expect(await page.evaluate(() => localStorage.getItem('sci-text-size'))).toBeNull();
    expect(realProblems(problems)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('is not shown where it could not work: without JavaScript', async () => {
    const { page, context } = await openPage(browser, { viewport: phone, javaScriptEnabled: false });
    await page.goto(`${baseURL}/en/`);
    expect(await page.getByRole('button', { name: 'Larger text' }).isVisible()).toBe(false);
    await context.close();
  });

  // Every page in larger text (fits a phone, "Ask your doctor" in the first screen): the every-page
  // suite at phone width (tests/e2e/every-page.ts), on the same visit as its other checks.
});
