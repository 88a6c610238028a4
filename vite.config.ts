import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { textSizeScript } from './src/settings/text-size-script.ts';

const routerBuild = (file: string) => fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));
const prerenderedData = fileURLToPath(new URL('./src/app/prerendered-data.ts', import.meta.url));
const reactSyncExternalStore = fileURLToPath(new URL('./src/app/use-sync-external-store.ts', import.meta.url));

/** `npm run dev`: the text-size script inline in <head>, as scripts/build.mjs puts it (minified) into every built page. */
function inlineTextSizeScript(): Plugin {
  return {
    name: 'inline-text-size-script',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/<!--text-size-script[^>]*-->/, () => `<script>${textSizeScript}</script>`),
    },
  };
}

/**
 * Production client only: a page's `loader` (src/routes/*.tsx) becomes `prerenderedLoader`, which
 * fetches the data the build wrote for that page (src/app/prerendered-data.ts). The real loader, and
 * everything only it imports (whole modules' words, the source registry), stays out of the browser.
 */
function prerenderedLoaders(): Plugin {
  return {
    name: 'prerendered-loaders',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (this.environment.config.consumer !== 'client' || !/[\\/]src[\\/]routes[\\/][\w-]+\.tsx$/.test(id)) return;
      const program = this.parse(code);
      for (const node of program.body) {
        if (node.type !== 'ExportNamedDeclaration' || !node.declaration) continue;
        const d = node.declaration;
        const isLoader =
          (d.type === 'FunctionDeclaration' && d.id?.name === 'loader') ||
          (d.type === 'VariableDeclaration' && d.declarations.some((v) => v.id.type === 'Identifier' && v.id.name === 'loader'));
        if (!isLoader) continue;
        if (d.type === 'VariableDeclaration' && d.declarations.length > 1) this.error(`${id}: declare "loader" on its own`);
        const replacement = `export { prerenderedLoader as loader } from ${JSON.stringify(prerenderedData)};`;
        return { code: code.slice(0, node.start) + replacement + code.slice(node.end), map: null };
      }
    },
  };
}

/**
 * i18next builds its Intl formatters and its backend connector in `init`, so the bundler keeps them
 * though this app uses neither: no `{{value, format}}` in the locale files (tests/unit/locale-parity
 * checks), and every string is passed in as `resources`, never loaded by a backend. These two cuts make
 * them droppable (about 1.5 KB gzip). A newer i18next that changes these lines stops the build here.
 */
function i18nextWithoutUnusedParts(): Plugin {
  const cuts: Array<[string, string]> = [
    // Without a formatter, i18next interpolates with `value => value` (Interpolator).
    ['formatter = Formatter;', 'formatter = undefined;'],
    // Without a backend, `load` is only reached when `resources` is missing; hasLoadedNamespace reads `state`.
    [
      'new Connector(createClassOnDemand(this.modules.backend), s.resourceStore, s, this.options)',
      'new (class extends EventEmitter { state = {}; load(l, n, callback) { callback(); } reload(l, n, callback) { callback?.(); } })()',
    ],
  ];
  return {
    name: 'i18next-without-unused-parts',
    apply: 'build',
    transform(code, id) {
      if (this.environment.config.consumer !== 'client' || !/[\\/]node_modules[\\/]i18next[\\/]dist[\\/]esm[\\/]i18next\.js$/.test(id)) return;
      let out = code;
      for (const [from, to] of cuts) {
        if (!out.includes(from)) this.error(`i18next changed: "${from}" not found; update vite.config.ts`);
        out = out.replace(from, () => to);
      }
      return { code: out, map: null };
    },
  };
}

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
export default defineConfig(async (): Promise<UserConfig> => ({
  plugins: [react(), inlineTextSizeScript(), prerenderedLoaders(), i18nextWithoutUnusedParts()],
  // Build-time constants: clinical review state (a bad sign-off record fails the build here, naming
  // the entry), CONTACT_EMAIL and SITE_URL. See src/build/defines.ts.
  define: await buildDefines(process.env),
  resolve: {
    // React Router's package exports point browsers at its development build, which keeps dev-only
    // warnings (ENABLE_DEV_WARNINGS) in the bundle; the production build is the same code without them.
    alias: [
      { find: /^react-router$/, replacement: routerBuild('index.mjs') },
      { find: /^react-router\/dom$/, replacement: routerBuild('dom-export.mjs') },
      // react-i18next imports the useSyncExternalStore shim for React < 18; React 19 has its own.
      { find: /^use-sync-external-store\/shim$/, replacement: reactSyncExternalStore },
    ],
  },
  build: {
    // Budgets are checked by the end-to-end tests (tests/e2e/budget.ts), not by a warning here.
    chunkSizeWarningLimit: 400,
    // No preload helper in every page's script: a page's own code loads before hydration
    // (src/app/entry-client.tsx), and its chunks import each other directly.
    modulePreload: false,
    rolldownOptions: {
      // The entry chunk is the one file every page loads: React, React Router, i18next and the app shell
      // (router setup, layout, header, footer, strings loader). One file compresses better than several,
      // and what is left for each page is only its own code and words.
      input: { framework: 'index.html' },
      treeshake: {
        // Content loaders hold import.meta.glob maps, which the bundler cannot tell are side-effect free:
        // without this, a page whose loader was replaced (prerendered-loaders) would still import them.
        // Feature folders only declare things too: a page that imports a feature's public entry (index.ts)
        // then takes in only the modules whose exports it uses, not every module the entry names.
        moduleSideEffects: (id) => !/[\\/]src[\\/](content[\\/]|routes[\\/]route-params\.ts$|(handout|progress|quiz|safety|settings|share-link)[\\/])/.test(id),
      },
      output: {
        // Words (locales/**) in files of their own name, so a page's bytes can be told apart: framework, code, words.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/locales/') ? 'assets/words-[name]-[hash].js' : 'assets/[name]-[hash].js'),
        codeSplitting: {
          groups: [{ name: 'framework', test: /[\\/]src[\\/]app[\\/]entry-client\.tsx$|node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next)[\\/]/ }],
        },
      },
    },
  },
}));
