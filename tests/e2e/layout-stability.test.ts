import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoReady, launch, openPage, sitemapPaths } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Pages whose prerendered HTML has a figure: its code arrives after the HTML, so it is where text could jump. */
const figurePages = sitemapPaths().filter((path) => readFileSync(`dist${path}index.html`, 'utf8').includes('class="figure__art"'));

describe('the page does not jump while it loads (cumulative layout shift)', () => {
  it('has figure pages to check', () => {
    expect(figurePages.length).toBeGreaterThanOrEqual(8);
  });

  // Plus pages that fill in from this device's storage after loading (progress, saved answers).
  it.each([...figurePages, '/en/', '/zh/', '/zh/modules/sle/quiz/', '/en/questions/'])('%s on a slow phone', async (path) => {
    const { page, context } = await openPage(browser);
    // A mid-range phone: hydration is slow enough for late code to matter.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await gotoReady(page, path);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
    await context.close();
  });
});
