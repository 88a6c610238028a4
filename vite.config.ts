import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport } from 'vite';
import react from '@vitejs/plugin-react';

const routerBuild = (file: string) => fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));

/**
 * The app's build-time constants (src/build/defines.ts). That code reads the content (TypeScript
 * modules, locale files), so Vite's module runner loads it, as it loads the app, rather than the
 * config bundler.
 */
async function buildDefines(env: Record<string, string | undefined>): Promise<Record<string, string>> {
  const file = fileURLToPath(new URL('./src/build/defines.ts', import.meta.url));
  const { module } = await runnerImport<typeof import('./src/build/defines')>(file, { configFile: false, logLevel: 'error' });
  return module.buildDefines(env, fileURLToPath(new URL('.', import.meta.url)));
}

// The client build. scripts/build.mjs adds the server build and prerenders every page.
export default defineConfig(async () => ({
  plugins: [react()],
  // Build-time constants: clinical review state (a bad sign-off record fails the build here, naming
  // the entry), CONTACT_EMAIL and SITE_URL. See src/build/defines.ts.
  define: await buildDefines(process.env),
  resolve: {
    // React Router's package exports point browsers at its development build, which keeps dev-only
    // warnings (ENABLE_DEV_WARNINGS) in the bundle; the production build is the same code without them.
    alias: [
      { find: /^react-router$/, replacement: routerBuild('index.mjs') },
      { find: /^react-router\/dom$/, replacement: routerBuild('dom-export.mjs') },
    ],
  },
  build: {
    // Budgets are checked by tests/e2e/budget.test.ts, not by a warning here.
    chunkSizeWarningLimit: 400,
    manifest: true,
    rolldownOptions: {
      // "/" gets only a tiny language redirect, not the app (scripts/build.mjs wires it in).
      input: { main: 'index.html', 'root-redirect': 'src/app/root-redirect.ts' },
      output: {
        // Every page loads the framework: one file compresses better than four and is cached across pages.
        codeSplitting: {
          groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|use-sync-external-store)[\\/]/ }],
        },
      },
    },
  },
}));
