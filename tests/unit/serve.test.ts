import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { createHandler } from '../../scripts/serve.mjs';

let server: Server;
let base: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'dist-'));
  const file = (p: string, s: string) => {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), s);
  };
  file('index.html', 'root');
  file('404.html', 'nf');
  file('en/index.html', 'en home');
  file('en/404.html', 'en nf');
  file('zh/404.html', 'zh nf');
  file('en/modules/sle/index.html', 'sle');
  file('assets/app-1234.js', 'js');
  server = createServer(createHandler(root));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

describe('start server', () => {
  it('serves canonical pages with no-cache, and hashed assets as immutable', async () => {
    const page = await fetch(`${base}/en/modules/sle/`);
    expect(await page.text()).toBe('sle');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${base}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });
  it('compresses text for clients that accept gzip', async () => {
    const r = await fetch(`${base}/en/modules/sle/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(await r.text()).toBe('sle');
  });
  it('redirects a URL without its trailing slash, keeping the query', async () => {
    const r = await fetch(`${base}/en/modules/sle?x=1`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/en/modules/sle/?x=1');
  });
  it.each([
    ['/en/nope/', 'en nf'],
    ['/zh/nope/', 'zh nf'],
    ['/xx/', 'nf'],
    ['/%E0%A4%A/', 'nf'],
  ])('%s → 404 page of its language', async (path, body) => {
    const r = await fetch(base + path);
    expect(r.status).toBe(404);
    expect(await r.text()).toBe(body);
  });
  it('never serves files outside the build folder', async () => {
    // Sent raw: fetch() would tidy the dots away before they reach the server.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      get({ host: '127.0.0.1', port: Number(new URL(base).port), path: '/../../../../etc/passwd' }, (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      }).on('error', reject);
    });
    expect(status).toBe(404);
    expect(body).toBe('nf');
  });
});
