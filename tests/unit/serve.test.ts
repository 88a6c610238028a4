// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { createHandler } from '../../scripts/serve.mjs';
// @ts-expect-error: plain ESM script without types
import { cspHash } from '../../scripts/security-headers.mjs';

interface Served {
  server: Server;
  base: string;
  port: number;
  root: string;
}

const INLINE = "document.documentElement.dataset.x = '1';";
const page = (body: string, script = INLINE) => `<!doctype html><html><head><script>${script}</script></head><body>${body}</body></html>`;

function siteIn(root: string) {
  const file = (p: string, s: string | Buffer) => {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), s);
  };
  file('index.html', page('root'));
  file('404.html', page('nf'));
  file('en/index.html', page('en home'));
  file('en/404.html', page('en nf'));
  file('zh/404.html', page('zh nf'));
  file('en/modules/sle/index.html', page('sle'));
  file('assets/app-1234.js', 'js');
  file('assets/big-1234.js', `console.log(${JSON.stringify('x'.repeat(5000))});`);
  return file;
}

async function serve(root: string): Promise<Served> {
  const server = createServer(createHandler(root));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { server, base: `http://127.0.0.1:${port}`, port, root };
}

/** A request sent exactly as written: fetch() would tidy dots and slashes away before they reach the server. */
function raw(port: number, path: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          const data = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const body = encoding === 'gzip' ? gunzipSync(data) : encoding === 'br' ? brotliDecompressSync(data) : data;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') });
        } catch (err) {
          reject(err);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

let site: Served;
let outside: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'dist-'));
  const file = siteIn(root);
  file('.env', 'SECRET=dotfile');
  file('.git/config', 'SECRET=git');
  file('en/.hidden.html', 'SECRET=hidden');
  outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'SECRET=outside');
  mkdirSync(join(outside, 'pages'));
  writeFileSync(join(outside, 'pages', 'index.html'), 'SECRET=outside page');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync(join(outside, 'pages'), join(root, 'en', 'leak'));
  symlinkSync(join(root, 'en', 'modules'), join(root, 'en', 'inside')); // a link that stays inside is fine
  site = await serve(root);
});
afterAll(() => new Promise((r) => site.server.close(r)));

describe('start server: the site rules', () => {
  it('serves canonical pages with no-cache, and hashed assets as immutable', async () => {
    const res = await fetch(`${site.base}/en/modules/sle/`);
    expect(await res.text()).toContain('sle');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const asset = await fetch(`${site.base}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each(['gzip', 'br'])('compresses text for clients that accept %s', async (encoding) => {
    const r = await raw(site.port, '/assets/big-1234.js', 'GET', { 'accept-encoding': encoding });
    expect(r.headers['content-encoding']).toBe(encoding);
    expect(r.headers.vary).toMatch(/accept-encoding/i);
    const res = await fetch(`${site.base}/assets/big-1234.js`, { headers: { 'accept-encoding': encoding } });
    expect(await res.text()).toContain('xxxxx');
  });

  it('redirects a URL without its trailing slash, keeping the query', async () => {
    const r = await fetch(`${site.base}/en/modules/sle?x=1`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/en/modules/sle/?x=1');
  });

  it.each([
    ['/en/nope/', 'en nf'],
    ['/zh/nope/', 'zh nf'],
    ['/zh/modules/nope', 'zh nf'],
    ['/xx/', 'nf'],
    ['/%E0%A4%A/', 'nf'],
  ])('%s → 404 page of its language', async (path, body) => {
    const r = await fetch(site.base + path);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain(body);
    expect(r.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('start server: what it refuses', () => {
  it.each(['/../../../../etc/passwd', '/en/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd'])('never serves files outside the build folder: %s', async (path) => {
    const r = await raw(site.port, path);
    expect(r.status).toBe(404);
    expect(r.body).toContain('nf');
    expect(r.body).not.toContain('root:');
  });

  it.each(['/.env', '/.git/config', '/en/.hidden.html', '/%2eenv', '/en/%2Ehidden.html'])('serves no dot-file: %s', async (path) => {
    const r = await raw(site.port, path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('SECRET');
  });

  it.each(['/leak.txt', '/en/leak/', '/en/leak/index.html', '/en/leak'])('follows no symbolic link out of the build folder: %s', async (path) => {
    const r = await raw(site.port, path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('SECRET');
  });

  it('still serves a symbolic link that stays inside the build folder', async () => {
    const r = await raw(site.port, '/en/inside/sle/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('sle');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow', async (method) => {
    const r = await raw(site.port, '/en/', method);
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('answers HEAD like GET, without a body', async () => {
    const r = await raw(site.port, '/en/modules/sle/', 'HEAD');
    expect(r.status).toBe(200);
    expect(r.body).toBe('');
    expect(Number(r.headers['content-length'])).toBeGreaterThan(0);
  });

  it.each([
    '/.//evil.example/..%2fen',
    '//evil.example',
    '//evil.example/en',
    '//evil.example/en/modules/sle',
    '/%2F%2Fevil.example/en',
    '/%2Fevil.example',
    '/\\evil.example/en',
    '/%5Cevil.example/en',
    '/./evil.example/../en',
    '/en//modules/sle',
  ])('redirects only to paths on this site: %s', async (path) => {
    const r = await raw(site.port, path);
    if (r.status === 301 || r.status === 302 || r.status === 307 || r.status === 308) {
      const location = String(r.headers.location);
      expect(location).toMatch(/^\/[^/\\]/);
      expect(new URL(location, site.base).origin).toBe(site.base);
    } else {
      expect(r.status).toBe(404);
    }
  });

  it('keeps a query out of a redirect when it is not plain ASCII (it would go into a header)', async () => {
    const r = await raw(site.port, '/en/modules/sle?a=%0d%0aSet-Cookie:x');
    expect(r.status).toBe(301);
    expect(r.headers['set-cookie']).toBeUndefined();
    expect(String(r.headers.location).startsWith('/en/modules/sle/')).toBe(true);
  });
});

describe('start server: revisits and headers', () => {
  it('sends ETag and Last-Modified and answers a revisit with 304', async () => {
    // Raw requests: fetch() adds "Cache-Control: no-cache" to a request with If-None-Match, which rightly forbids a 304.
    const first = await raw(site.port, '/en/modules/sle/');
    const etag = String(first.headers.etag ?? '');
    const modified = String(first.headers['last-modified'] ?? '');
    expect(etag).toMatch(/^(W\/)?"/);
    expect(Date.parse(modified)).not.toBeNaN();
    const byTag = await raw(site.port, '/en/modules/sle/', 'GET', { 'if-none-match': etag, 'accept-encoding': 'gzip' });
    expect(byTag.status).toBe(304);
    expect(byTag.body).toBe('');
    expect(byTag.headers['content-security-policy']).toContain("default-src 'none'");
    const byDate = await raw(site.port, '/en/modules/sle/', 'GET', { 'if-modified-since': modified });
    expect(byDate.status).toBe(304);
    const stale = await raw(site.port, '/en/modules/sle/', 'GET', { 'if-none-match': 'W/"old"' });
    expect(stale.status).toBe(200);
    expect(stale.body).toContain('sle');
  });

  it('never answers a 404 page with 304', async () => {
    const r = await raw(site.port, '/en/nope/', 'GET', { 'if-modified-since': new Date(Date.now() + 86_400_000).toUTCString() });
    expect(r.status).toBe(404);
    expect(r.body).toContain('en nf');
  });

  it.each([
    ['a page', '/en/modules/sle/', 'GET'],
    ['an asset', '/assets/app-1234.js', 'GET'],
    ['a 404', '/en/nope/', 'GET'],
    ['a redirect', '/en/modules/sle', 'GET'],
    ['a 405', '/en/', 'POST'],
  ])('sends the security headers on %s', async (_what, path, method) => {
    const r = await raw(site.port, path, method);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toContain(cspHash(INLINE));
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(r.headers['permissions-policy']).toContain('camera=()');
  });

  it('computes the policy again when a rebuilt page carries a new inline script', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dist-'));
    const file = siteIn(root);
    const s = await serve(root);
    try {
      expect(String((await raw(s.port, '/en/')).headers['content-security-policy'])).toContain(cspHash(INLINE));
      const changed = 'window.rebuilt = true;';
      file('en/index.html', page('en home', changed));
      const later = new Date(Date.now() + 5000);
      utimesSync(join(root, 'en/index.html'), later, later);
      const csp = String((await raw(s.port, '/en/')).headers['content-security-policy']);
      expect(csp).toContain(cspHash(changed));
    } finally {
      await new Promise((r) => s.server.close(r));
    }
  });
});

describe('start server: does not fall over', () => {
  it('keeps answering while the build folder is rebuilt under it (by another thread, as a rebuild would)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dist-'));
    const file = siteIn(root);
    const names = Array.from({ length: 6 }, (_, i) => `en/modules/m${i}/index.html`);
    for (const n of names) file(n, page('x'.repeat(100_000)));
    const s = await serve(root);
    // What a rebuild does, as fast as it can, on its own thread: delete, write anew, rename over,
    // truncate and refill, and for a moment a folder where a file was.
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const rebuild = new Worker(
      `
      const { workerData } = require('node:worker_threads');
      const { mkdirSync, renameSync, rmSync, writeFileSync } = require('node:fs');
      const { join } = require('node:path');
      const { root, names, stop } = workerData;
      const body = '<!doctype html><p>' + 'y'.repeat(100000) + '</p>';
      let n = 0;
      while (Atomics.load(stop, 0) === 0) {
        for (const [i, name] of names.entries()) {
          const p = join(root, name);
          try {
            if (i % 4 === 0) rmSync(p, { force: true });
            else if (i % 4 === 1) writeFileSync(p, body.slice(0, (n * 7919) % body.length));
            else if (i % 4 === 2) { writeFileSync(p + '.tmp', body); renameSync(p + '.tmp', p); }
            else { rmSync(p, { recursive: true, force: true }); mkdirSync(p); rmSync(p, { recursive: true, force: true }); writeFileSync(p, body); }
          } catch {}
          n += 1;
        }
      }
      `,
      { eval: true, workerData: { root, names, stop } },
    );
    const statuses = new Map<number, number>();
    let cut = 0;
    try {
      for (let round = 0; round < 40; round++) {
        const results = await Promise.allSettled(
          names.flatMap((n) => [
            raw(s.port, `/${n.replace(/index\.html$/, '')}`),
            raw(s.port, `/${n.replace(/index\.html$/, '')}`, 'GET', { 'accept-encoding': 'gzip' }),
            raw(s.port, `/${n.replace(/\/index\.html$/, '')}`),
          ]),
        );
        for (const r of results) {
          // A response cut short (the file changed while it was sent) is allowed; a crashed server is not.
          if (r.status === 'fulfilled') {
            statuses.set(r.value.status, (statuses.get(r.value.status) ?? 0) + 1);
            if (r.value.status === 404) expect(r.value.body).toContain('en nf');
          } else cut += 1;
        }
      }
    } finally {
      Atomics.store(stop, 0, 1);
      await new Promise((r) => rebuild.once('exit', r));
    }
    try {
      const codes = [...statuses.keys()];
      expect(codes.every((code) => [200, 301, 404, 500].includes(code)), `statuses ${JSON.stringify([...statuses])}`).toBe(true);
      expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
      expect(statuses.get(404) ?? 0, 'the rebuild was seen').toBeGreaterThan(0);
      expect(cut).toBeLessThan(40 * names.length * 3);
      // Still up, and right, afterwards.
      for (const n of names) file(n, page('settled'));
      const after = await raw(s.port, '/en/modules/m0/');
      expect(after.status).toBe(200);
      expect(after.body).toContain('settled');
    } finally {
      await new Promise((r) => s.server.close(r));
    }
  }, 90_000);

  it('keeps no growing cache: memory stays flat while files change version after version', async () => {
    // In a process of its own: other test threads' buffers would count in this one's memory.
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', 'tests/unit/serve-memory-probe.mjs']);
    const { grown, statuses } = JSON.parse(stdout) as { grown: number; statuses: number[] };
    expect(statuses).toEqual(Array(40).fill(200));
    // The old server kept every gzip it made: 30 versions of a 1 MB file would be 30 MB.
    expect(grown).toBeLessThan(15 * 1024 * 1024);
  }, 120_000);
});
