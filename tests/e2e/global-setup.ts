import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain ESM script without types
import { createHandler } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}

const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the end-to-end tests.',
  '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk',
  '  Or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');

function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found;
}

let server: Server | undefined;

/** Serves the production build (npm run build) the way `npm start` does, on a free port. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/. Run "npm run build" first (npm test does).');
  project.provide('chromiumPath', findChromium());
  server = createServer(createHandler('dist'));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return async () => {
    await new Promise((resolve) => server?.close(resolve));
  };
}
