import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { baseURL, gotoReady, launch, openPage, realProblems } from './browser';
import { readQr } from './pdf';

/**
 * Issue 15, items 5–7: a reading page printed for the doctor (one A4 page, no menus or buttons, its
 * address and a QR code of it), a share button, dark mode and reduced motion.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** The page's canonical address, as its HTML states it (SITE_URL at build time + path). */
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

/** On paper: the address printed as text, and what its QR code says once it has loaded. */
async function printedAddress(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const qr = page.locator('.page-print__qr');
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.page-print__qr');
    return img?.complete && img.naturalWidth > 0 && new URL(img.src).pathname === `/qr${location.pathname.replace(/\/$/, '')}.svg`;
  });
  const text = await page.locator('.page-print__url').textContent();
  // A screenshot taken while the page still settles (fonts, a route change) can catch a frame without
  // the new code (seen once in CI), so it is read again until it says the printed address, or times out.
  let decoded: string | undefined;
  await expect.poll(async () => (decoded = readQr(await qr.screenshot()))).toBe(text);
  return { text, decoded, qrVisible: await qr.isVisible() };
}

describe('a reading page on paper', () => {
  it.each(['/en/modules/sle/what-is-lupus/', '/zh/modules/risks/costs/', '/en/glossary/', '/zh/ask-your-doctor/', '/en/for-family/'])(
    '%s: its address and a QR code of it at the foot, no header, pager, share button or footer links',
    async (path) => {
      const { page, context } = await openPage(browser);
      await gotoReady(page, path);
      const url = await canonical(page);
      expect(url).toMatch(/^https?:\/\/[^/]+\/(en|zh)\/.+\/$/);
      const { text, decoded, qrVisible } = await printedAddress(page);
      expect(text).toBe(url);
      expect(qrVisible).toBe(true);
      expect(decoded).toBe(url);
      expect(await page.locator('.site-footer__version').textContent()).toMatch(/Content version \d|内容版本 \d/);
      expect(await page.locator('.site-footer__version').isVisible()).toBe(true);
      for (const hidden of ['.site-header', '.skip-link', '.pager', '.share-page', 'main button', '.site-footer__links']) {
        for (const element of await page.locator(hidden).all()) expect(await element.isVisible(), hidden).toBe(false);
      }
      // On screen, none of it shows.
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.page-print__qr').isVisible()).toBe(false);
      expect(await page.locator('.page-print').isVisible()).toBe(false);
      await context.close();
    },
  );

  it('the browser’s own Print has the QR code without any script, and a page reached by a link prints its own address', async () => {
    const noScript = await openPage(browser, { javaScriptEnabled: false });
    await noScript.page.goto(`${baseURL}/zh/modules/infusion/how-to-check/`);
    const printed = await printedAddress(noScript.page);
    expect(printed.decoded).toBe(await canonical(noScript.page));
    expect(printed.text).toBe(printed.decoded);
    // No script, no share button (it could do nothing).
    expect(await noScript.page.getByRole('button', { name: '分享这一页' }).count()).toBe(0);
    await noScript.context.close();

    const { page, context } = await openPage(browser);
    await gotoReady(page, '/en/modules/sle/what-is-lupus/');
    await page.getByRole('link', { name: /Next/ }).click();
    await page.waitForURL((u) => !u.pathname.endsWith('/what-is-lupus/'));
    const next = new URL(page.url()).pathname;
    const { text, decoded } = await printedAddress(page);
    expect(text?.endsWith(next)).toBe(true);
    expect(decoded).toBe(text);
    await context.close();
  });
});

describe('share this page', () => {
  it('copies the address where there is no share sheet, says so in a live region, by keyboard; 44 px target; axe clean', async () => {
    const { page, context, problems } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await gotoReady(page, '/en/modules/risks/costs/');
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    const button = page.getByRole('button', { name: 'Share this page' });
    expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Link copied. Paste it into a chat or a message.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/modules/risks/costs/`);
    expect(await axeViolations(page)).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('uses the system share sheet where there is one, with the page’s title and address (Chinese)', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/zh/modules/sle/');
    await page.evaluate(() => {
      const w = window as unknown as { shared?: unknown };
      Object.defineProperty(navigator, 'share', { value: (data: unknown) => ((w.shared = data), Promise.resolve()), configurable: true });
    });
    await page.getByRole('button', { name: '分享这一页' }).click();
    await page.waitForFunction(() => (window as unknown as { shared?: unknown }).shared);
    const shared = await page.evaluate(() => (window as unknown as { shared: { url: string; title: string } }).shared);
    expect(shared.url).toBe(`${baseURL}/zh/modules/sle/`);
    expect(shared.title).toBe(await page.title());
    await context.close();
  });

  it('without clipboard access shows the link selected and says how to copy it', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/en/about/');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await page.getByRole('button', { name: 'Share this page' }).click();
    const field = page.getByRole('textbox', { name: 'Link to this page' });
    await field.waitFor();
    expect(await field.inputValue()).toBe(`${baseURL}/en/about/`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('share-page-link');
    expect(await page.getByRole('status').filter({ hasText: 'This browser did not let the page copy.' }).count()).toBe(1);
    await context.close();
  });
});

describe('dark mode', () => {
  const pages = ['/', '/modules/sle/hsct/', '/modules/sle/quiz/', '/ask-your-doctor/', '/claim-checker/', '/handout/new/'].flatMap((p) => [`/en${p}`, `/zh${p}`]);

  it.each(pages)('%s follows a dark device setting and is axe clean (WCAG 2.2 AA)', async (path) => {
    const { page, context, problems } = await openPage(browser, { colorScheme: 'dark' });
    await gotoReady(page, path);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 18, 18)');
    expect(await axeViolations(page)).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('a quiz answered, the claim checker with a claim ticked and the handout builder with its link stay axe clean in the dark', async () => {
    const { page, context } = await openPage(browser, { colorScheme: 'dark' });
    await gotoReady(page, '/en/modules/sle/quiz/');
    await page.locator('main input[type="radio"], main input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: 'Check answer' }).first().click();
    await page.locator('.feedback--right, .feedback--wrong').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await gotoReady(page, '/zh/claim-checker/');
    await page.getByRole('checkbox').first().check();
    expect(await axeViolations(page)).toEqual([]);
    await gotoReady(page, '/en/handout/new/');
    await page.getByRole('checkbox').first().check();
    await page.locator('.handout-output__qr img').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('prints dark on white even on a dark device', async () => {
    const { page, context } = await openPage(browser, { colorScheme: 'dark' });
    await gotoReady(page, '/en/modules/sle/hsct/');
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.querySelector('main h1')!).color,
    }));
    expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
    await context.close();
  });
});

describe('reduced motion', () => {
  it('buttons change colour with a short transition, and not at all when the device asks for reduced motion', async () => {
    const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, context } = await openPage(browser, { reducedMotion });
      await gotoReady(page, '/en/modules/risks/costs/');
      const style = await page.getByRole('button', { name: 'Share this page' }).evaluate((b) => ({
        transition: getComputedStyle(b).transitionDuration,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        running: document.getAnimations().length,
      }));
      await context.close();
      return style;
    };
    expect((await duration('no-preference')).transition).not.toMatch(/^0s(, 0s)*$/);
    expect(await duration('reduce')).toEqual({ transition: '0s', scroll: 'auto', running: 0 });
  });
});
