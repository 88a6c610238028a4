import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { baseURL, gotoReady, launch, openPage, realProblems } from './browser';
import { pdfPages } from './pdf';

/** Printed sheets, for a person to look at. */
const PDF_DIR = join(tmpdir(), 'claim-checker-pdf');

const words = {
  en: { box: 'The ad’s text, in Chinese or English', check: 'Check the ad', list: 'Your list for the doctor', none: 'We did not find any of the claims we know in this text.' },
  zh: { box: '宣传的文字（中文或英文均可）', check: '核对这段宣传', list: '带给医生看的清单', none: '在这段文字里，没有找到我们掌握的说法。' },
} as const;

const ads = {
  en: 'NEW! Stem-cell infusion for lupus\nOur cord stem cells are immune privileged: no rejection, 100% safe.\nA multicenter study of 40 patients with lupus nephritis: 92.5% survival at 12 months!\nSteroids only mask the symptoms. Read our patient testimonials.',
  zh: '【干细胞回输】脐带間充質幹細胞無排斥反應，安全无副作用！\n40例多中心临床研究：12个月生存率高达９２．５％。\n激素只能控制症状，治标不治本。更多患者真实见证。',
};

/** The six claims with the most words: if they fit on one A4 page, any six do. */
const LONGEST_SIX = 'no-complications,cells-transform,pay-study,high-success,only-masks-symptoms,approved-routine';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(PDF_DIR, { recursive: true });
});
afterAll(async () => browser?.close());

async function paste(page: Page, lang: 'en' | 'zh', text: string) {
  const box = page.getByRole('textbox', { name: words[lang].box });
  await box.fill(text);
  await page.getByRole('button', { name: words[lang].check }).click();
  await page.locator('#ad-result-heading').waitFor();
}


describe('check a clinic’s ad', () => {
  it.each(['en', 'zh'] as const)('%s: a pasted ad gets its phrases marked and its claims explained; only claim ids reach the address; axe clean', async (lang) => {
    const { page, context, problems, foreign } = await openPage(browser);
    await gotoReady(page, `/${lang}/claim-checker/`);
    expect(await axeViolations(page)).toEqual([]);
    await paste(page, lang, ads[lang]);
    const marks = await page.locator('.ad-marked mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(6);
    const list = page.getByRole('region', { name: words[lang].list });
    expect(await list.locator('.claim-card').count()).toBeGreaterThanOrEqual(6);
    expect(await list.locator('.claim-card').first().locator('.claim-label').textContent()).toMatch(lang === 'en' ? /^! Claim \((not true|misleading)\):/ : /^! 宣传说法（(不对|有误导)）：/);
    // Each mark points at its claim in the list.
    const ref = page.locator('.ad-mark__ref').first();
    expect(await page.locator(await ref.getAttribute('href') ?? '#none').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // The address holds claim ids only; nothing of the ad is stored anywhere.
    await page.waitForFunction(() => location.search.startsWith('?v=1&c='));
    const url = new URL(page.url());
    expect([...url.searchParams.keys()]).toEqual(['v', 'c']);
    expect(url.searchParams.get('c')).toMatch(/^[a-z0-9-]+(,[a-z0-9-]+)*$/);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toMatch(/privileged|testimonials|排斥|见证/);
    expect(realProblems(problems)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('HTML, script, emoji, control and zero-width characters in a paste are shown as text and never run', async () => {
    const { page, context, problems } = await openPage(browser);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await gotoReady(page, '/en/claim-checker/');
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"><b>bold</b> 🔥 no\u200B side\u0007 effects \u202Eevil\u202C 绝\u200D对安全';
    await paste(page, 'en', hostile);
    const shown = page.locator('.ad-marked');
    expect(await shown.textContent()).toContain('<script>alert(1)</script><img src=x onerror="alert(2)"><b>bold</b>');
    expect(await shown.locator('script, img, b').count()).toBe(0);
    expect(await page.locator('.ad-marked mark').allTextContents()).toEqual(['no\u200B side\u0007 effects', '绝\u200D对安全']);
    expect(dialogs).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('an empty paste asks for text; a paste with no known claim says that does not make the ad honest; axe clean', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/zh/claim-checker/');
    await page.getByRole('button', { name: words.zh.check }).click();
    expect(await page.getByText('请先把宣传的文字粘贴到框里。').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await paste(page, 'zh', '本店周一至周五营业，欢迎来电。');
    expect(await page.getByText(words.zh.none).isVisible()).toBe(true);
    expect(await page.getByText(/没找到，不代表这段宣传就可信/).isVisible()).toBe(true);
    expect(await page.locator('.ad-marked').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a paste over 10,000 characters: checks the first 10,000 and says so', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/en/claim-checker/');
    const long = `${'Our clinic is open every day. '.repeat(400)}It is completely safe.`;
    await paste(page, 'en', long);
    expect(await page.getByText(`This text has ${long.length} characters. Only the first 10,000 were checked.`).isVisible()).toBe(true);
    expect(await page.getByText(words.en.none).isVisible()).toBe(true);
    await context.close();
  });

  it('a damaged link shows what it could read, never the unknown parts; axe clean', async () => {
    const { page, context, problems } = await openPage(browser);
    await gotoReady(page, `/en/claim-checker/?v=1&c=no-rejection,%3Cimg%20src%3Dx%3E,%ZZ,made-up-claim`);
    const list = page.getByRole('region', { name: words.en.list });
    await list.waitFor();
    expect(await list.locator('.claim-card').count()).toBe(1);
    expect(await list.getByText('Some claims in the link are not known to this guide. They were left out.').isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).not.toMatch(/made-up-claim|<img/);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing readable at all: a plain notice.
    await gotoReady(page, '/en/claim-checker/?v=1&c=%%%');
    expect(await page.getByText(/No claims could be read from this link/).isVisible()).toBe(true);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('the list’s link opens the same list in a fresh browser', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/en/claim-checker/');
    await paste(page, 'en', ads.en);
    const link = await page.getByRole('textbox', { name: 'Link to this list' }).inputValue();
    expect(link).toMatch(new RegExp(`^${baseURL}/en/claim-checker/\\?v=1&c=[a-z0-9,-]+$`));
    const before = await page.locator('.claim-card .claim-label__text').allTextContents();
    await context.close();

    const fresh = await openPage(browser);
    await gotoReady(fresh.page, link.replace(baseURL, ''));
    await fresh.page.locator('.claim-card').first().waitFor();
    expect(await fresh.page.locator('.claim-card .claim-label__text').allTextContents()).toEqual(before);
    expect(await fresh.page.getByText(/This list came from a link/).isVisible()).toBe(true);
    expect(await fresh.page.locator('#ad-text').inputValue()).toBe('');
    await fresh.context.close();
  });

  it.each(['en', 'zh'] as const)('%s: six claims print on one A4 page; axe clean when printing', async (lang) => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, `/${lang}/claim-checker/?v=1&c=${LONGEST_SIX}`);
    await page.locator('.claim-card').nth(5).waitFor();
    // The explanations and their sources arrive after the list (they load when a claim is explained).
    await expect.poll(() => page.locator('.claim__loading').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.claims__all').isVisible()).toBe(false);
    await page.locator('.claim-list__refs').waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(PDF_DIR, `claims-6-${lang}.pdf`), pdf);
    expect(pdfPages(pdf)).toBe(1);
    await context.close();
  });

  it('a link to one claim (#claim-<id>) opens that claim’s explanation, with or without scripts', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await openPage(browser, { javaScriptEnabled });
      await page.goto(`${baseURL}/en/claim-checker/#claim-no-rejection`, { waitUntil: 'load' });
      // With scripts the page renders it once hydrated and its words are loaded; without, CSS opens the build-time copy.
      const why = page.locator('#claim-no-rejection .claim__why').filter({ hasText: 'Stem cells from a donor (MSCs) do not hide from the immune system' });
      await why.waitFor({ state: 'visible' });
      expect(await why.isVisible(), `scripts: ${javaScriptEnabled}`).toBe(true);
      expect(await page.locator('#claim-one-shot .claim__why').isVisible()).toBe(false);
      await context.close();
    }
  });

  it('is easy to find: the home page entry, every page’s footer, the ask-your-doctor page', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/en/');
    await page.getByRole('link', { name: 'Got an ad from a clinic? Check it' }).click();
    await page.waitForURL(`${baseURL}/en/claim-checker/`);
    await gotoReady(page, '/zh/');
    expect(await page.getByRole('link', { name: '收到了诊所的宣传？来核对一下' }).getAttribute('href')).toBe('/zh/claim-checker/');
    for (const path of ['/en/modules/risks/', '/zh/glossary/', '/en/for-family/']) {
      await gotoReady(page, path);
      expect(await page.getByRole('contentinfo').locator('a[href$="/claim-checker/"]').count(), path).toBe(1);
    }
    await gotoReady(page, '/en/ask-your-doctor/');
    expect(await page.locator('main a[href="/en/claim-checker/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('for the family', () => {
  it.each(['en', 'zh'] as const)('%s: a preview for chat apps (title, description, Open Graph) in the HTML as served', async (lang) => {
    const html = await (await fetch(`${baseURL}/${lang}/for-family/`)).text();
    for (const property of ['og:title', 'og:description', 'og:type', 'og:url', 'og:locale']) expect(html, property).toMatch(new RegExp(`<meta property="${property}" content="[^"]+"`));
    expect(html).toContain(`<meta property="og:locale" content="${lang === 'en' ? 'en_GB' : 'zh_CN'}"`);
    expect(html).toContain(`<meta property="og:url" content="`);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
  });

  it('the share button copies the link (no share sheet here) and says so, by keyboard; axe clean', async () => {
    const { page, context, problems } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await gotoReady(page, '/en/for-family/');
    expect(await axeViolations(page)).toEqual([]);
    // As on desktop Linux, and in browsers without a share sheet.
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    const button = page.getByRole('button', { name: 'Send this page to your family' });
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await status.getByText('Link copied. Paste it into a chat or a message.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/for-family/`);
    expect(await axeViolations(page)).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('uses the system share sheet where there is one', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/zh/for-family/');
    await page.evaluate(() => {
      const w = window as unknown as { shared?: unknown };
      Object.defineProperty(navigator, 'share', { value: (data: unknown) => ((w.shared = data), Promise.resolve()), configurable: true });
    });
    await page.getByRole('button', { name: '把这一页发给家人' }).click();
    await page.waitForFunction(() => (window as unknown as { shared?: unknown }).shared);
    expect(await page.evaluate(() => (window as unknown as { shared: { url: string } }).shared.url)).toBe(`${baseURL}/zh/for-family/`);
    await context.close();
  });
});
