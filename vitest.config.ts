import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// The same build-time constants as the app build (vite.config.ts), with CONTACT_EMAIL left unset
// so component tests do not depend on the shell: they stub the address where they need one.
// (Loaded by Vite's module runner, as in vite.config.ts: it reads TypeScript content.)
const definesFile = fileURLToPath(new URL('./src/build/defines.ts', import.meta.url));
const { module: defines } = await runnerImport<typeof import('./src/build/defines')>(definesFile, { configFile: false, logLevel: 'error' });
const define = await defines.buildDefines({ ...process.env, CONTACT_EMAIL: '' }, fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  plugins: [react()],
  define,
  test: {
    // Both cores: Vitest's default leaves one free for the machine (one worker on a 2-core CI box).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          // Pure logic in Node: no DOM to set up per file. A unit test that needs one (a document,
          // localStorage) says so in its first line: `// @vitest-environment jsdom`.
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure functions: the files share each worker's modules instead of starting a fresh one per file
          // (a quarter of the unit and component run). A file that mocks a module resets them (page-data).
          isolate: false,
          // A busy 2-core CI machine can take seconds for a content-wide test; the 5 s default would be flaky, not stricter.
          testTimeout: 120_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-dom.ts'],
          // Component tests render whole routes in jsdom; a busy 2-core CI machine can take
          // several seconds for one, so the 5 s default makes them flaky, not stricter.
          testTimeout: 120_000,
          // expect.poll waits for what a page does next; 1 s (the default) is a latency limit, not a check.
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
