import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import handoutEn from '../../locales/en/handout.json';
import listEn from '../../locales/en/question-list.json';
import savedEn from '../../locales/en/saved-handouts.json';
import { encodeHandout, type Handout } from '../../src/handout/handout-link';
import { SAVED_HANDOUTS_KEY } from '../../src/storage/saved-handouts-key';
import { STORAGE_KEY as PROGRESS_KEY } from '../../src/progress/progress-store';
import { QUESTION_LIST_KEY } from '../../src/safety/question-store-key';
import { TEXT_SIZE_KEY } from '../../src/settings/text-size';
import { axeViolations } from './a11y';
import { gotoReady, launch, openPage, realProblems } from './browser';
import { layoutShift, watchLayoutShift } from './layout-shift';

// Issue 15 item 3, "kept on the device": a handout opened from a link comes back on the home page
// (as the sender's words, never the guide's), the question list comes back through the guide's own
// links, and broken or blocked storage never breaks a page.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

type Lang = 'en' | 'zh';
const json = (lang: Lang, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));
const saved = (lang: Lang) => json(lang, 'saved-handouts') as typeof savedEn;
const view = (lang: Lang) => json(lang, 'handout').view as typeof handoutEn.view;
const list = (lang: Lang) => json(lang, 'question-list') as typeof listEn;
const keyQuestion = (lang: Lang, id: string) => json(lang, 'key-questions')[id] as string;
const progressNotice = (lang: Lang, kind: string) => json(lang, 'progress').notice[kind] as string;

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const statusCount = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).count();
const handoutUrl = (lang: Lang, h: Handout) => `/${lang}/handout/?${encodeHandout(h)}`;

/** Puts values into localStorage before the site's first script, once per tab (not again on reload). */
async function seed(page: Page, values: Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('test-seeded')) return;
    sessionStorage.setItem('test-seeded', '1');
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, Object.entries(values));
}

async function reload(page: Page) {
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** A client-side navigation through one of the guide's own links, until the new page's heading is there. */
async function follow(page: Page, link: ReturnType<Page['locator']>, path: string) {
  await link.click();
  await page.waitForURL((url) => url.pathname + url.search === path);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const zhHandout: Handout = { modules: ['sle', 'risks'], note: '复诊前请读完这两部分。有问题请打电话。', clinic: '风湿免疫科', contact: '护士站 010-6915 5555' };
const enHandout: Handout = { modules: ['infusion'], note: 'Bring your medicine list.', clinic: 'Rheumatology clinic', contact: 'Nurse line: 010-1234 5678' };

describe('a handout opened from a link is kept and shown on the home page', () => {
  it('zh: the box shows the parts and the note and phone as the sender’s words; kept once; reload; delete', async () => {
    const lang = 'zh';
    const { page, context, problems, foreign } = await openPage(browser, { locale: 'zh-CN' });
    try {
      await gotoReady(page, handoutUrl(lang, zhHandout));
      // Kept, and the handout page says so, with a way home (one of the guide's own links).
      const home = page.getByRole('link', { name: view(lang).keptHomeLink });
      await home.waitFor();
      await follow(page, home, '/zh/');

      const box = page.getByRole('region', { name: saved(lang).heading });
      await box.waitFor();
      // Parts to read, as links into the guide.
      expect(await box.getByRole('link', { name: '红斑狼疮（SLE）：细胞治疗的证据说明了什么' }).getAttribute('href')).toBe('/zh/modules/sle/');
      expect(await box.getByRole('link', { name: /^风险、费用/ }).getAttribute('href')).toBe('/zh/modules/risks/');
      // The note, clinic and phone number only inside the box that says whose words they are, with the guide's warning line.
      const sender = box.getByRole('group', { name: view(lang).senderHeading });
      for (const text of [zhHandout.note, zhHandout.clinic, zhHandout.contact]) {
        expect(await sender.getByText(text, { exact: true }).count()).toBe(1);
        expect(await page.getByText(text, { exact: true }).count()).toBe(1);
      }
      expect(await sender.getByText(view(lang).senderWarning).count()).toBe(1);
      expect(await sender.locator('blockquote').textContent()).toContain(zhHandout.contact);
      expect(await axeViolations(page)).toEqual([]);

      // Still there after a reload.
      await reload(page);
      await box.waitFor();
      expect(await box.getByRole('button', { name: saved(lang).delete }).count()).toBe(1);

      // The same link opened again is kept once; the box's own link opens the full handout again.
      await follow(page, box.getByRole('link', { name: saved(lang).open }), handoutUrl(lang, zhHandout));
      await page.getByRole('link', { name: view(lang).keptHomeLink }).waitFor();
      await gotoReady(page, handoutUrl(lang, zhHandout));
      await page.getByRole('link', { name: view(lang).keptHomeLink }).waitFor();
      await gotoReady(page, '/zh/');
      await box.waitFor();
      expect(await box.getByRole('article').count()).toBe(1);
      expect(JSON.parse((await stored(page, SAVED_HANDOUTS_KEY))!).handouts).toHaveLength(1);

      // Delete: gone from the page and the browser, said in a status message, focus on the box's heading.
      await box.getByRole('button', { name: saved(lang).delete }).click();
      await box.getByRole('status').filter({ hasText: saved(lang).deleted }).waitFor();
      expect(await box.getByRole('article').count()).toBe(0);
      // Focus moves on the next frame (saved-handouts-box.tsx), which a busy machine may draw after the status.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(saved(lang).heading);
      expect(await stored(page, SAVED_HANDOUTS_KEY)).toBeNull();
      await reload(page);
      expect(await page.getByRole('region', { name: saved(lang).heading }).count()).toBe(0);
      expect(await page.getByText(zhHandout.contact).count()).toBe(0);
      expect(realProblems(problems)).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('en: a Chinese handout shows on the English home page too, with its own language on the open link; axe passes', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await gotoReady(page, handoutUrl('en', enHandout));
      await page.getByRole('link', { name: view('en').keptHomeLink }).waitFor();
      await gotoReady(page, handoutUrl('zh', zhHandout));
      await page.getByRole('link', { name: view('zh').keptHomeLink }).waitFor();
      await gotoReady(page, '/en/');
      const box = page.getByRole('region', { name: saved('en').heading });
      await box.waitFor();
      // Newest first; each handout's sender words in their own box.
      const items = box.getByRole('article');
      expect(await items.count()).toBe(2);
      expect(await items.nth(0).getByRole('group', { name: view('en').senderHeading }).textContent()).toContain(zhHandout.contact);
      expect(await items.nth(1).getByRole('group', { name: view('en').senderHeading }).textContent()).toContain(enHandout.note);
      const openZh = items.nth(0).getByRole('link', { name: saved('en').openIn.replace('{{language}}', '中文') });
      expect(await openZh.getAttribute('href')).toBe(handoutUrl('zh', zhHandout));
      expect(await items.nth(1).getByRole('link', { name: saved('en').open, exact: true }).getAttribute('href')).toBe(handoutUrl('en', enHandout));
      expect(await axeViolations(page)).toEqual([]);
      expect(realProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['en', 'zh'] as const)('%s: the home page does not jump when the box arrives (slow phone)', async (lang) => {
    const { page, context } = await openPage(browser);
    try {
      const kept = { version: 1, handouts: [{ ...zhHandout, lang: 'zh', savedAt: Date.now() }] };
      await seed(page, { [SAVED_HANDOUTS_KEY]: JSON.stringify(kept) });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await watchLayoutShift(page);
      await gotoReady(page, `/${lang}/`);
      await page.getByRole('region', { name: saved(lang).heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await layoutShift(page)).toBeLessThan(0.01);
    } finally {
      await context.close();
    }
  });

  it('a damaged link is not kept', async () => {
    const { page, context } = await openPage(browser);
    try {
      const url = handoutUrl('en', enHandout);
      await gotoReady(page, url.slice(0, url.indexOf('&k=')));
      await page.getByRole('heading', { level: 1, name: 'This link is damaged or incomplete' }).waitFor();
      expect(await stored(page, SAVED_HANDOUTS_KEY)).toBeNull();
      await gotoReady(page, '/en/');
      expect(await page.getByRole('region', { name: saved('en').heading }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('the question list is kept between visits', () => {
  it.each(['en', 'zh'] as const)('%s: tick + own question → away and back through the guide’s links → reload → Clear my list', async (lang) => {
    const own = lang === 'en' ? 'Can I keep taking my lupus medicines?' : '我还能继续吃狼疮药吗？';
    const { page, context, problems, foreign } = await openPage(browser);
    try {
      await gotoReady(page, `/${lang}/questions/`);
      const tick = page.getByRole('checkbox', { name: keyQuestion(lang, 'risks') });
      const box = page.getByRole('textbox', { name: list(lang).ownLabel.replace('{{number}}', '1') });
      await tick.check();
      await box.fill(own);
      await expect.poll(() => stored(page, QUESTION_LIST_KEY)).toBe(JSON.stringify({ version: 1, ticked: ['risks'], own: [own] }));

      // Away and back through the guide's own links: no list in the address, the list is there.
      await follow(page, page.getByRole('link', { name: json(lang, 'common').nav.askDoctor }).first(), `/${lang}/ask-your-doctor/`);
      await follow(page, page.locator(`main a[href="/${lang}/questions/"]`).first(), `/${lang}/questions/`);
      await expect.poll(() => tick.isChecked()).toBe(true);
      await expect.poll(() => box.inputValue()).toBe(own);
      // A fresh load of the bare address too.
      await gotoReady(page, `/${lang}/questions/`);
      await expect.poll(() => tick.isChecked()).toBe(true);
      await expect.poll(() => box.inputValue()).toBe(own);
      expect(await page.getByText(list(lang).keptHint).count()).toBe(1);

      // It asks first: Cancel keeps the list and gives focus back to the button.
      const clear = page.getByRole('button', { name: list(lang).clear });
      await clear.click();
      await page.getByRole('group', { name: list(lang).confirmClear }).getByRole('button', { name: list(lang).cancel }).click();
      await expect.poll(() => clear.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await tick.isChecked()).toBe(true);
      await clear.click();
      await page.getByRole('button', { name: list(lang).confirmClearYes }).click();
      await page.getByRole('status').filter({ hasText: list(lang).cleared }).waitFor();
      expect(await tick.isChecked()).toBe(false);
      expect(await box.inputValue()).toBe('');
      await expect.poll(() => stored(page, QUESTION_LIST_KEY)).toBeNull();
      await expect.poll(() => new URL(page.url()).search).toBe('');
      await reload(page);
      // Give the page time to read what is kept: the share field appears once it has.
      await page.getByRole('textbox', { name: list(lang).shareLabel }).waitFor();
      expect(await tick.isChecked()).toBe(false);
      expect(await box.inputValue()).toBe('');
      expect(realProblems(problems)).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a list opened from a link is shown as the link says, and kept from then on', async () => {
    const { page, context } = await openPage(browser);
    try {
      await seed(page, { [QUESTION_LIST_KEY]: JSON.stringify({ version: 1, ticked: ['cost'], own: ['Old question?'] }) });
      await gotoReady(page, '/en/questions/?v=1&q=approved&o=From+the+nurse%3F');
      const own = page.getByRole('textbox', { name: list('en').ownLabel.replace('{{number}}', '1') });
      await expect.poll(() => own.inputValue()).toBe('From the nurse?');
      expect(await page.getByRole('checkbox', { name: keyQuestion('en', 'cost') }).isChecked()).toBe(false);
      await expect.poll(() => stored(page, QUESTION_LIST_KEY)).toBe(JSON.stringify({ version: 1, ticked: ['approved'], own: ['From the nurse?'] }));
      await gotoReady(page, '/en/questions/');
      await expect.poll(() => own.inputValue()).toBe('From the nurse?');
      expect(await page.getByRole('checkbox', { name: keyQuestion('en', 'approved') }).isChecked()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('broken or blocked storage never breaks a page', () => {
  it('hostile stored data: dropped with one notice per feature, other keys untouched, pages work', async () => {
    const others = { [PROGRESS_KEY]: JSON.stringify({ version: 1, modules: { sle: { stepsRead: ['what-is-lupus'] } } }), [TEXT_SIZE_KEY]: 'large' };
    const { page, context, problems } = await openPage(browser);
    try {
      await seed(page, {
        ...others,
        [SAVED_HANDOUTS_KEY]: JSON.stringify({ version: 1, handouts: [{ modules: ['<img src=x onerror=alert(1)>'], note: '\u202Epay now', clinic: '', contact: '', lang: 'en', savedAt: 1 }] }),
        [QUESTION_LIST_KEY]: JSON.stringify({ version: 7, ticked: ['risks'], own: ['x'] }),
      });
      await gotoReady(page, '/en/');
      await page.getByRole('status').filter({ hasText: saved('en').dropped }).waitFor();
      expect(await statusCount(page, saved('en').dropped)).toBe(1);
      expect(await page.getByRole('region', { name: saved('en').heading }).count()).toBe(0);
      expect(await page.getByText('pay now').count()).toBe(0);
      expect(await stored(page, SAVED_HANDOUTS_KEY)).toBeNull();

      await gotoReady(page, '/en/questions/');
      await page.getByRole('status').filter({ hasText: list('en').dropped }).waitFor();
      expect(await statusCount(page, list('en').dropped)).toBe(1);
      expect(await page.getByRole('checkbox', { name: keyQuestion('en', 'risks') }).isChecked()).toBe(false);
      expect(await stored(page, QUESTION_LIST_KEY)).toBeNull();
      // Told once: not again after a reload; the other keys as they were.
      await reload(page);
      await page.getByRole('textbox', { name: list('en').shareLabel }).waitFor();
      expect(await statusCount(page, list('en').dropped)).toBe(0);
      for (const [k, v] of Object.entries(others)) expect(await stored(page, k)).toBe(v);
      expect(realProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('zh, localStorage blocked (touching it throws): the handout and the list work, one notice says nothing is kept', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'zh-CN' });
    try {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      });
      await gotoReady(page, handoutUrl('zh', zhHandout));
      const sender = page.getByRole('group', { name: view('zh').senderHeading });
      await sender.waitFor();
      expect(await sender.textContent()).toContain(zhHandout.note);
      const notice = progressNotice('zh', 'unavailable');
      await page.getByRole('status').filter({ hasText: notice }).waitFor();
      expect(await page.locator('.notice').count()).toBe(1);
      expect(await page.getByText(view('zh').kept).count()).toBe(0);

      await gotoReady(page, '/zh/questions/');
      const tick = page.getByRole('checkbox', { name: keyQuestion('zh', 'risks') });
      await page.getByRole('textbox', { name: list('zh').shareLabel }).waitFor();
      await tick.check();
      await expect.poll(() => page.getByRole('textbox', { name: list('zh').shareLabel }).inputValue()).toContain('q=risks');
      expect(await statusCount(page, list('zh').unsaved)).toBe(0);
      await gotoReady(page, '/zh/');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(realProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('en, storage full (every write throws): the handout and the list work, each says once that it could not be kept', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await page.addInitScript(() => {
        // localStorage only: the router and the notices use sessionStorage as usual.
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
          if (this === window.localStorage) throw new DOMException('full', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };
      });
      await gotoReady(page, handoutUrl('en', enHandout));
      await page.getByRole('status').filter({ hasText: view('en').unsaved }).waitFor();
      expect(await page.locator('.notice').count()).toBe(1);
      expect(await page.getByRole('group', { name: view('en').senderHeading }).textContent()).toContain(enHandout.note);

      await gotoReady(page, '/en/questions/');
      await page.getByRole('textbox', { name: list('en').shareLabel }).waitFor();
      await page.getByRole('checkbox', { name: keyQuestion('en', 'risks') }).check();
      await page.getByRole('checkbox', { name: keyQuestion('en', 'cost') }).check();
      await page.getByRole('status').filter({ hasText: list('en').unsaved }).waitFor();
      expect(await statusCount(page, list('en').unsaved)).toBe(1);
      expect(await page.getByRole('checkbox', { name: keyQuestion('en', 'cost') }).isChecked()).toBe(true);
      expect(realProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
