// Production build: client bundle, server bundle, then every page of both
// languages prerendered to dist/<lang>/<path>/index.html with its own <head>.
import { build } from 'vite';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SITE = process.env.SITE_URL ?? 'https://stem-cell-guide.example';
const started = performance.now();
const quiet = { logLevel: 'warn' };

await build({ ...quiet });
await build({ ...quiet, build: { ssr: 'src/app/entry-server.tsx', outDir: 'dist-ssr', emptyOutDir: true } });

const { render, canonicalPaths } = await import(pathToFileURL('dist-ssr/entry-server.js').href);
const template = readFileSync('dist/index.html', 'utf8');
const htmlLang = { en: 'en', zh: 'zh-Hans' };
// Open Graph locale (language_TERRITORY), for chat-app link previews.
const ogLocale = { en: 'en_GB', zh: 'zh_CN' };

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// JSON inside <script>: nothing in it can close the tag.
const escapeScript = (s) => s.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function page(url, rendered, { lang, canonical, alternates }) {
  const { meta, html, hydrationData } = rendered;
  const head = [
    `<link rel="canonical" href="${SITE}${canonical}" />`,
    ...alternates.map(([l, p]) => `<link rel="alternate" hreflang="${htmlLang[l]}" href="${SITE}${p}" />`),
    alternates.length ? `<link rel="alternate" hreflang="x-default" href="${SITE}/" />` : '',
    meta?.noindex ? '<meta name="robots" content="noindex" />' : '',
    `<meta property="og:title" content="${escapeAttr(meta?.og?.title ?? meta?.title ?? '')}" />`,
    `<meta property="og:description" content="${escapeAttr(meta?.description ?? '')}" />`,
    `<meta property="og:url" content="${SITE}${canonical}" />`,
    `<meta property="og:type" content="${escapeAttr(meta?.og?.type ?? 'website')}" />`,
    `<meta property="og:locale" content="${ogLocale[lang] ?? 'en_GB'}" />`,
  ]
    .filter(Boolean)
    .join('\n    ');
  const data = hydrationData ? `<script>window.__staticRouterHydrationData = ${escapeScript(hydrationData)};</script>\n    ` : '';
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${htmlLang[lang] ?? lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(meta?.title ?? '')}</title>`)
    .replace('<meta name="description" content="" />', `<meta name="description" content="${escapeAttr(meta?.description ?? '')}" />`)
    .replace('<!--head-->', head)
    .replace('<div id="root"><!--app--></div>', `<div id="root">${html}</div>\n    ${data}`);
}

function write(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

const pagesList = canonicalPaths();
// Pages marked noindex (the handout shell, whose contents live in a query string) are built but not in the sitemap.
const unlisted = new Set();
for (const url of pagesList) {
  const rendered = await render(url);
  if (rendered.meta?.noindex) unlisted.add(url);
  if (rendered.status !== 200) throw new Error(`${url} rendered with status ${rendered.status}`);
  const [, lang, ...rest] = url.split('/');
  const tail = rest.join('/');
  const alternates = Object.keys(htmlLang).map((l) => [l, `/${l}/${tail}`]);
  write(join('dist', url, 'index.html'), page(url, rendered, { lang, canonical: url, alternates }));
}

// "/" picks a language with a tiny script of its own instead of the app; without scripts it shows two links.
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const redirect = manifest['src/app/root-redirect.ts']?.file;
if (!redirect) throw new Error('root-redirect entry missing from the Vite manifest');
const rootPage = page('/', await render('/'), { lang: 'en', canonical: '/', alternates: [] })
  .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
  .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
  .replace(/\s*<script>window.__staticRouterHydrationData[^<]*<\/script>/, '')
  .replace('</body>', `  <script type="module" src="/${redirect}"></script>\n  </body>`);
write('dist/index.html', rootPage);
rmSync('dist/.vite', { recursive: true, force: true });

// 404 pages are shared by every unknown URL of their language.
for (const lang of Object.keys(htmlLang)) {
  const rendered = await render(`/${lang}/page-not-found/`);
  if (rendered.status !== 404) throw new Error(`404 page for ${lang} rendered with ${rendered.status}`);
  write(`dist/${lang}/404.html`, page('', rendered, { lang, canonical: `/${lang}/page-not-found/`, alternates: [] }));
}
const unknownLang = await render('/page-not-found/');
write('dist/404.html', page('', unknownLang, { lang: 'en', canonical: '/page-not-found/', alternates: [] }));

const today = new Date().toISOString().slice(0, 10);
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
rmSync('dist-ssr', { recursive: true, force: true });

console.log(`Prerendered ${pagesList.length} pages + root + 3 not-found pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
