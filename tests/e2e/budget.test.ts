import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openPage, sitemapPaths } from './browser';

/** JavaScript a page loads before it is interactive, gzip bytes. */
const BUDGET = 130 * 1024;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function jsBytes(path: string, { stayOnPage = false } = {}): Promise<number> {
  const { page, context } = await openPage(browser);
  // "/" redirects at once: count only its own scripts, not the page it sends you to.
  if (stayOnPage) await page.route(/\/(en|zh)\/$/, (route) => route.abort());
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) scripts.set(r.url(), r.body());
  });
  await page.goto(baseURL + path, { waitUntil: 'networkidle' }).catch(() => undefined);
  if (!stayOnPage) await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join(''));
  let total = gzipSync(inline, { level: 9 }).length;
  for (const body of await Promise.all(scripts.values())) total += gzipSync(body, { level: 9 }).length;
  await context.close();
  return total;
}

describe(`JavaScript budget: ${BUDGET / 1024} KB gzip per page`, () => {
  const pages = ['/en/404-check/', '/zh/404-check/', ...sitemapPaths()];
  const sizes: Record<string, number> = {};
  afterAll(() => {
    const values = Object.values(sizes);
    if (values.length) console.log(`JS gzip per page: min ${(Math.min(...values) / 1024).toFixed(1)} KB, max ${(Math.max(...values) / 1024).toFixed(1)} KB over ${values.length} pages`);
  });
  it('/ loads only its language redirect (under 2 KB), not the app', async () => {
    expect(await jsBytes('/', { stayOnPage: true })).toBeLessThan(2048);
  });

  it.each(pages)('%s', async (path) => {
    sizes[path] = await jsBytes(path);
    expect(sizes[path]).toBeLessThanOrEqual(BUDGET);
  });
});
