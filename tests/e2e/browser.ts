import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const baseURL = inject('baseURL');

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 900 };

/**
 * Debian's Chromium for the tests. Two flags are about cost on a 2-core machine (measured; see
 * docs/architecture-notes.md, tests):
 * - every page shares one renderer process: a new context or tab otherwise starts one, about 0.4 s
 *   of CPU each (the tests open about 200); each test file's pages take turns, as its tests do;
 * - off-site requests go to a closed local port and fail, so nothing leaves the machine without
 *   intercepting each request (interception turns the HTTP cache off: every load then fetched and
 *   compiled the app's code again, a third more CPU a page). Loopback is never proxied.
 */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--renderer-process-limit=1',
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings, page errors. */
  problems: string[];
  /** Requests to anything but the site's own origin. */
  foreign: string[];
}

/** A fresh context whose console problems and off-site requests are recorded (off-site requests fail: see launch). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: phone, locale: 'en-GB', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()} @ ${page.url()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message} @ ${page.url()}`));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { page, context, problems, foreign };
}

/** A 404 page logs its own "Failed to load resource: 404" by design; everything else counts. */
export function realProblems(problems: string[]): string[] {
  return problems.filter((p) => !/Failed to load resource: the server responded with a status of 404/.test(p));
}

/** Every canonical URL in the built sitemap, on the local server. */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/**
 * Loaded and hydrated: React has attached (the language link carries its click handler after hydration).
 * By default also settled ("networkidle": half a second without requests), for tests that then read
 * what a page fills in after hydrating (a link's list, stored data). `'load'` is enough where only the
 * page as first shown is checked: the parts a page loads lazily (figures, care cards) arrive before it hydrates.
 */
export async function gotoReady(page: Page, path: string, waitUntil: 'load' | 'networkidle' = 'networkidle') {
  const response = await page.goto(baseURL + path, { waitUntil });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  return response;
}
