// @ts-check
// Dev tool: full-page screenshots of built pages for looking at them.
// Usage: node scripts/screenshots.mjs OUTDIR WIDTH PATH... (server from `npm start` on PORT, default 4173)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [outDir = '/tmp/shots', width = '390', ...paths] = process.argv.slice(2);
const base = `http://localhost:${process.env.PORT ?? 4173}`;
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 844 }, deviceScaleFactor: 1 });
for (const p of paths) {
  await page.goto(base + p, { waitUntil: 'networkidle' });
  const name = p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root';
  await page.screenshot({ path: `${outDir}/${name}-${width}.png`, fullPage: process.env.FULL !== '0' });
  console.log(`${outDir}/${name}-${width}.png`);
}
await browser.close();
