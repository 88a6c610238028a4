// `npm run bench`: Lighthouse (mobile) on the home page and a module step in both languages,
// against the production build served locally with Debian Chromium. Not part of `npm test`.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { createHandler } from './serve.mjs';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error('No Chromium: sudo apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run "npm run build" first.');
  process.exit(1);
}

const server = createServer(createHandler('dist'));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const pages = ['/en/', '/zh/', '/en/modules/sle/survival-claim/', '/zh/modules/sle/survival-claim/'];

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
try {
  for (const path of pages) {
    const { lhr } = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
    rows.push({
      page: path,
      perf: score('performance'),
      a11y: score('accessibility'),
      bp: score('best-practices'),
      seo: score('seo'),
      'LCP ms': Math.round(audit('largest-contentful-paint')),
      'TBT ms': Math.round(audit('total-blocking-time')),
      CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
      'KB transferred': Math.round(audit('total-byte-weight') / 1024),
    });
  }
} finally {
  await chrome.kill();
  server.close();
}
console.table(rows);
