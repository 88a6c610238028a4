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
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.add(r.url());
  });
  await page.goto(baseURL + path, { waitUntil: 'networkidle' }).catch(() => undefined);
  if (!stayOnPage) await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  // Inline scripts (hydration data) counted from the HTML as served.
  const html = await (await fetch(baseURL + path)).text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  let total = gzipSync(inline, { level: 9 }).length;
  // Bodies fetched again from the server: a page that navigates away drops its own copies.
  for (const url of scripts) total += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
  await context.close();
  return total;
}

describe(`JavaScript budget: ${BUDGET / 1024} KB gzip per page`, () => {
  const pages = ['/en/404-check/', '/zh/404-check/', ...sitemapPaths()];
  const sizes: Record<string, number> = {};
  afterAll(() => {
    const values = Object.values(sizes);
    if (process.env.BUDGET_REPORT) for (const [p, v] of Object.entries(sizes).sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${(BUDGET - v).toString().padStart(6)} B under  ${p}`);
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
