import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentVersion } from '../../src/content/content-version';
import { encodeHandout } from '../../src/handout/handout-link';
import { axeViolations } from './a11y';
import { baseURL, desktop, gotoReady, launch, openPage, realProblems } from './browser';
import { pdfPages, pdfPageTexts, qrCodesAt, readQr } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const SLE = 'Lupus (SLE) and what the evidence on cell therapies shows';
const RISKS = 'Risks, costs and how to check a clinic or a study';
const NOTE_ZH = '请在下次复诊前读完这两部分，并带上您正在用的所有药物。';
/** 100 characters. */
const NOTE_EN = 'Please read these before your next visit on Friday. Bring all your medicines and your questions too.';
/** 280 characters: the longest note the builder takes. */
const NOTE_ZH_280 = '请在下次复诊前读完这几部分。复诊时请带上您正在用的所有药物和最近的化验单，也可以把想问的问题写下来。如果有发热、水肿或尿里泡沫多，请不要等到复诊，尽快联系我们或去急诊。不要自行停药或换药，谢谢您配合。'.repeat(3).slice(0, 280);

/**
 * An opened handout with a note also loads the warning-sign check for the sender's words
 * (src/handout/note-warnings.ts, about 1.8 KB gzip, issue 9), keeps a copy of itself in this
 * browser for the home page (src/handout/saved-handouts.ts, about 1 KB, issue 15 item 3) and shows
 * the address to type (issue 15 item 2): measured 134.2 KB with the shell's new share, print and
 * place-keeping code; every other page keeps the per-page budget (tests/e2e/budget.ts).
 */
const OPENED_HANDOUT_BUDGET = 135 * 1024;

/** The builder, filled in as a clinician (or anyone) would; returns the made link once its QR code matches it. */
async function build(page: Page, { parts, lang, note, clinic, contact }: { parts: string[]; lang: '中文' | 'English'; note?: string; clinic?: string; contact?: string }) {
  await gotoReady(page, '/en/handout/new/');
  for (const part of parts) await page.getByRole('checkbox', { name: part }).check();
  await page.getByRole('radio', { name: lang }).check();
  if (note) await page.getByRole('textbox', { name: 'Your note (optional)' }).fill(note);
  if (clinic) await page.getByRole('textbox', { name: 'Clinic or department (optional)' }).fill(clinic);
  if (contact) await page.getByRole('textbox', { name: 'How to contact you (optional)' }).fill(contact);
  const link = await page.getByRole('textbox', { name: /Link to the handout/ }).inputValue();
  await page.locator(`.handout-output__qr img[data-link="${link}"]:not(.is-stale)`).waitFor();
  await page.locator('.handout-preview .handout__qr').waitFor({ state: 'attached' });
  return link;
}

describe('clinician handout (issue 6: done when)', () => {
  it('two modules in Chinese with a note, built in an English page: copied link, QR code and A4 print agree', async () => {
    const clinician = await openPage(browser, { locale: 'en-US', viewport: desktop });
    await clinician.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const link = await build(clinician.page, { parts: [SLE, RISKS], lang: '中文', note: NOTE_ZH });
    expect(link).toMatch(new RegExp(`^${baseURL}/zh/handout/\\?v=1&m=sle\\.risks&n=~`));
    expect(await axeViolations(clinician.page)).toEqual([]);

    // Copy link → the clipboard holds the link.
    await clinician.page.getByRole('button', { name: 'Copy link' }).click();
    await clinician.page.getByText('Link copied.').waitFor();
    const copied = await clinician.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(link);

    // The on-screen QR code, from a screenshot, is the same link.
    const qr = clinician.page.getByRole('img', { name: 'QR code for the handout link' });
    expect(readQr(await qr.screenshot())).toBe(link);

    // Printed to A4: the handout in Chinese, with its QR code; two parts fit on at most two pages.
    const pdf = await clinician.page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    expect(realProblems(clinician.problems)).toEqual([]);
    expect(clinician.foreign).toEqual([]);
    await clinician.context.close();

    // The patient opens the copied link in a fresh browser (English by default) and gets the Chinese handout.
    const patient = await openPage(browser, { locale: 'en-US' });
    const response = await gotoReady(patient.page, copied.slice(baseURL.length));
    expect(response?.status()).toBe(200);
    expect(await patient.page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await expect.poll(() => patient.page.getByRole('heading', { level: 1 }).textContent()).toBe('干细胞指南阅读单');
    const from = patient.page.getByRole('group', { name: '发送此链接的人写的留言——本指南未核实' });
    expect(await from.textContent()).toContain(NOTE_ZH);
    const titles = await patient.page.locator('.handout__module h3').allTextContents();
    expect(titles).toEqual(['红斑狼疮（SLE）：细胞治疗的证据说明了什么', '风险、费用，以及如何核实机构和研究']);
    expect(await patient.page.getByRole('link', { name: /^开始阅读：/ }).count()).toBe(2);
    expect(await axeViolations(patient.page)).toEqual([]);

    // Switching language keeps the handout.
    await patient.page.getByRole('link', { name: 'English' }).click();
    await patient.page.waitForURL(copied.replace('/zh/handout/', '/en/handout/'));
    await expect.poll(() => patient.page.getByRole('heading', { level: 1 }).textContent()).toBe('Reading list from the stem-cell guide');
    expect(await patient.page.getByRole('group', { name: /^Note from the person who sent you this link/ }).textContent()).toContain(NOTE_ZH);
    expect(realProblems(patient.problems)).toEqual([]);
    expect(patient.foreign).toEqual([]);
    await patient.context.close();
    // Two browsers, a QR decode, a PDF and two axe runs: on a shared, busy machine this takes well over a minute.
  }, 300_000);

  /*
   * Print = preview (issue 15): the questions print, and the address a person can type sits large
   * beside the QR code. Every page ends with that address and the content version. One part takes
   * two pages: at 12 pt the two care cards and the questions alone fill most of one.
   */
  it.each([
    ['A4', 'English', 1],
    ['A4', '中文', 1],
    ['Letter', 'English', 1],
    ['Letter', '中文', 1],
    ['A4', 'English', 4],
    ['A4', '中文', 4],
    ['Letter', 'English', 4],
    ['Letter', '中文', 4],
  ] as const)('print on %s, %s, %i part(s), with a note (Chinese: the longest, 280 characters): 2 pages, the questions, the address to type, and a QR code a 100 dpi scan reads', async (format, lang, count) => {
    expect([...NOTE_ZH_280].length).toBe(280);
    const { page, context } = await openPage(browser, { viewport: desktop });
    const parts = count === 1 ? [SLE] : ['What stem-cell infusion is', 'MSC and HSC: two different kinds of stem cell', SLE, RISKS];
    const link = await build(page, { parts, lang, note: lang === '中文' ? NOTE_ZH_280 : NOTE_EN });
    const pdf = await page.pdf({ format });
    const pages = pdfPageTexts(pdf);
    expect(pages.length).toBeLessThanOrEqual(2);
    const code = lang === '中文' ? 'zh' : 'en';
    const path = `/${code}/h/${count === 1 ? 's' : 'imsr'}/`;
    expect(path.length).toBeLessThanOrEqual(40);
    const address = new URL(baseURL).host + path;
    // pdftotext lays text out in columns: compare without the spaces it adds.
    const flat = (text: string) => text.replace(/\s+/g, '');
    const footer = flat(`${address} · ${lang === '中文' ? '内容版本' : 'content version'} ${contentVersion}`);
    for (const text of pages) expect(flat(text)).toContain(footer);
    expect(flat(pages[0] ?? '')).toContain(flat(lang === '中文' ? '用手机扫描二维码，或在浏览器里输入这个网址：' : 'Scan the QR code with your phone, or type this address:') + flat(address));
    expect(flat(pages.join(''))).toContain(flat(lang === '中文' ? '可以问医生的问题' : 'Questions to ask your doctor'));
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.handout-preview .handout__questions li');
    expect(await printed.count()).toBe(8);
    for (const question of await printed.all()) expect(await question.isVisible()).toBe(true);
    // A scan of the paper at 100 dpi reads the full link, the note included.
    expect(qrCodesAt(pdf, 100)[0]).toBe(link);
    await context.close();
  });

  it.each([
    ['zh', 'sr', 'sle.risks', ['红斑狼疮（SLE）：细胞治疗的证据说明了什么', '风险、费用，以及如何核实机构和研究']],
    ['en', 'rs', 'risks.sle', [RISKS, SLE]],
  ] as const)('%s: typing the short address …/h/%s opens the parts %s, in that order, with or without JavaScript', async (lang, letters, ids, titles) => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await openPage(browser, { javaScriptEnabled });
      // Typed as printed, or without the last "/".
      await page.goto(`${baseURL}/${lang}/h/${letters}`);
      await page.waitForURL(new RegExp(`/${lang}/handout/\\?v=1&m=${ids.replace('.', '\\.')}&k=`));
      if (javaScriptEnabled) await expect.poll(() => page.locator('.handout__module h3').allTextContents()).toEqual(titles);
      else expect(await page.locator('main a[href*="/modules/"]').count()).toBeGreaterThan(0);
      await context.close();
    }
  });
});

/** What a scammer typed into the public builder (issue 9): a made-up hospital, WeChat, phone numbers, a cure claim, stopping medicines, paying. */
const SCAM = {
  English: {
    clinic: "XX People's Hospital Stem Cell Center",
    contact: 'WeChat xxrm-cell · Tel 138 0013 8000 / 010-6543 2100',
    note: 'APPROVED, cures lupus in one infusion. Stop your medicines 3 days before. Pay the ¥5,000 deposit at pay.xx-cell.com to keep your place.',
    title: 'Reading list from the stem-cell guide',
    label: 'Note from the person who sent you this link — this guide has not checked it',
    warning: 'This guide never asks you to pay or to stop your medicines. Check any number with your hospital’s official website.',
    print: 'Print this handout',
  },
  中文: {
    clinic: 'XX人民医院干细胞中心（国家批准）',
    contact: '加微信 xxrm-cell，电话 138 0013 8000 或 010-6543 2100',
    note: '国家批准，一次回输治愈狼疮。回输前三天请停药。请先付5000元定金到 pay.xx-cell.com 预约名额。',
    title: '干细胞指南阅读单',
    label: '发送此链接的人写的留言——本指南未核实',
    warning: '本指南从不让您付钱或停药。任何号码，请先到医院官网核对。',
    print: '打印这份阅读单',
  },
} as const;

describe('a link anyone can make (issue 9: done when)', () => {
  it.each(['English', '中文'] as const)('%s: a fake hospital’s note opens and prints as the unchecked words of whoever sent the link, after the guide’s own content, with the warning', async (lang) => {
    const scam = SCAM[lang];
    const maker = await openPage(browser, { viewport: desktop });
    const link = await build(maker.page, { parts: [SLE], lang, note: scam.note, clinic: scam.clinic, contact: scam.contact });
    await maker.context.close();

    const { page, context, problems, foreign } = await openPage(browser);
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await gotoReady(page, link.slice(baseURL.length));
    const box = page.getByRole('group', { name: scam.label });
    await box.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(scam.title);
    expect(await page.title()).toMatch(new RegExp(`^${scam.title} – `));
    expect(await page.locator('body').textContent()).not.toMatch(/care team|医护团队/);
    for (const text of [scam.clinic, scam.contact, scam.note]) expect(await box.textContent()).toContain(text);
    expect(await box.getByText(scam.warning).count()).toBe(1);

    // In document order: the guide's title, its first part (heading and key points), then the sender's box.
    const order = await page.evaluate(() => {
      const h1 = document.querySelector('main h1');
      const part = document.querySelector('.handout__module');
      const sender = document.querySelector('.handout__sender');
      const follows = (a: Element | null, b: Element | null) => Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { titleFirst: follows(h1, part), partBeforeNote: follows(part, sender) };
    });
    expect(order).toEqual({ titleFirst: true, partBeforeNote: true });
    // The sender's words are plain weight.
    expect(await box.locator('blockquote').evaluate((q) => getComputedStyle(q).fontWeight)).toBe('400');
    expect(await box.locator('blockquote strong, blockquote b').count()).toBe(0);

    // Nothing from the link is a link: no <a> holds the number, no tel:/mailto:, none leaves the site; no tap-to-call on iOS.
    expect(await page.locator('a', { hasText: /138|6543|xx-cell/ }).count()).toBe(0);
    // (The language link keeps the query, so its own path holds the text, encoded: that is the site's link, not theirs.)
    expect(await page.locator('a[href^="tel:"], a[href^="mailto:"], a[href*="xx-cell"]:not([href^="/"])').count()).toBe(0);
    expect(await page.locator('meta[name="format-detection"]').getAttribute('content')).toBe('telephone=no, email=no, address=no');
    expect(await axeViolations(page)).toEqual([]);

    // Printed: the guide's content version stays away from the sender's words (a part of the guide lies between them).
    await page.getByRole('button', { name: scam.print }).click();
    await page.locator('.handout-sheet .handout__qr').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await box.getByText(scam.warning).isVisible()).toBe(true);
    const boxes = await page.evaluate(() => {
      const rect = (el: Element | null) => (el && getComputedStyle(el).display !== 'none' ? el.getBoundingClientRect().toJSON() : undefined);
      return {
        stamps: [...document.querySelectorAll('.handout__stamp, .handout__version')].map(rect).filter(Boolean) as DOMRect[],
        part: rect(document.querySelector('.handout__module')) as DOMRect,
        care: rect(document.querySelector('.handout__care')) as DOMRect,
        sender: rect(document.querySelector('.handout__sender')) as DOMRect,
      };
    });
    expect(boxes.stamps.length).toBeGreaterThan(0);
    expect(boxes.sender.top).toBeGreaterThanOrEqual(boxes.part.bottom);
    expect(boxes.sender.bottom).toBeLessThanOrEqual(boxes.care.top);
    for (const stamp of boxes.stamps) expect(stamp.bottom <= boxes.part.top || stamp.top >= boxes.care.bottom, JSON.stringify(stamp)).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Every field near its longest, plus the warning: may run onto a second page.
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    expect(realProblems(problems)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('the handout page', () => {
  const query = encodeHandout({ modules: ['sle'], note: 'Read this first.', clinic: '', contact: '' });

  it('is not blank without JavaScript: it says what it is and links to every part', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    const response = await page.goto(`${baseURL}/en/handout/?${query}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Reading list from the stem-cell guide');
    expect(await page.getByText(/This page shows the parts of the guide named in your link/).count()).toBe(1);
    expect(await page.locator('meta[name="format-detection"]').getAttribute('content')).toBe('telephone=no, email=no, address=no');
    expect(await page.locator('main a[href^="/en/modules/"]').count()).toBe(4);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await context.close();
  });

  it.each([
    ['en', 'Print this handout'],
    ['zh', '打印这份阅读单'],
  ])('%s: the patient can print it, with a QR code of this very page and its link, on at most two A4 pages (the part and the two care cards)', async (lang, button) => {
    const { page, context, problems } = await openPage(browser);
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await gotoReady(page, `/${lang}/handout/?${query}`);
    // The QR encoder loads only for printing (a phone's page is the link itself); the address to type is there from the start.
    const qr = page.locator('.handout-sheet .handout__qr');
    expect(await qr.count()).toBe(0);
    expect(await page.locator('.handout__short').textContent()).toBe(`${new URL(baseURL).host}/${lang}/h/s/`);
    await page.getByRole('button', { name: button }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // What prints is what the page shows: the QR code is on screen too.
    expect(await qr.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: button }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    expect(qrCodesAt(pdf, 100)[0]).toBe(page.url());
    // Both cards are on paper, and the small print says what awaits clinical review.
    expect(await page.locator('.handout-sheet .care-card').count()).toBe(2);
    expect(await page.locator('.handout-sheet .review-small-print').isVisible()).toBe(true);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('a cut-off link opens a translated "damaged" page that shows what could be read', async () => {
    const { page, context, problems } = await openPage(browser);
    await gotoReady(page, `/zh/handout/?${query.slice(0, query.indexOf('&k='))}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('这个链接已损坏或不完整');
    expect(await page.getByText('Read this first.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('the builder loads no QR encoder until a part is chosen, and both pages stay within the JavaScript budget', async () => {
    const { page, context } = await openPage(browser);
    const scripts = new Map<string, Promise<Buffer>>();
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.set(r.url(), r.body());
    });
    const budget = async () => {
      const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join(''));
      let total = gzipSync(inline, { level: 9 }).length;
      for (const body of await Promise.all(scripts.values())) total += gzipSync(body, { level: 9 }).length;
      return total;
    };
    await gotoReady(page, '/en/handout/new/');
    const initial = [...scripts.keys()];
    expect(await budget()).toBeLessThanOrEqual(130 * 1024);
    await page.getByRole('checkbox', { name: SLE }).check();
    await page.getByRole('figure').getByRole('img', { name: 'QR code for the handout link' }).waitFor();
    expect([...scripts.keys()].filter((s) => !initial.includes(s)).length).toBeGreaterThan(0);

    scripts.clear();
    await gotoReady(page, `/zh/handout/?${query}`);
    await page.getByRole('group', { name: /^发送此链接的人写的留言/ }).waitFor();
    expect(await budget()).toBeLessThanOrEqual(OPENED_HANDOUT_BUDGET);
    await context.close();
  });
});
