import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../src/content/modules';
import type { QuestionDef } from '../../src/content/types';
import { axeViolations } from './a11y';
import { baseURL, gotoReady, launch, openPage, realProblems } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Tab until focus is on one of the question's inputs (keyboard only, as a user would). */
async function tabInto(page: Page, questionId: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((id) => Boolean(document.activeElement?.closest(`[data-question="${id}"] fieldset`)), questionId);
    if (inside) return;
  }
  throw new Error(`could not reach ${questionId} by keyboard`);
}

/** Answers one question by keyboard: arrows for radios, Space for checkboxes, then Tab + Enter on "Check answer". */
async function answer(page: Page, q: QuestionDef, choose: string[]) {
  await tabInto(page, q.id);
  if (q.kind === 'multiple') {
    for (const c of q.choices) {
      if (choose.includes(c)) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  } else {
    // Focus lands on the first radio; arrows move and select.
    await page.keyboard.press('Space');
    for (let i = 0; i < q.choices.indexOf(choose[0]!); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  expect(focused).toMatch(/Check answer|检查答案/);
  await page.keyboard.press('Enter');
  // Focus moves to the feedback, which says right or wrong in words.
  await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toMatch(/feedback/);
}

const wrongChoice = (q: QuestionDef) => [q.choices.find((c) => !q.correct.includes(c))!];

describe.each(['en', 'zh'] as const)('quizzes in %s, by keyboard only', (lang) => {
  it.each(modules.map((m) => [m.id, m] as const))('%s: one wrong answer, retry, reload keeps progress', async (_id, mod) => {
    const { page, context, problems } = await openPage(browser);
    await gotoReady(page, `/${lang}/modules/${mod.id}/quiz/`);
    const [first, ...rest] = mod.quiz;
    await answer(page, first!, wrongChoice(first!));
    const feedback = page.locator(`[data-question="${first!.id}"] .feedback`);
    expect(await feedback.textContent()).toMatch(lang === 'en' ? /Not quite\./ : /不太对。/);
    // Each choice says, in words, whether it was the right one or the reader's wrong one.
    const firstCard = page.locator(`[data-question="${first!.id}"]`);
    expect(await firstCard.locator('.choice', { hasText: lang === 'en' ? 'Right answer' : '正确答案' }).count()).toBe(first!.correct.length);
    expect(await firstCard.locator('.choice', { hasText: lang === 'en' ? 'Your answer' : '您的选择' }).count()).toBe(1);
    for (const q of rest) await answer(page, q, q.correct);

    const summary = page.getByRole('region', { name: lang === 'en' ? 'Your result' : '您的结果' });
    const total = mod.quiz.length;
    expect(await summary.textContent()).toContain(lang === 'en' ? `You got ${total - 1} of ${total} right.` : `${total} 题中您答对了 ${total - 1} 题。`);
    // What to go over is the page that teaches it, not the question (which may be a false statement).
    expect(await summary.locator(`li a[href="/${lang}/modules/${mod.id}/${first!.teaches}/"]`).count()).toBe(1);
    const prompt = JSON.parse(readFileSync(`locales/${lang}/modules/${mod.id}.json`, 'utf8')).quiz[first!.id].prompt as string;
    expect(await summary.textContent()).not.toContain(prompt);

    // Retry only the missed question.
    await page.getByRole('button', { name: lang === 'en' ? 'Try the missed questions again' : '重新回答答错的题' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate((id) => Boolean(document.activeElement?.closest(`[data-question="${id}"]`)), first!.id)).toBe(true);
    expect(await page.locator('.feedback--right').count()).toBe(total - 1);
    await page.keyboard.press('Shift+Tab');
    await answer(page, first!, first!.correct);
    expect(await summary.textContent()).toContain(lang === 'en' ? `You got ${total} of ${total} right.` : `${total} 题中您答对了 ${total} 题。`);

    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.feedback--right').count()).toBe(total);
    await gotoReady(page, `/${lang}/`);
    const card = page.locator('.path__item', { has: page.locator(`a[href="/${lang}/modules/${mod.id}/"]`) });
    await expect.poll(() => card.textContent()).toContain(lang === 'en' ? `Quiz: ${total} of ${total} right` : `小测验：${total} 题答对 ${total} 题`);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });
});

describe('quiz pages are accessible in every state', () => {
  it.each(['en', 'zh'])('%s: unanswered, wrong, right and summary', async (lang) => {
    const mod = modules[0]!;
    const { page, context } = await openPage(browser);
    await gotoReady(page, `/${lang}/modules/${mod.id}/quiz/`);
    expect(await axeViolations(page), 'unanswered').toEqual([]);
    await answer(page, mod.quiz[0]!, wrongChoice(mod.quiz[0]!));
    expect(await axeViolations(page), 'wrong').toEqual([]);
    await answer(page, mod.quiz[1]!, mod.quiz[1]!.correct);
    expect(await axeViolations(page), 'right').toEqual([]);
    for (const q of mod.quiz.slice(2)) await answer(page, q, q.correct);
    expect(await page.locator('.quiz-summary').count()).toBe(1);
    expect(await axeViolations(page), 'summary').toEqual([]);
    await context.close();
  });
});

describe('small things users expect (issue 15)', () => {
  it.each([
    ['en', 'Tip: use the arrow keys (↑ ↓) to choose another answer. Tab moves on to the next thing.'],
    ['zh', '提示：按方向键（↑ ↓）可以换一个选项；按 Tab 键进入下一项。'],
  ])('%s: a keyboard user in a radio group is told the arrow keys choose; a mouse user is not', async (lang, hint) => {
    const mod = modules[0]!;
    const single = mod.quiz.find((q) => q.kind !== 'multiple')!;
    const { page, context } = await openPage(browser);
    await gotoReady(page, `/${lang}/modules/${mod.id}/quiz/`);
    const shown = page.locator(`[data-question="${single.id}"]`).getByText(hint);
    await page.locator(`[data-question="${single.id}"] input`).first().click();
    expect(await shown.isVisible()).toBe(false);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await tabInto(page, single.id);
    await expect.poll(() => shown.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    ['en', 'Checking your answers needs JavaScript.'],
    ['zh', '核对答案需要开启 JavaScript。'],
  ])('%s: without JavaScript the quiz says why it cannot check answers', async (lang, notice) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL}/${lang}/modules/${modules[0]!.id}/quiz/`);
    // (Playwright's text search skips <noscript>; the browser shows it, so ask the page what is on screen.)
    const onScreen = () => page.evaluate(() => [...document.querySelectorAll('main .notice')].filter((el) => el.getClientRects().length > 0).map((el) => el.textContent ?? ''));
    expect((await onScreen()).join(' ')).toContain(notice);
    await context.close();
    const withScripts = await openPage(browser);
    await gotoReady(withScripts.page, `/${lang}/modules/${modules[0]!.id}/quiz/`);
    expect(await withScripts.page.evaluate(() => [...document.querySelectorAll('main .notice')].filter((el) => el.getClientRects().length > 0).map((el) => el.textContent).join(' '))).not.toContain(notice);
    await withScripts.context.close();
  });
});

describe('stored progress', () => {
  it('reading a step is remembered on the home page; "Clear my progress" asks first', async () => {
    const { page, context } = await openPage(browser);
    await gotoReady(page, '/en/modules/sle/what-is-lupus/');
    await gotoReady(page, '/en/');
    const card = page.locator('.path__item', { has: page.locator('a[href="/en/modules/sle/"]') });
    const sleSteps = modules.find((m) => m.id === 'sle')?.steps.length;
    await expect.poll(() => card.textContent()).toContain(`1 of ${sleSteps} pages read`);
    expect(await card.getByRole('link', { name: /^Continue:/ }).getAttribute('href')).toBe('/en/modules/sle/lupus-nephritis/');
    await page.getByRole('button', { name: 'Clear my progress' }).click();
    await page.getByRole('button', { name: 'Yes, clear my progress' }).click();
    await expect.poll(() => card.textContent()).toContain('Not started');
    expect(await page.getByRole('status').filter({ hasText: 'Your progress has been cleared.' }).count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('sci-progress'))).toBeNull();
    await context.close();
  });

  it.each([
    ['corrupted', '{"version":1,"modules":{"sle":'],
    ['hostile', JSON.stringify({ version: 1, modules: { sle: { stepsRead: ['<img src=x onerror="window.pwned=1">'] } } })],
    ['from an old version', JSON.stringify({ version: 0, progress: [1, 2, 3] })],
  ])('%s storage is ignored with a short notice, and the app keeps working', async (_what, raw) => {
    const { page, context, problems } = await openPage(browser);
    await context.addInitScript((value) => localStorage.setItem('sci-progress', value), raw);
    await gotoReady(page, '/en/');
    await expect.poll(() => page.getByText('We could not read the progress saved in this browser').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await gotoReady(page, '/en/modules/sle/quiz/');
    const q = modules.find((m) => m.id === 'sle')!.quiz[0]!;
    await answer(page, q, q.correct);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });

  it('works without saving when storage is blocked', async () => {
    const { page, context, problems } = await openPage(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await gotoReady(page, '/zh/modules/risks/quiz/');
    await expect.poll(() => page.getByText('这个浏览器不保存本指南的任何内容').count()).toBe(1);
    const q = modules.find((m) => m.id === 'risks')!.quiz[0]!;
    await answer(page, q, q.correct);
    expect(await page.locator('.feedback--right').count()).toBe(1);
    expect(realProblems(problems)).toEqual([]);
    await context.close();
  });
});
