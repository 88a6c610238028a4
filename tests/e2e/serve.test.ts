// `npm start` on the real build (dist/, served by scripts/serve.mjs through global-setup.ts): the
// site rules of README "Deploy" on real pages, assets and 404 pages, and the security headers
// the same as the ones written for static hosts (dist/_headers). No browser: plain HTTP.
// tests/unit/serve.test.ts checks the server's rules in depth on a small made-up site.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/langs';
import { baseURL } from './browser';

const DIST = 'dist';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET sent as written (fetch() adds "Cache-Control: no-cache" to a conditional request, which rightly forbids a 304). */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseURL}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The headers dist/_headers gives every path ("/*"), as written for Netlify and Cloudflare Pages. */
function headersForEveryPath(): Record<string, string> {
  const lines = readFileSync(join(DIST, '_headers'), 'utf8').split('\n');
  const start = lines.indexOf('/*');
  const block = lines.slice(start + 1, lines.findIndex((line, i) => i > start && !line.startsWith('  ')));
  return Object.fromEntries(block.map((line) => line.trim().split(/: (.*)/s).slice(0, 2) as [string, string]));
}

/** The page's scripts, as the boot script lists them (scripts/build.mjs). */
const modulesOf = (html: string) => (html.match(/data-modules="([^"]*)"/)?.[1] ?? '').split(' ').filter(Boolean);

describe('npm start on the real build', () => {
  it.each(langs)('serves %s home page as HTML that is revalidated every time', async (lang) => {
    const r = await get(`/${lang}/`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.body).toBe(readFileSync(join(DIST, lang, 'index.html'), 'utf8'));
  });

  it('serves the hashed assets a page loads as immutable for a year', async () => {
    const modules = modulesOf((await get('/en/')).body);
    expect(modules.length).toBeGreaterThan(0);
    for (const path of modules) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it.each([
    ['/en/no-such-page/', 'en/404.html'],
    ['/zh/modules/no-such-module/', 'zh/404.html'],
    ['/xx/', '404.html'],
  ])('answers %s with the 404 page %s and status 404', async (path, page) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.body).toBe(readFileSync(join(DIST, page), 'utf8'));
  });

  it.each(['/en/modules/sle', '/zh/about', '/en/h/s'])('redirects %s to its canonical address with a trailing slash', async (path) => {
    const r = await get(`${path}?from=test`);
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe(`${path}/?from=test`);
  });

  it('serves a short handout address (/{lang}/h/{letters}/) as its prerendered forwarding page', async () => {
    for (const lang of langs) {
      const r = await get(`/${lang}/h/s/`);
      expect(r.status).toBe(200);
      expect(r.body).toMatch(/<meta http-equiv="refresh" content="0; url=\/[^"]+\/handout\/\?/);
    }
  });

  it.each([
    ['a page', '/en/'],
    ['a 404', '/en/no-such-page/'],
    ['a redirect', '/en/modules/sle'],
  ])('sends on %s the security headers dist/_headers gives static hosts', async (_what, path) => {
    const expected = headersForEveryPath();
    expect(Object.keys(expected)).toContain('Content-Security-Policy');
    const r = await get(path);
    for (const [name, value] of Object.entries(expected)) expect(r.headers[name.toLowerCase()], name).toBe(value);
  });

  it('answers a revisit with 304 (ETag and Last-Modified), and a changed ETag with the page', async () => {
    const first = await get('/en/modules/sle/');
    const etag = String(first.headers.etag ?? '');
    const modified = String(first.headers['last-modified'] ?? '');
    expect(etag).not.toBe('');
    expect(modified).not.toBe('');
    const byTag = await get('/en/modules/sle/', { 'if-none-match': etag });
    expect(byTag.status).toBe(304);
    expect(byTag.body).toBe('');
    expect((await get('/en/modules/sle/', { 'if-modified-since': modified })).status).toBe(304);
    expect((await get('/en/modules/sle/', { 'if-none-match': '"another-version"' })).status).toBe(200);
  });
});
