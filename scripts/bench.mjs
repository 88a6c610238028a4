// `npm run bench`: Lighthouse (mobile: simulated slow 4G, 4× CPU slowdown) on the home page, a step, a quiz
// and the handout builder in both languages, against the production build served locally with Debian
// Chromium. Not part of `npm test`.
//
// Beside the scores, in the same run:
// - each page's first-visit bytes (gzip), split into framework (the chunk every page shares), page code
//   (the page's own scripts) and words (strings and data: JSON modules, data files, the data the page
//   carries in its HTML, counted as what it adds to the page's gzip size);
// - LCP against a bare copy of the same page: the same bytes, served the same way, with its scripts and
//   style moved into a trailing comment, so it shows only text. Its LCP is this machine's floor; the
//   ratio says what the page's own scripts and style cost.
//
// Usage: node scripts/bench.mjs [dist folder, default dist]
// @ts-check
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHandler } from './serve.mjs';

const dist = process.argv[2] ?? 'dist';
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error('No Chromium: sudo apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}/: run "npm run build" first.`);
  process.exit(1);
}

/** @type {Array<[kind: string, path: string]>} */
const pages = [
  ['home', '/en/'],
  ['home', '/zh/'],
  ['step', '/en/modules/sle/survival-claim/'],
  ['step', '/zh/modules/sle/survival-claim/'],
  ['quiz', '/en/modules/sle/quiz/'],
  ['quiz', '/zh/modules/sle/quiz/'],
  ['handout builder', '/en/handout/new/'],
  ['handout builder', '/zh/handout/new/'],
];

/** @param {string} body */
const gzip = (body) => gzipSync(body, { level: 9 }).length;
/** @param {number} n */
const kb = (n) => Number((n / 1024).toFixed(1));
const dataScripts = /<script type="application\/json"[^>]*>[\s\S]*?<\/script>|<script>window\.__staticRouterHydrationData[\s\S]*?<\/script>/g;

// The bare copies: each page's HTML with its scripts and style moved into a comment at the end.
const bareDir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
// Icons, manifest and 404 pages as in the real site, so both make the same other requests.
for (const file of readdirSync(dist)) if (statSync(join(dist, file)).isFile()) cpSync(join(dist, file), join(bareDir, file));
// (Each language folder's own 404 page, whichever languages the build has.)
for (const entry of readdirSync(dist, { withFileTypes: true })) {
  const notFound = join(entry.name, '404.html');
  if (entry.isDirectory() && existsSync(join(dist, notFound))) cpSync(join(dist, notFound), join(bareDir, notFound));
}
for (const [, path] of pages) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  /** @type {string[]} */
  const moved = [];
  const bare = html.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<link rel="(?:stylesheet|modulepreload)"[^>]*>/g, (m) => {
    moved.push(m.replace(/--/g, '- -'));
    return '';
  });
  const file = join(bareDir, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bare.replace('</body>', () => `<!--${moved.join('\n')}-->\n</body>`));
}

/** @param {string} root */
async function listen(root) {
  const server = createServer(createHandler(root));
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, base: `http://127.0.0.1:${port}` };
}
const site = await listen(dist);
const bareSite = await listen(bareDir);

/**
 * A JavaScript module that only exports data (how Vite bundles a JSON file).
 * @param {string} code
 */
const isDataModule = (code) => !/\bimport\b/.test(code) && /^(?:var|const|let) \w+=(?:JSON\.parse\()?[{['"`]/.test(code) && /export\s*\{\s*\w+ as default\s*\}/.test(code);

/**
 * First-visit bytes of a page, from the requests Lighthouse saw.
 * @param {string} path
 * @param {string[]} requests
 */
async function bytesOf(path, requests) {
  const html = await (await fetch(site.base + path)).text();
  const inlineCode = [...html.replace(dataScripts, '').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const split = { framework: 0, code: inlineCode ? gzip(inlineCode) : 0, words: gzip(html) - gzip(html.replace(dataScripts, '')) };
  for (const url of requests) {
    const { pathname } = new URL(url);
    if (!/\.(js|json)$/.test(pathname)) continue;
    const body = await (await fetch(site.base + pathname)).text();
    if (/\/assets\/framework-[^/]*\.js$/.test(pathname)) split.framework += gzip(body);
    else if (pathname.endsWith('.json') || isDataModule(body)) split.words += gzip(body);
    else split.code += gzip(body);
  }
  return { ...split, html: gzip(html) };
}

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
/** @type {Record<string, string | number>[]} */
const scores = [];
/** @type {Record<string, string | number>[]} */
const bytes = [];
try {
  /** @param {string} url */
  const run = async (url) => {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  };
  for (const [kind, path] of pages) {
    // The page and its bare copy one after the other, so both see the same load on the machine.
    const lhr = await run(site.base + path);
    const bare = await run(bareSite.base + path);
    /** @param {string} c */
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    /** @type {(r: typeof lhr, a: string) => number} */
    const audit = (r, a) => r.audits[a]?.numericValue ?? NaN;
    const lcp = audit(lhr, 'largest-contentful-paint');
    const bareLcp = audit(bare, 'largest-contentful-paint');
    scores.push({
      page: path,
      perf: score('performance'),
      a11y: score('accessibility'),
      bp: score('best-practices'),
      seo: score('seo'),
      'LCP ms': Math.round(lcp),
      'bare LCP ms': Math.round(bareLcp),
      'LCP ÷ bare': Number((lcp / bareLcp).toFixed(2)),
      'FCP ms': Math.round(audit(lhr, 'first-contentful-paint')),
      'TBT ms': Math.round(audit(lhr, 'total-blocking-time')),
      CLS: Number(audit(lhr, 'cumulative-layout-shift').toFixed(3)),
    });
    // The network-requests audit's details are a table of requests, each with its URL.
    const details = /** @type {{ items?: Array<{ url: string }> } | undefined} */ (lhr.audits['network-requests']?.details);
    const requests = (details?.items ?? []).map((item) => item.url);
    const b = await bytesOf(path, requests);
    bytes.push({
      'page kind': kind,
      page: path,
      'framework KB': kb(b.framework),
      'page code KB': kb(b.code),
      'words KB': kb(b.words),
      'page’s own KB': kb(b.code + b.words),
      'total KB': kb(b.framework + b.code + b.words),
      'HTML KB': kb(b.html),
    });
  }
} finally {
  await chrome.kill();
  site.server.close();
  bareSite.server.close();
  rmSync(bareDir, { recursive: true, force: true });
}
console.log(`Lighthouse mobile, ${dist}/ (bare: the same page's bytes, scripts and style moved into a comment)`);
console.table(scores);
console.log('First-visit bytes, gzip (words: strings and data; the data in the HTML as what it adds to the HTML)');
console.table(bytes);
