// Production build: client bundle, server bundle, then every page of both
// languages prerendered to dist/<lang>/<path>/index.html with its own <head>.
// @ts-check
import { build, minifySync, runnerImport } from 'vite';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import QRCode from 'qrcode';

const SITE = process.env.SITE_URL ?? 'https://stem-cell-guide.example';
const started = performance.now();
/** @type {import('vite').InlineConfig} */
const quiet = { logLevel: 'warn' };

// Content first, with one plain line per problem: every locale file against its schema, and no
// published page or claim id lost (src/build/content-checks.ts). Loaded by Vite's module runner: it is TypeScript.
// The runner sets NODE_ENV to "development" when it is unset, which would make the client build
// bundle React's development build: put it back.
const nodeEnv = process.env.NODE_ENV;
const { module: checks } = await runnerImport('./src/build/content-checks.ts', { configFile: false, logLevel: 'error' });
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
const problems = checks.contentProblems(process.cwd());
if (problems.length) {
  console.error(`Build stopped: the content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

await build({ ...quiet });
await build({ ...quiet, build: { ssr: 'src/app/entry-server.tsx', outDir: 'dist-ssr', emptyOutDir: true } });

/** @typedef {{ title?: string; description?: string; noindex?: boolean; og?: { title?: string; type?: string } }} Meta */
/** @typedef {{ status: number; meta?: Meta; html: string; hydration?: unknown; strings?: unknown; data?: unknown }} Rendered */
/** @typedef {{ htmlLang: string; ogLocale: string }} LangRow */
/**
 * What the server bundle (src/app/entry-server.tsx) exports to the build; the bundle is built above, so
 * it has no types here: this names the parts the build uses.
 * @typedef {{
 *   render: (url: string) => Promise<Rendered>;
 *   canonicalPaths: () => string[];
 *   PAGE_DATA_ID: string;
 *   DATA_FILE: string;
 *   LANGS: Record<string, LangRow>;
 *   fallbackLang: string;
 *   textSizeScript: string;
 *   bootScript: string;
 *   rootRedirectScript: string;
 *   siteUrl: string;
 *   qrImagePath: (url: string) => string;
 *   shortAddressPages: () => Array<{ lang: string; path: string; target: string }>;
 *   contentLastReviewed: string;
 * }} ServerBundle
 */
/** @type {ServerBundle} */
const ssr = await import(pathToFileURL('dist-ssr/entry-server.js').href);
const { render, canonicalPaths, PAGE_DATA_ID, DATA_FILE } = ssr;
// From the languages' table (src/i18n/langs.ts): <html lang>/hreflang and the Open Graph locale.
const htmlLang = Object.fromEntries(Object.entries(ssr.LANGS).map(([code, l]) => [code, l.htmlLang]));
const fallbackLang = ssr.fallbackLang;
const ogLocale = Object.fromEntries(Object.entries(ssr.LANGS).map(([code, l]) => [code, l.ogLocale]));

/** @param {string} s */
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** @param {string} s */
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// JSON inside <script>: nothing in it can close the tag.
/** @param {string} s */
const escapeScript = (s) => s.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
/**
 * String.replace that inserts `value` as it is (a function replacement: page text may contain "$&" or "$'"),
 * and fails when the template has no such place.
 * @param {string} html
 * @param {string | RegExp} pattern
 * @param {string} value
 */
const put = (html, pattern, value) => {
  const out = html.replace(pattern, () => value);
  if (out === html && !html.includes(value)) throw new Error(`Template has no ${pattern}`);
  return out;
};

// Inline code is the same on every page, so one hash each fits a strict Content-Security-Policy.
/** @param {string} code */
const minified = (code) => minifySync('inline.js', code, { compress: true, mangle: true }).code.trim();
const inline = { textSize: minified(ssr.textSizeScript), boot: minified(ssr.bootScript), rootRedirect: minified(ssr.rootRedirectScript) };
const inlineScripts = new Set(Object.values(inline));
/** @param {string} text */
const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// The template as Vite built it, made to give the first text in one round trip: the stylesheet
// inline (no render-blocking request), and no script or preload that could compete with the page's
// text: the scripts Vite put in (the framework chunk and what it imports) are started by the boot
// script after the first paint.
const built = readFileSync('dist/index.html', 'utf8');
/** @type {(tag: string, name: string) => string} */
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? '';
const entryModules = [...built.matchAll(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g)].map(([tag]) => attr(tag, tag.startsWith('<script') ? 'src' : 'href'));
const appEntry = entryModules.find((src) => /\/framework-[^/]*\.js$/.test(src));
if (!appEntry) throw new Error('No framework chunk among the scripts of dist/index.html');
const cssFiles = [...built.matchAll(/<link rel="stylesheet"[^>]*>/g)].map(([tag]) => attr(tag, 'href'));
const css = cssFiles.map((href) => readFileSync(join('dist', href), 'utf8')).join('\n');
for (const href of cssFiles) rmSync(join('dist', href));
const template = put(built, /<!--text-size-script[^>]*-->/, `<script>${inline.textSize}</script>`)
  .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
  .replace(/\s*<link rel="(?:modulepreload|stylesheet)"[^>]*>/g, '');
const style = `<style>${css.trim()}</style>`;
const boot = `<script data-modules="${escapeAttr(entryModules.join(' '))}">${inline.boot}</script>`;

/**
 * One prerendered page: the template with the page's <head> and rendered app.
 * @param {Rendered} rendered
 * @param {{ lang: string; canonical: string; alternates: Array<[lang: string, path: string]>; scripts?: boolean; headScript?: string }} options
 *   scripts: false leaves out the page data and the boot script (no app on the page); headScript: an inline
 *   script run before anything is shown (right after <title>), e.g. the root page's language redirect.
 */
function page(rendered, { lang, canonical, alternates, scripts = true, headScript }) {
  const { meta, html, hydration } = rendered;
  const head = [
    `<link rel="canonical" href="${SITE}${canonical}" />`,
    ...alternates.map(([l, p]) => `<link rel="alternate" hreflang="${htmlLang[l]}" href="${SITE}${p}" />`),
    alternates.length ? `<link rel="alternate" hreflang="x-default" href="${SITE}/" />` : '',
    meta?.noindex ? '<meta name="robots" content="noindex" />' : '',
    `<meta property="og:title" content="${escapeAttr(meta?.og?.title ?? meta?.title ?? '')}" />`,
    `<meta property="og:description" content="${escapeAttr(meta?.description ?? '')}" />`,
    `<meta property="og:url" content="${SITE}${canonical}" />`,
    `<meta property="og:type" content="${escapeAttr(meta?.og?.type ?? 'website')}" />`,
    `<meta property="og:locale" content="${ogLocale[lang] ?? ogLocale[fallbackLang]}" />`,
    style,
  ]
    .filter(Boolean)
    .join('\n    ');
  const data = hydration ? `<script type="application/json" id="${PAGE_DATA_ID}">${escapeScript(JSON.stringify(hydration))}</script>\n    ` : '';
  let out = template;
  out = put(out, /<html lang="[^"]*">/, `<html lang="${htmlLang[lang] ?? lang}">`);
  out = put(out, /<title>[^<]*<\/title>/, `<title>${escapeText(meta?.title ?? '')}</title>${headScript ? `\n    <script>${headScript}</script>` : ''}`);
  out = put(out, '<meta name="description" content="" />', `<meta name="description" content="${escapeAttr(meta?.description ?? '')}" />`);
  out = put(out, '<!--head-->', head);
  out = put(out, '<div id="root"><!--app--></div>', `<div id="root">${html}</div>\n    ${scripts ? data + boot : ''}`);
  return out;
}

/**
 * @param {string} file
 * @param {string} content
 */
function write(file, content) {
  if (file.endsWith('.html')) {
    for (const [, code] of content.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) {
      if (!inlineScripts.has(code ?? '')) throw new Error(`${file}: inline script that is not one of the fixed ones`);
    }
    for (const [, code] of content.matchAll(/<style>([\s\S]*?)<\/style>/g)) if (code !== css.trim()) throw new Error(`${file}: unexpected <style>`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/**
 * `data.json` beside a page: what its loader returned, for client navigation (src/app/prerendered-data.ts).
 * @param {string} url
 * @param {Rendered} rendered
 */
function pageData(url, rendered) {
  if (!rendered.hydration) return;
  write(join('dist', url, DATA_FILE), JSON.stringify({ entry: appEntry, strings: rendered.strings, data: rendered.data ?? null }));
}

/**
 * The page's address as a QR code, printed at the foot of reading pages (src/components/page-print.tsx).
 * Made here, so no page needs the encoder and the browser's own Print shows it. Black on white,
 * error correction M (survives a smudge), the 4-module quiet zone the standard asks for.
 * @param {string} url
 */
async function writeQr(url) {
  const svg = await QRCode.toString(`${ssr.siteUrl}${url}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  write(join('dist', ssr.qrImagePath(url)), svg);
}

const pagesList = canonicalPaths();
// Pages marked noindex (the handout shell, whose contents live in a query string) are built but not in the sitemap.
const unlisted = new Set();
for (const url of pagesList) {
  const rendered = await render(url);
  if (rendered.meta?.noindex) unlisted.add(url);
  if (rendered.status !== 200) throw new Error(`${url} rendered with status ${rendered.status}`);
  const [, lang = '', ...rest] = url.split('/');
  const tail = rest.join('/');
  /** @type {Array<[string, string]>} */
  const alternates = Object.keys(htmlLang).map((l) => [l, `/${l}/${tail}`]);
  write(join('dist', url, 'index.html'), page(rendered, { lang, canonical: url, alternates }));
  pageData(url, rendered);
  await writeQr(url);
}

// "/" is rendered like every page (src/app/root-redirect.ts, the route's component), but runs no app: a tiny
// inline script in its <head> picks a language; without scripts it shows a link per language.
const root = await render('/');
write('dist/index.html', page(root, { lang: fallbackLang, canonical: '/', alternates: [], scripts: false, headScript: inline.rootRedirect }));
pageData('/', root);

// Short addresses typed from a printed handout (/zh/h/sr/): a page that forwards to the full link,
// without scripts, so any static host serves it.
for (const { lang, path, target } of ssr.shortAddressPages()) {
  const words = JSON.parse(readFileSync(`locales/${lang}/handout.json`, 'utf8')).short;
  let out = put(template, /<html lang="[^"]*">/, `<html lang="${htmlLang[lang]}">`);
  out = put(out, /<title>[^<]*<\/title>/, `<title>${escapeText(words.title)}</title>`);
  out = put(out, '<!--head-->', [`<meta http-equiv="refresh" content="0; url=${escapeAttr(target)}" />`, '<meta name="robots" content="noindex" />', `<link rel="canonical" href="${SITE}${escapeAttr(target)}" />`, style].join('\n    '));
  out = put(out, '<div id="root"><!--app--></div>', `<div id="root"><main class="page" id="main"><h1>${escapeText(words.title)}</h1><p><a href="${escapeAttr(target)}">${escapeText(words.open)}</a></p></main></div>`);
  write(join('dist', path, 'index.html'), out);
}

// 404 pages are shared by every unknown URL of their language.
for (const lang of Object.keys(htmlLang)) {
  const rendered = await render(`/${lang}/page-not-found/`);
  if (rendered.status !== 404) throw new Error(`404 page for ${lang} rendered with ${rendered.status}`);
  write(`dist/${lang}/404.html`, page(rendered, { lang, canonical: `/${lang}/page-not-found/`, alternates: [] }));
}
const unknownLang = await render('/page-not-found/');
write('dist/404.html', page(unknownLang, { lang: fallbackLang, canonical: '/page-not-found/', alternates: [] }));

// lastmod: when the content was last reviewed, not when it was built (a rebuild changes no page's meaning).
const today = ssr.contentLastReviewed;
write(
  'dist/sitemap.xml',
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    pagesList
      .filter((url) => !unlisted.has(url))
      .map((url) => {
        const tail = url.split('/').slice(2).join('/');
        const alts = Object.keys(htmlLang)
          .map((l) => `    <xhtml:link rel="alternate" hreflang="${htmlLang[l]}" href="${SITE}/${l}/${tail}"/>`)
          .join('\n');
        return `  <url>\n    <loc>${SITE}${url}</loc>\n    <lastmod>${today}</lastmod>\n${alts}\n  </url>`;
      })
      .join('\n') +
    '\n</urlset>\n',
);
write('dist/robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
// For whoever writes the Content-Security-Policy (npm start, static hosts): the hashes of the inline code.
write('dist/csp-hashes.json', JSON.stringify({ 'script-src': [...inlineScripts].map(cspHash), 'style-src': [cspHash(css.trim())] }, null, 2) + '\n');
rmSync('dist-ssr', { recursive: true, force: true });

console.log(`Prerendered ${pagesList.length} pages + root + ${Object.keys(htmlLang).length + 1} not-found pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
