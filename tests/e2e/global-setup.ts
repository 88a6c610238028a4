import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { AXE_FILE, AXE_PATH } from './a11y';
import { findChromium } from './find-chromium';
// @ts-expect-error: plain ESM script without types
import { createHandler } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}

let server: Server | undefined;

/**
 * Serves the production build (npm run build) the way `npm start` does, on a free port; plus
 * axe-core at AXE_PATH for the accessibility checks (tests/e2e/a11y.ts), cached like the app's code.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/. Run "npm run build" first (npm test does).');
  project.provide('chromiumPath', findChromium());
  const site = createHandler('dist');
  server = createServer((req, res) => {
    if (req.url !== AXE_PATH) return site(req, res);
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' });
    createReadStream(AXE_FILE).pipe(res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return async () => {
    await new Promise((resolve) => server?.close(resolve));
  };
}
