// @ts-check
// Dev tool: what each library costs in the framework chunk. Builds the client once more (nothing
// written to disk), takes each package's code as the bundler rendered it into the framework chunk
// (unused exports already dropped), minifies and gzips it on its own, and prints a table beside the
// real chunk's size. Usage: node scripts/framework-report.mjs
// The "framework" entry (vite.config.ts `input`) is a small facade that imports the "framework"
// code-splitting group, where the libraries are: both chunks named "framework" are counted.
import { build } from 'vite';
import { minifySync } from 'rolldown/utils';
import { gzipSync } from 'node:zlib';

/** @typedef {{ library: string; 'min KB': number; 'gzip KB (alone)': number }} Row */

/** @param {string} code */
const gz = (code) => gzipSync(code, { level: 9 }).length;
/** @param {number} n */
const kb = (n) => +(n / 1024).toFixed(2);
/** @type {Row[]} */
let rows = [];
await build({
  logLevel: 'warn',
  build: { write: false },
  plugins: [
    {
      name: 'framework-report',
      generateBundle(_, bundle) {
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' && c.name === 'framework' ? [c] : []));
        if (!chunks.some((c) => !c.isEntry)) throw new Error('No framework code-splitting group (vite.config.ts codeSplitting.groups)');
        /** @type {Map<string, string>} */
        const byPackage = new Map();
        for (const chunk of chunks) {
          for (const [id, mod] of Object.entries(chunk.modules)) {
            const name = id.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/)?.[1] ?? 'app code';
            byPackage.set(name, (byPackage.get(name) ?? '') + (mod.code ?? '') + '\n');
          }
        }
        rows = [...byPackage].map(([name, code]) => {
          // Wrapped in a function so local names are mangled as in the real chunk; not compressed, because
          // taken alone every module looks unused.
          const min = minifySync('x.js', `(function(){${code}})()`, { compress: false, mangle: true }).code;
          return { library: name, 'min KB': kb(min.length), 'gzip KB (alone)': kb(gz(min)) };
        });
        rows.sort((a, b) => b['gzip KB (alone)'] - a['gzip KB (alone)']);
        const shipped = chunks.map((c) => c.code).join('\n');
        rows.push({ library: `framework chunks as shipped (${chunks.length})`, 'min KB': kb(shipped.length), 'gzip KB (alone)': kb(gz(shipped)) });
      },
    },
  ],
});
console.table(rows);
