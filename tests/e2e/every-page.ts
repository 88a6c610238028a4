import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { gotoReady, launch, openPage, realProblems, sitemapPaths, type WatchedPage } from './browser';

/**
 * The "Ask your doctor" entry (WCAG 3.2.6 consistent help, 2.4.11 focus not obscured): in the
 * header, inside the first screen, at least 44 px high, not overlapping the main heading, and in
 * the page's flow (not fixed or sticky, so it never covers content or the focused element).
 * Returns what is wrong, or [] when all is well. Call it at the top of a freshly loaded page.
 */
export async function doctorEntryProblems(page: Page, viewport: { width: number; height: number }): Promise<string[]> {
  return page.evaluate(({ width, height }) => {
    const problems: string[] = [];
    const link = document.querySelector<HTMLAnchorElement>('header a[href$="/ask-your-doctor/"]');
    if (!link) return ['no "Ask your doctor" link in the header'];
    const box = link.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(link).visibility === 'hidden') problems.push('the entry is not visible');
    if (box.top < 0 || box.bottom > height || box.left < 0 || box.right > width) problems.push(`the entry is outside the first screen: ${JSON.stringify(box)}`);
    if (box.height < 44) problems.push(`the entry is only ${box.height} px high`);
    const h1 = document.querySelector('main h1')?.getBoundingClientRect();
    if (h1 && h1.height > 0 && box.left < h1.right && h1.left < box.right && box.top < h1.bottom && h1.top < box.bottom) problems.push('the entry overlaps the main heading');
    for (let el: Element | null = link; el; el = el.parentElement) {
      const position = getComputedStyle(el).position;
      if (position === 'fixed' || position === 'sticky') problems.push(`${el.tagName.toLowerCase()}.${el.className} is ${position}`);
    }
    return problems;
  }, viewport);
}

/** Text inside any care card on the page that speaks of review status ("review", "审核"); [] when none does. */
export function cardReviewText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.care-card, .care-card *')].map((el) => el.textContent ?? '').filter((text) => /review|审核|审查/i.test(text)),
  );
}

/**
 * Every sitemap URL at one viewport: hydrates without console errors,
 * makes no request off the site's origin, has no axe WCAG 2.2 A/AA violations, and shows
 * the "Ask your doctor" entry in its first screen.
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
      expect(await doctorEntryProblems(watched.page, viewport)).toEqual([]);
      // Exactly one entry in the banner, named in the page's language (WCAG 3.2.6 consistent help).
      const doctorName = path.startsWith('/zh/') ? '问问您的医生' : 'Ask your doctor';
      expect(await watched.page.getByRole('banner').getByRole('link', { name: doctorName }).count()).toBe(1);
      expect(await axeViolations(watched.page)).toEqual([]);
      expect(realProblems(watched.problems)).toEqual([]);
      expect(watched.foreign).toEqual([]);
      // No sideways scrolling of the whole page (WCAG 1.4.10 reflow).
      expect(await watched.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // Tables fit too: a table that scrolls inside its box gives no sign that a column is cut off.
      expect(await watched.page.evaluate(() => [...document.querySelectorAll('.table-scroll')].map((el) => el.scrollWidth - el.clientWidth).filter((d) => d > 1))).toEqual([]);
      // A care card says what to do, never whether it has been reviewed (issue 14): review status lives
      // on the About page and in a handout's small print.
      expect(await cardReviewText(watched.page)).toEqual([]);
    });
  });
}
