import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
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
