import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../src/content/modules';
import { axeViolations } from './a11y';
import { gotoReady, launch, openPage, realProblems, sitemapPaths, type WatchedPage } from './browser';
import { layoutShift, watchLayoutShift } from './layout-shift';
import { expectWithinBudget, pageBytes, printBudgetSummary, recordScriptsAndData, withoutCache, type Bytes } from './budget';
import { isStepPath, LONG_STEPS, printedStep } from './print-steps';

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

/** Pages whose prerendered HTML has a figure: its code arrives after the HTML, so it is where text could jump. */
const figurePages = (pages: string[]) => pages.filter((path) => readFileSync(`dist${path}index.html`, 'utf8').includes('class="figure__art"'));
/** Pages that fill in from this device's storage after loading (progress, saved answers). */
const storagePages = ['/en/', '/zh/', '/zh/modules/sle/quiz/', '/en/questions/'];
/** Every module front page in both languages. */
const fronts = modules.flatMap((m) => ['en', 'zh'].map((lang) => `/${lang}/modules/${m.id}/`));


/** Checks made on the same visit (each was a separate visit of every page before). */
export interface VisitChecks {
  /** The JavaScript and data budget of a first visit (tests/e2e/budget.ts). */
  budget?: boolean;
  /** No layout shift while figure pages and pages filled from storage load on a slow phone. */
  layoutShift?: boolean;
  /** A module front page's main message is whole in the first screen, before the contents list. */
  mainMessage?: boolean;
  /** After the header's "Larger text": still fits, with "Ask your doctor" in the first screen. */
  largerText?: boolean;
  /** Every module step, printed, fits one A4 page (or the pages LONG_STEPS allows it). */
  print?: boolean;
}

/**
 * Every sitemap URL at one viewport, each with nothing stored (and nothing cached, where the budget is
 * checked; elsewhere the app's code may come from the HTTP cache, as on a reader's next page): hydrates
 * without console errors, makes no request off the site's origin, has no axe WCAG 2.2 A/AA
 * violations, and shows the "Ask your doctor" entry in its first screen; plus, on the same visit,
 * the `checks` asked for.
 */
export function everyPageSuite(name: string, viewport: { width: number; height: number }, checks: VisitChecks = {}) {
  describe(`every page at ${name} width (${viewport.width} px)`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => browser?.close());

    const pages = sitemapPaths();
    const slowPhonePages = checks.layoutShift ? [...figurePages(pages), ...storagePages] : [];
    const sizes: Record<string, Bytes> = {};
    if (checks.budget) afterAll(() => printBudgetSummary(sizes));

    it('the sitemap lists every page in both languages', () => {
      expect(pages.filter((p) => p.startsWith('/en/')).length).toBe(pages.filter((p) => p.startsWith('/zh/')).length);
      expect(pages.length).toBeGreaterThan(20);
    });

    if (checks.layoutShift) {
      it('has figure pages to check for layout shift, and the pages filled from storage are in the sitemap', () => {
        expect(figurePages(pages).length).toBeGreaterThanOrEqual(8);
        for (const path of storagePages) expect(pages).toContain(path);
      });
    }
    if (checks.print) {
      it('there are steps to print in both languages, and every long step listed is one of them', () => {
        const steps = pages.filter(isStepPath);
        expect(steps.length).toBeGreaterThan(60);
        for (const path of Object.keys(LONG_STEPS)) expect(steps).toContain(path);
      });
    }
    if (checks.mainMessage) {
      it('lists every module’s front page in both languages', () => {
        for (const path of fronts) expect(pages).toContain(path);
      });
    }

    // One tab for the pages that need no slow phone, its storage cleared after each visit: a new tab
    // per page cost about 0.25 s more CPU each, even with one renderer process. With the budget checked, its HTTP cache is
    // off too, so every visit is a first visit. A visit that fails closes it, so the next page starts clean.
    let tab: Promise<WatchedPage> | undefined;
    const openTab = async () => {
      const watched = await openPage(browser, { viewport });
      if (checks.budget) await withoutCache(watched.page);
      return watched;
    };

    it.each(pages)('%s', async (path) => {
      const slowPhone = slowPhonePages.includes(path);
      // The slow phone throttles the tab and watches it from its first paint: a tab of its own.
      const watched = slowPhone ? await openPage(browser, { viewport }) : await (tab ??= openTab());
      const { page } = watched;
      watched.problems.length = 0;
      watched.foreign.length = 0;
      let visited = false;
      try {
        const scripts = checks.budget ? recordScriptsAndData(page) : undefined;
        const cdp = slowPhone ? await watched.context.newCDPSession(page) : undefined;
        if (cdp) {
          // A mid-range phone while the page loads: hydration is slow enough for late code to matter.
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          await watchLayoutShift(page);
        }
        // The page as first shown is what is checked; the budget counts everything it loads, so it waits for quiet.
        const response = await gotoReady(page, path, scripts ? 'networkidle' : 'load');
        scripts?.stop();
        const requested = [...(scripts?.urls ?? [])];
        // Loaded and hydrated: the other checks need no slow phone. Shifts are still counted until read below.
        await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });

        expect(response?.status()).toBe(200);
        expect(await doctorEntryProblems(page, viewport)).toEqual([]);
        // Exactly one entry in the banner, named in the page's language (WCAG 3.2.6 consistent help).
        const doctorName = path.startsWith('/zh/') ? '问问您的医生' : 'Ask your doctor';
        expect(await page.getByRole('banner').getByRole('link', { name: doctorName }).count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        expect(realProblems(watched.problems)).toEqual([]);
        expect(watched.foreign).toEqual([]);
        // No sideways scrolling of the whole page (WCAG 1.4.10 reflow).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        // Tables fit too: a table that scrolls inside its box gives no sign that a column is cut off.
        expect(await page.evaluate(() => [...document.querySelectorAll('.table-scroll')].map((el) => el.scrollWidth - el.clientWidth).filter((d) => d > 1))).toEqual([]);
        // A care card says what to do, never whether it has been reviewed (issue 14): review status lives
        // on the About page and in a handout's small print.
        expect(await cardReviewText(page)).toEqual([]);

        if (checks.mainMessage && fronts.includes(path)) {
          // Issue 12, CDC Clear Communication Index item 2: whole inside the first phone screen, before the contents list.
          const box = await page.locator('.main-message').boundingBox();
          expect(box).not.toBeNull();
          expect(box!.y).toBeGreaterThan(0);
          expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
          const contents = await page.locator('ol.contents').boundingBox();
          expect(contents!.y).toBeGreaterThan(box!.y + box!.height);
        }

        if (scripts) {
          const bytes = await pageBytes(path, requested);
          sizes[path] = bytes;
          expectWithinBudget(bytes);
        }

        // The page did not jump while it loaded on a slow phone (cumulative layout shift), nor since:
        // counted from the first paint until after every check above (all of them long after hydration).
        if (slowPhone) expect(await layoutShift(page)).toBeLessThan(0.01);

        if (checks.print && isStepPath(path)) {
          // Issue 15: a step printed for the doctor; the fix for one that grows is shorter text, not smaller print.
          const { pages: printed, allowed } = await printedStep(page, path);
          expect(printed).toBeGreaterThan(0);
          expect(printed).toBeLessThanOrEqual(allowed);
          expect(realProblems(watched.problems)).toEqual([]);
        }

        if (checks.largerText) {
          // Every page still fits a phone in larger text, with "Ask your doctor" in the first screen.
          const toggle = page.getByRole('banner').getByRole('button', { name: path.startsWith('/zh/') ? '放大文字' : 'Larger text' });
          await toggle.click();
          expect(await toggle.getAttribute('aria-pressed')).toBe('true');
          expect(await page.getAttribute('html', 'data-text-size')).toBe('large');
          expect(await doctorEntryProblems(page, viewport)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          expect(realProblems(watched.problems)).toEqual([]);
        }
        visited = true;
      } finally {
        if (slowPhone || !visited) {
          if (!slowPhone) tab = undefined;
          await watched.context.close();
        } else {
          await page.evaluate(() => {
            localStorage.clear();
            sessionStorage.clear();
          });
        }
      }
    });
  });
}
