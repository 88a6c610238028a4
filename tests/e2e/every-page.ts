import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { gotoReady, launch, openPage, realProblems, sitemapPaths, type WatchedPage } from './browser';

/**
 * Every sitemap URL at one viewport: hydrates without console errors,
 * makes no request off the site's origin, and has no axe WCAG 2.2 A/AA violations.
 */
export function everyPageSuite(name: string, viewport: { width: number; height: number }) {
  describe(`every page at ${name} width (${viewport.width} px)`, () => {
    let browser: Browser;
    let watched: WatchedPage;
    beforeAll(async () => {
      browser = await launch();
      watched = await openPage(browser, { viewport });
    });
    afterAll(async () => browser?.close());

    const pages = sitemapPaths();
    it('the sitemap lists every page in both languages', () => {
      expect(pages.filter((p) => p.startsWith('/en/')).length).toBe(pages.filter((p) => p.startsWith('/zh/')).length);
      expect(pages.length).toBeGreaterThan(20);
    });

    it.each(pages)('%s', async (path) => {
      watched.problems.length = 0;
      const response = await gotoReady(watched.page, path);
      expect(response?.status()).toBe(200);
      expect(await axeViolations(watched.page)).toEqual([]);
      expect(realProblems(watched.problems)).toEqual([]);
      expect(watched.foreign).toEqual([]);
      // No sideways scrolling of the whole page (WCAG 1.4.10 reflow).
      expect(await watched.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  });
}
