/* global process, console, setTimeout */
// Run by tests/unit/serve.test.ts in a process of its own (node --expose-gc), so that what the
// other test threads allocate cannot count: serves a 1 MB file that changes 40 times, fetched
// gzipped each time, and prints how much the heap and buffers grew.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandler } from '../../scripts/serve.mjs';

const root = mkdtempSync(join(tmpdir(), 'dist-mem-'));
mkdirSync(join(root, 'assets'), { recursive: true });
for (const f of ['index.html', '404.html']) writeFileSync(join(root, f), '<!doctype html><title>x</title>');
const file = join(root, 'assets/data.txt');
writeFileSync(file, randomBytes(1024 * 1024));

const server = createServer(createHandler(root));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();
const get = () =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/assets/data.txt', headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end();
  });
// Settle before measuring: zlib and sockets free their buffers a tick after the response ends.
const used = async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 50));
    globalThis.gc();
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const statuses = [];
const versions = async (from, count) => {
  for (let v = from; v < from + count; v++) {
    writeFileSync(file, randomBytes(1024 * 1024));
    const t = new Date(Date.now() + v * 1000);
    utimesSync(file, t, t);
    statuses.push(await get());
  }
};

// Warm up (first-use allocations), then measure the growth over 30 more versions: a cache that
// keeps each version grows by about 30 MB; a server that keeps nothing stays flat.
await versions(0, 10);
const before = await used();
await versions(10, 30);
const grown = (await used()) - before;
await new Promise((r) => server.close(r));
rmSync(root, { recursive: true, force: true });
console.log(JSON.stringify({ grown, statuses }));
