import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHandout } from '../../src/handout/handout-link';
import { gotoReady, launch, openPage, realProblems, type WatchedPage } from './browser';

// The e2e server is the real start server (tests/e2e/global-setup.ts → scripts/serve.mjs), so every
// page here arrives with the strict Content-Security-Policy and Trusted Types enforced. Any script,
// style or sink the policy refuses shows up as a `securitypolicyviolation` event, a console error or
// an uncaught exception; each page and state below must have none of them.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

type Lang = 'en' | 'zh';
const words = (lang: Lang, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));

/** Records every CSP / Trusted Types violation in the page, from the first script on. */
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`));
};

async function watch(options = {}): Promise<WatchedPage> {
  const watched = await openPage(browser, options);
  await watched.page.addInitScript(RECORD_VIOLATIONS);
  return watched;
}

const violations = (page: Page) => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);

async function expectClean({ page, problems, foreign }: WatchedPage) {
  expect(await violations(page)).toEqual([]);
  expect(realProblems(problems)).toEqual([]);
  expect(foreign).toEqual([]);
}

/** Opens a page and checks that it came with the strict policy (else this whole file proves nothing). */
async function open(page: Page, path: string) {
  const response = await gotoReady(page, path);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).not.toContain('unsafe-inline');
  return response;
}

const states: Array<[string, (page: Page, lang: Lang) => Promise<void>]> = [
  ['home', async (page, lang) => void (await open(page, `/${lang}/`))],
  [
    'a step with a figure',
    async (page, lang) => {
      await open(page, `/${lang}/modules/sle/survival-claim/`);
      await page.locator('main svg').first().waitFor();
    },
  ],
  [
    'a quiz with an answer checked',
    async (page, lang) => {
      await open(page, `/${lang}/modules/sle/quiz/`);
      const first = page.locator('[data-question]').first();
      await first.getByRole('radio').first().check();
      await first.getByRole('button', { name: words(lang, 'quiz').check }).click();
      await first.locator('.feedback').waitFor();
    },
  ],
  [
    'the handout builder making a QR code',
    async (page, lang) => {
      await open(page, `/${lang}/handout/new/`);
      await page.getByRole('checkbox').first().check();
      await page.locator('.handout-output__qr img[data-link]:not(.is-stale)').waitFor({ timeout: 60_000 });
    },
  ],
  [
    'an opened handout link',
    async (page, lang) => {
      await open(page, `/${lang}/handout/?${encodeHandout({ modules: ['sle', 'risks'], note: 'Read this before your visit.', clinic: '', contact: '' })}`);
      await page.locator('main h2').first().waitFor();
    },
  ],
  [
    'the questions list with a question ticked',
    async (page, lang) => {
      await open(page, `/${lang}/questions/?v=1&q=risks`);
      await page.getByRole('checkbox', { checked: false }).first().check();
    },
  ],
  [
    'larger text clicked, then a reload',
    async (page, lang) => {
      await open(page, `/${lang}/modules/msc-hsc/side-by-side/`);
      await page.getByRole('banner').getByRole('button', { name: words(lang, 'common').nav.largerText }).click();
      await page.getByRole('banner').getByRole('button', { pressed: true }).waitFor();
      // The inline script in <head> now applies the stored choice before the first paint.
      await open(page, `/${lang}/modules/msc-hsc/side-by-side/`);
      expect(await page.getAttribute('html', 'data-text-size')).toBe('large');
    },
  ],
  [
    'printed (print media, then a PDF)',
    async (page, lang) => {
      await open(page, `/${lang}/handout/?${encodeHandout({ modules: ['sle'], note: '', clinic: '', contact: '' })}`);
      await page.locator('main h2').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);
    },
  ],
  ['the word list', async (page, lang) => void (await open(page, `/${lang}/glossary/`))],
  ['the claim checker', async (page, lang) => void (await open(page, `/${lang}/claim-checker/`))],
  [
    'a page not found (404)',
    async (page, lang) => {
      const response = await page.goto(`${(await import('./browser')).baseURL}/${lang}/no-such-page/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    },
  ],
];

describe.each(['en', 'zh'] as const)('strict CSP and Trusted Types, %s', (lang) => {
  it.each(states)('%s: no violation, no console error', async (_name, act) => {
    const watched = await watch();
    try {
      await act(watched.page, lang);
      await expectClean(watched);
    } finally {
      await watched.context.close();
    }
  });
});

describe('strict CSP: the checks can fail', () => {
  it('the root page (language chooser) runs its own script under the policy', async () => {
    const watched = await watch({ locale: 'zh-CN' });
    try {
      const { baseURL } = await import('./browser');
      const response = await watched.page.goto(`${baseURL}/`, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
      // The chooser sends a Chinese browser on to /zh/: its script ran.
      await watched.page.waitForURL(`${baseURL}/zh/`);
      await watched.page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await expectClean(watched);
    } finally {
      await watched.context.close();
    }
  });

  it('an HTML string put into the page, and an inline script not in the policy, are refused and reported', async () => {
    const watched = await watch();
    try {
      await open(watched.page, '/en/');
      const result = await watched.page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>injected</b>');
          return 'allowed';
        } catch (e) {
          return (e as Error).name;
        }
      });
      expect(result).toBe('TypeError');
      // An inline script the policy does not list (what an injection would add) does not run.
      await watched.page.evaluate(() => {
        const script = document.createElement('script');
        script.append(document.createTextNode('window.__ran = true;'));
        document.head.append(script);
      });
      expect(await watched.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran ?? false)).toBe(false);
      await expect.poll(async () => (await violations(watched.page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      expect((await violations(watched.page)).join('\n')).toMatch(/require-trusted-types-for/);
      expect(realProblems(watched.problems).length).toBeGreaterThan(0);
    } finally {
      await watched.context.close();
    }
  });
});
