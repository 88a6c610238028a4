import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, gotoReady, launch, openPage, realProblems } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('"/" picks a language', () => {
  it.each([
    ['zh-CN', '/zh/'],
    ['zh-TW', '/zh/'],
    ['en-US', '/en/'],
    ['fr-FR', '/en/'],
  ])('a first-time visitor whose browser prefers %s lands on %s', async (locale, expected) => {
    const { page, context } = await openPage(browser, { locale });
    await page.goto(`${baseURL}/`);
    await page.waitForURL(`${baseURL}${expected}`);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe(expected === '/zh/' ? 'zh-Hans' : 'en');
    await context.close();
  });

  it('remembers an explicit choice over the browser language', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await gotoReady(page, '/en/');
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${baseURL}/zh/`);
    await page.goto(`${baseURL}/`);
    await page.waitForURL(`${baseURL}/zh/`);
    await context.close();
  });

  it('offers both languages as plain links without JavaScript', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL}/`);
    expect(await page.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/en/');
    expect(await page.getByRole('link', { name: '中文' }).getAttribute('href')).toBe('/zh/');
    await context.close();
  });
});

describe('the language link', () => {
  it('goes to the same page in the other language, keeping query and hash, and sets <html lang>', async () => {
    const { page, context, problems } = await openPage(browser);
    await gotoReady(page, '/en/modules/infusion/?from=qr#main');
    const link = page.getByRole('link', { name: '中文' });
    expect(await link.getAttribute('href')).toBe('/zh/modules/infusion/?from=qr#main');
    expect(await link.getAttribute('hreflang')).toBe('zh-Hans');
    expect(await link.getAttribute('lang')).toBe('zh-Hans');
    await link.click();
    await page.waitForURL(`${baseURL}/zh/modules/infusion/?from=qr#main`);
    // Client navigation: the URL changes first, the page (and its lang) once its words have loaded.
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await expect.poll(() => page.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/en/modules/infusion/?from=qr#main');
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('is a real link that works without JavaScript', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL}/zh/glossary/`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${baseURL}/en/glossary/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Word list');
    await context.close();
  });
});

describe('prerendered pages', () => {
  it.each([
    ['/en/', 'en', 'Stem-cell infusion: what you should know'],
    ['/zh/', 'zh-Hans', '干细胞回输：您需要知道的事'],
  ])('%s has its language, title, canonical, alternates and text before any script runs', async (path, lang, h1) => {
    const html = await (await fetch(baseURL + path)).text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html).toContain(`<link rel="canonical" href="https://stem-cell-guide.example${path}"`);
    expect(html).toContain('hreflang="en"');
    expect(html).toContain('hreflang="zh-Hans"');
    expect(html).toContain(h1);
  });

  it('a module step shows its words with JavaScript off', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL}/zh/modules/infusion/`);
    const first = page.locator('.contents a').first();
    await first.click();
    await expect.poll(() => page.locator('main h1').textContent()).not.toBe('');
    expect((await page.locator('main p').allTextContents()).join('').length).toBeGreaterThan(100);
    await context.close();
  });
});

describe('client navigation', () => {
  it('moves focus to the new page heading and announces it', async () => {
    const { page, context, problems } = await openPage(browser);
    await gotoReady(page, '/en/modules/infusion/');
    await page.getByRole('link', { name: 'Start reading' }).click();
    await page.waitForURL(/\/en\/modules\/infusion\/[a-z-]+\/$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const h1 = await page.locator('main h1').textContent();
    // The route announcer is the page's last live region (a reading page's share button has one too).
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe(`Page loaded: ${h1}`);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it.each([
    ['/en/ask-your-doctor/', '中文', '/zh/ask-your-doctor/'],
    ['/zh/ask-your-doctor/', 'English', '/en/ask-your-doctor/'],
  ])('switching language after reading halfway down %s opens the other language at the same section, not the top', async (from, link, to) => {
    const { page, context, problems } = await openPage(browser);
    await gotoReady(page, from);
    const blocks = 'main :is(h1, h2, h3, h4, p, li, figure, table, dt, dd)';
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // The reader reads down to a heading halfway down the page, then scrolls back up to the language link.
    const index = await page.evaluate((selector) => {
      const all = [...document.querySelectorAll(selector)];
      const heading = all.filter((el) => /^H[234]$/.test(el.tagName))[3];
      heading?.scrollIntoView({ block: 'start' });
      return heading ? all.indexOf(heading) : -1;
    }, blocks);
    expect(index).toBeGreaterThan(5);
    await frames();
    const heading = await page.locator(blocks).nth(index).textContent();
    await page.evaluate(() => window.scrollTo(0, 0));
    await frames();
    await page.getByRole('link', { name: link, exact: true }).click();
    await page.waitForURL(baseURL + to);
    // The same heading, in the other language, at the top of the screen, with focus on it.
    await expect.poll(() => page.locator(blocks).nth(index).evaluate((el) => Math.abs(el.getBoundingClientRect().top))).toBeLessThan(40);
    expect(await page.locator(blocks).nth(index).evaluate((el) => el.tagName)).toMatch(/^H[234]$/);
    expect(await page.locator(blocks).nth(index).textContent()).not.toBe(heading);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expect(await page.locator(blocks).nth(index).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('switching language at the top of a page opens the other language at its top', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/en/ask-your-doctor/');
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await page.waitForURL(`${baseURL}/zh/ask-your-doctor/`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });
});

describe('bad input never shows a blank page', () => {
  it.each([
    ['/xx/', 'Page not found'],
    ['/en/modules/nope/', 'Page not found'],
    ['/en/modules/infusion/nope/', 'Page not found'],
    ['/zh/modules/nope/', '找不到这个页面'],
    ['/zh/a/b/c/d/', '找不到这个页面'],
  ])('%s answers 404 with a translated page and ways onward', async (path, heading) => {
    const { page, context, problems } = await openPage(browser);
    const response = await page.goto(baseURL + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    expect(await page.locator('main a').count()).toBeGreaterThanOrEqual(3);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('the 404 page still links to the same address in the other language once scripts run', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseURL}/en/modules/nope/?x=1`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('link', { name: '中文' }).getAttribute('href')).toBe('/zh/modules/nope/?x=1');
    await context.close();
  });

  it('a junk query string is ignored', async () => {
    const { page, context, problems } = await openPage(browser);
    const response = await page.goto(`${baseURL}/en/?q=%3Cscript%3Ealert(1)%3C/script%3E&%%=`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Stem-cell infusion: what you should know');
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('a URL without its trailing slash redirects to the canonical one', async () => {
    const response = await fetch(`${baseURL}/en/modules/infusion?a=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/modules/infusion/?a=1');
  });
});
