import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../src/content/modules';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/progress/progress-store';
import { baseURL, gotoReady, launch, openPage, realProblems } from './browser';

// Issue 16 item 4, "nothing lost": hostile stored progress, seeded before any script of the
// site runs, is met on a step page (which records progress at once). The reader is told once,
// the good modules' progress survives, and what could not be read is kept aside.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

type Lang = 'en' | 'zh';
const notice = (lang: Lang, kind: string): string => JSON.parse(readFileSync(`locales/${lang}/progress.json`, 'utf8')).notice[kind];
const pagesRead = (lang: Lang, read: number, total: number): string =>
  JSON.parse(readFileSync(`locales/${lang}/progress.json`, 'utf8'))
    .pagesRead.replace('{{read}}', String(read))
    .replace('{{total}}', String(total));
const steps = (id: string) => modules.find((m) => m.id === id)!.steps;
const sle = modules.find((m) => m.id === 'sle')!;

/** Puts `raw` into localStorage before the site's first script, once per tab (not again on reload). */
async function seed(page: Page, raw: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('test-seeded')) return;
      sessionStorage.setItem('test-seeded', '1');
      localStorage.setItem(key!, value!);
    },
    [STORAGE_KEY, raw],
  );
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const noticeCount = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).count();

/** Follows the "next" link (a client-side navigation) and waits until the next page is on screen. */
async function next(page: Page, url: string) {
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  await page.locator('.pager__link--next').click();
  await page.waitForURL(url);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).not.toBe(before);
}

describe('hostile stored progress (nothing lost)', () => {
  it('one bad module entry: the notice shows once on a step page, the other modules keep their progress', async () => {
    const good = {
      sle: { stepsRead: steps('sle').slice(0, 2), quiz: { answers: { [sle.quiz[0]!.id]: [sle.quiz[0]!.correct[0]!] }, checked: [sle.quiz[0]!.id] } },
      'msc-hsc': { stepsRead: steps('msc-hsc').slice(0, 3) },
    };
    const raw = JSON.stringify({ version: 1, modules: { ...good, risks: { stepsRead: '<img src=x onerror=alert(1)>' } } });
    const { page, context, problems, foreign } = await openPage(browser);
    try {
      await seed(page, raw);
      const [first, second] = steps('infusion');
      await gotoReady(page, `/en/modules/infusion/${first}/`);
      const text = notice('en', 'partial');
      await page.getByRole('status').filter({ hasText: text }).waitFor();
      expect(await noticeCount(page, text)).toBe(1);

      // The good modules are intact, this step is recorded, the bad entry is gone, the original kept aside.
      await expect.poll(async () => JSON.parse((await stored(page, STORAGE_KEY)) ?? '{}').modules?.infusion, { timeout: 15_000 }).toEqual({ stepsRead: [first] });
      const now = JSON.parse((await stored(page, STORAGE_KEY))!);
      expect(now.modules.sle).toEqual(good.sle);
      expect(now.modules['msc-hsc']).toEqual(good['msc-hsc']);
      expect(now.modules.risks).toBeUndefined();
      expect(await stored(page, BACKUP_KEY)).toBe(raw);

      // Told once: not on the next page, not after a reload.
      await next(page, `${baseURL}/en/modules/infusion/${second}/`);
      expect(await noticeCount(page, text)).toBe(0);
      await gotoReady(page, '/en/');
      expect(await noticeCount(page, text)).toBe(0);
      // The home page shows the progress that survived.
      const path = page.getByRole('list', { name: /learning path/i });
      await expect.poll(() => path.textContent(), { timeout: 15_000 }).toContain(pagesRead('en', 2, steps('sle').length));
      expect(await path.textContent()).toContain(pagesRead('en', 3, steps('msc-hsc').length));
      expect(await path.textContent()).toContain(pagesRead('en', 2, steps('infusion').length));
      expect(realProblems(problems)).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a record from a newer version (zh): told once, left untouched while steps are read', async () => {
    const raw = JSON.stringify({ version: 2, modules: { sle: { stepsRead: ['what-is-lupus'], stars: 3 } }, sync: { device: 'x' } });
    const { page, context, problems } = await openPage(browser);
    try {
      await seed(page, raw);
      const [first, second] = steps('sle');
      await gotoReady(page, `/zh/modules/sle/${first}/`);
      const text = notice('zh', 'newer');
      await page.getByRole('status').filter({ hasText: text }).waitFor();
      expect(await noticeCount(page, text)).toBe(1);
      await next(page, `${baseURL}/zh/modules/sle/${second}/`);
      expect(await noticeCount(page, text)).toBe(0);
      await page.reload({ waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      expect(await noticeCount(page, text)).toBe(0);
      expect(await stored(page, STORAGE_KEY)).toBe(raw);
      expect(await stored(page, BACKUP_KEY)).toBeNull();
      expect(realProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('stored data that is not JSON: kept aside, told once, progress starts again', async () => {
    const raw = '{"version":1,"modules":{"sle":{"stepsRead":["what-is-lu';
    const { page, context, problems } = await openPage(browser);
    try {
      await seed(page, raw);
      const [first] = steps('risks');
      await gotoReady(page, `/en/modules/risks/${first}/`);
      const text = notice('en', 'reset');
      await page.getByRole('status').filter({ hasText: text }).waitFor();
      expect(await noticeCount(page, text)).toBe(1);
      expect(await stored(page, BACKUP_KEY)).toBe(raw);
      await expect.poll(async () => JSON.parse((await stored(page, STORAGE_KEY)) ?? '{}').modules, { timeout: 15_000 }).toEqual({ risks: { stepsRead: [first] } });
      expect(realProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
