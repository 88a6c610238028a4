import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { baseURL } from './browser';

/**
 * What a first visit to a page costs, gzip bytes: the framework chunk (React, React Router, i18next and
 * the app shell, the same file on every page) plus what is the page's own: its code and its words
 * (strings chunks, the data it carries in its HTML, data it fetches).
 *
 * Every sitemap page is checked on its visit in the every-page suite at phone width
 * (tests/e2e/every-page.ts); "/", the 404 pages and going on to the next page in budget.test.ts.
 */
// 125 KB until issue 15 put a share button, a printed address and QR code, and place-keeping across
// a language switch on every page (+1.2 KB framework, measured); winning it back is open work.
export const TOTAL = 126 * 1024;
export const PAGE_SPECIFIC = 10 * 1024;

export interface Bytes {
  /** The page up to the end of its first heading (head, inline style, header, <h1>), gzip. */
  firstText: number;
  framework: number;
  code: number;
  words: number;
  files: string[];
}

const gzip = (body: string | Buffer) => gzipSync(body, { level: 9 }).length;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The page's inline scripts as served: executable ones are code; the page's data (JSON) are words,
 * counted as what they add to the page's gzip transfer: much of their text is on the page already.
 */
async function inlineBytes(path: string): Promise<{ code: number; words: number; firstText: number }> {
  const html = await (await fetch(baseURL + path)).text();
  const data = /<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g;
  const code = [...html.replace(data, '').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body ?? '');
  const firstText = html.slice(0, html.indexOf('</h1>') + '</h1>'.length);
  return { code: code.length ? gzip(code.join('\n')) : 0, words: gzip(html) - gzip(html.replace(data, '')), firstText: gzip(firstText) };
}

/** gzip size by URL: the build under test does not change during a run. */
const sizeOf = new Map<string, Promise<number>>();

/** Bodies fetched again from the server: a page that navigates away drops its own copies. */
function gzipSizeOf(url: string): Promise<number> {
  let size = sizeOf.get(url);
  if (!size) sizeOf.set(url, (size = fetch(url).then(async (r) => gzip(Buffer.from(await r.arrayBuffer())))));
  return size;
}

export async function addFile(bytes: Bytes, url: string) {
  const { pathname } = new URL(url);
  const size = await gzipSizeOf(url);
  if (/\/assets\/framework-[^/]+\.js$/.test(pathname)) bytes.framework += size;
  else if (/\/assets\/words-[^/]+\.js$/.test(pathname) || pathname.endsWith('.json')) bytes.words += size;
  else bytes.code += size;
  bytes.files.push(`${pathname} ${size}`);
}

export const isScriptOrData = (url: string) => url.startsWith(baseURL) && /\.(js|json)$/.test(new URL(url).pathname);

/**
 * Records the scripts and data a page requests from now on, until `stop()`. Call it before the page
 * loads, with nothing kept from an earlier visit (a fresh context, or storage cleared and the HTTP
 * cache off: `withoutCache`), so that it is a first visit.
 */
export function recordScriptsAndData(page: Page): { urls: Set<string>; stop: () => void } {
  const urls = new Set<string>();
  const record = (r: Request) => {
    if (isScriptOrData(r.url())) urls.add(r.url());
  };
  page.on('request', record);
  return { urls, stop: () => page.off('request', record) };
}

/** Every load in this tab is a first visit: the HTTP cache is off, so each file is fetched (and counted) again. */
export async function withoutCache(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
}

/** The bytes of a page loaded at `path` that requested `urls`: its inline scripts and data, and each file. */
export async function pageBytes(path: string, urls: Iterable<string>): Promise<Bytes> {
  const inline = await inlineBytes(path);
  const bytes: Bytes = { framework: 0, code: inline.code, words: inline.words, firstText: inline.firstText, files: [`inline scripts ${inline.code}`, `inline data ${inline.words}`] };
  for (const url of urls) await addFile(bytes, url);
  return bytes;
}

export const pageSpecific = (b: Bytes) => b.code + b.words;

/** A page within budget: the shared framework, at most PAGE_SPECIFIC of its own, TOTAL in all, its first text in one round trip. */
export function expectWithinBudget(bytes: Bytes) {
  const report = bytes.files.join(', ');
  expect(bytes.framework, report).toBeGreaterThan(0);
  expect(pageSpecific(bytes), report).toBeLessThanOrEqual(PAGE_SPECIFIC);
  expect(bytes.framework + pageSpecific(bytes), report).toBeLessThanOrEqual(TOTAL);
  // First text in one round trip: the page up to its heading, style included, fits TCP's first flight
  // (10 segments, about 14 KB); the browser paints it without waiting for anything else.
  expect(bytes.firstText, 'gzip bytes up to the first heading').toBeLessThanOrEqual(14 * 1024);
}

/** The size summary printed after a run (BUDGET_REPORT=1: the 12 pages with most of their own). */
export function printBudgetSummary(sizes: Record<string, Bytes>) {
  const entries = Object.entries(sizes);
  if (process.env.BUDGET_REPORT) {
    for (const [p, b] of entries.sort((a, b) => pageSpecific(b[1]) - pageSpecific(a[1])).slice(0, 12)) {
      console.log(`${kb(pageSpecific(b)).padStart(8)} own (${kb(b.code)} code, ${kb(b.words)} words)  ${p}`);
    }
  }
  if (entries.length) {
    const own = entries.map(([, b]) => pageSpecific(b));
    const total = entries.map(([, b]) => b.framework + pageSpecific(b));
    console.log(`Per page, gzip: own ${kb(Math.min(...own))}–${kb(Math.max(...own))}, in all ${kb(Math.min(...total))}–${kb(Math.max(...total))} over ${entries.length} pages`);
  }
}
