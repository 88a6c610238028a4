// @vitest-environment node
// Proof that one table (src/i18n/langs.ts LANGS) is all a language needs: a copy of the project gets
// a third, fixture language (code "fx": one more row in the table and locales/fx/, a copy of English
// with a marker in the site name), the real build (scripts/build.mjs) runs on it, and every page the
// site has in English must then exist in the fixture language too, in the sitemap, on disk and in
// every page's hreflang list. A page list, route or build step hard-coded to en/zh fails here.
// The production build is not touched: all of this happens in a temporary folder. It is a full
// build (about 10 s, more on a busy machine).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { langs, LANGS } from '../../src/i18n/langs';

const ROOT = join(import.meta.dirname, '..', '..');
// What scripts/build.mjs and vite.config.ts read. node_modules is linked, not copied.
const BUILD_INPUTS = ['src', 'locales', 'public', 'scripts', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'];
const FX = 'fx';
const FX_HTML_LANG = 'x-fx';
const MARKER = '⟦fixture⟧';
const SITE = 'https://fixture.example';

/** The row a contributor adds to the table (src/i18n/langs.ts), written into the copy after the last row. */
const FX_ROW = `  ${FX}: {
    htmlLang: '${FX_HTML_LANG}',
    ogLocale: 'en_GB',
    nativeName: 'Fixture',
    browserPrefixes: ['x-fx'] as readonly string[],
    collation: 'en',
    colon: ': ',
    listSeparator: '; ',
    brackets: [' (', ')'] as const,
    date: (y: number, m: number, d: number) => \`\${d}.\${m}.\${y}\`,
  },
`;

/** langs.ts with the fixture row added at the end of its table (`const table = { … };`). */
function withFixtureRow(source: string): string {
  const start = source.indexOf('const table = {');
  const end = source.indexOf('\n};', start);
  if (start === -1 || end === -1) throw new Error('src/i18n/langs.ts: no "const table = { … };" to add the fixture row to; update this test');
  return `${source.slice(0, end + 1)}${FX_ROW}${source.slice(end + 1)}`;
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let work: string;
let dist: string;
let sitemap: string;

beforeAll(async () => {
  expect(langs).not.toContain(FX);
  work = mkdtempSync(join(tmpdir(), 'third-language-'));
  for (const input of BUILD_INPUTS) cpSync(join(ROOT, input), join(work, input), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  const langsFile = join(work, 'src', 'i18n', 'langs.ts');
  writeFileSync(langsFile, withFixtureRow(readFileSync(langsFile, 'utf8')));
  // The locale folder: English words, with a marker in the site name so the pages show they use them.
  cpSync(join(work, 'locales', 'en'), join(work, 'locales', FX), { recursive: true });
  const commonFile = join(work, 'locales', FX, 'common.json');
  const common = JSON.parse(readFileSync(commonFile, 'utf8')) as { name: string };
  common.name = `${common.name} ${MARKER}`;
  writeFileSync(commonFile, JSON.stringify(common, null, 2));

  // The build runs as `npm run build` does, not as part of a test run (Vitest sets NODE_ENV=test).
  const env = Object.fromEntries(Object.entries({ ...process.env, SITE_URL: SITE }).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  try {
    await promisify(execFile)(process.execPath, ['scripts/build.mjs'], { cwd: work, env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`The build with a third language failed:\n${e.stderr || e.stdout || e.message}`, { cause: error });
  }
  dist = join(work, 'dist');
  sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The sitemap's page paths of one language ("/en/modules/sle/" → "modules/sle/"). */
const sitemapTails = (lang: string) =>
  [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => (m[1] ?? '').slice(SITE.length)).flatMap((path) => (path.startsWith(`/${lang}/`) ? [path.slice(lang.length + 2)] : []));

describe('a third language from one table row and its locale folder', () => {
  it('lists as many fixture pages in the sitemap as English ones, the same paths', () => {
    const en = sitemapTails('en');
    expect(en.length).toBeGreaterThan(40);
    expect(sitemapTails(FX)).toEqual(en);
    for (const lang of langs) expect(sitemapTails(lang)).toEqual(en);
  });

  it('gives every sitemap entry an hreflang link to the fixture page', () => {
    const entries = sitemap.split('<url>').slice(1);
    expect(entries.length).toBe(sitemapTails('en').length * (langs.length + 1));
    for (const entry of entries) {
      const loc = (entry.match(/<loc>([^<]*)<\/loc>/) ?? [])[1] ?? '';
      const tail = loc.slice(SITE.length).split('/').slice(2).join('/');
      expect(entry).toContain(`hreflang="${FX_HTML_LANG}" href="${SITE}/${FX}/${tail}"`);
    }
  });

  it('builds each fixture page, in the fixture language, with its words and every hreflang', () => {
    const tails = sitemapTails(FX);
    expect(tails.length).toBe(sitemapTails('en').length);
    for (const tail of tails) {
      const file = join(dist, FX, tail, 'index.html');
      expect(existsSync(file), `${FX}/${tail}index.html`).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(`<html lang="${FX_HTML_LANG}">`);
      expect(html, `${FX}/${tail}: the fixture's words`).toContain(MARKER);
      const hreflangs: Array<[code: string, htmlLang: string]> = [...langs.map((l) => [l, LANGS[l].htmlLang] as [string, string]), [FX, FX_HTML_LANG]];
      for (const [code, htmlLang] of hreflangs) {
        expect(html).toContain(`<link rel="alternate" hreflang="${htmlLang}" href="${SITE}/${code}/${tail}" />`);
      }
    }
    // And English pages link to the fixture ones, without its words.
    const home = readFileSync(join(dist, 'en', 'index.html'), 'utf8');
    expect(home).toContain(`hreflang="${FX_HTML_LANG}" href="${SITE}/${FX}/"`);
    expect(home).not.toContain(MARKER);
  });

  it('writes every file English has for the fixture language too (pages not in the sitemap, data, QR codes, short addresses, 404)', () => {
    const en = filesUnder(join(dist, 'en'));
    expect(en).toContain('404.html');
    expect(en.some((f) => f.startsWith('h/'))).toBe(true);
    expect(filesUnder(join(dist, FX))).toEqual(en);
  });

  it('lets "/" send a browser to the fixture language: its redirect script and its links', () => {
    const root = readFileSync(join(dist, 'index.html'), 'utf8');
    const script = (root.match(/<script>([\s\S]*?)<\/script>/) ?? [])[1] ?? '';
    // The language list and browser prefixes, as the minifier quotes them.
    expect(script).toMatch(new RegExp(`[\`"']${FX}[\`"']`));
    expect(script).toMatch(/[`"']x-fx[`"']/);
    expect(root).toContain(`href="/${FX}/"`);
  });
});
