// Dev tool: what each library costs in the framework chunk. Builds the client once more (nothing
// written to disk), takes each package's code as the bundler rendered it into the framework chunk
// (unused exports already dropped), minifies and gzips it on its own, and prints a table beside the
// real chunk's size. Usage: node scripts/framework-report.mjs
import { build } from 'vite';
import { minifySync } from 'rolldown/utils';
import { gzipSync } from 'node:zlib';

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => +(n / 1024).toFixed(2);
let rows = [];
await build({
  logLevel: 'warn',
  build: { write: false },
  plugins: [
    {
      name: 'framework-report',
      generateBundle(_, bundle) {
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'framework');
        if (!chunk) throw new Error('No framework chunk');
        const byPackage = new Map();
        for (const [id, mod] of Object.entries(chunk.modules)) {
          const name = id.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/)?.[1] ?? 'app code';
          byPackage.set(name, (byPackage.get(name) ?? '') + (mod.code ?? '') + '\n');
        }
        rows = [...byPackage].map(([name, code]) => {
          // Wrapped in a function so local names are mangled as in the real chunk; not compressed, because
          // taken alone every module looks unused.
          const min = minifySync('x.js', `(function(){${code}})()`, { compress: false, mangle: true }).code;
          return { library: name, 'min KB': kb(min.length), 'gzip KB (alone)': kb(gz(min)) };
        });
        rows.sort((a, b) => b['gzip KB (alone)'] - a['gzip KB (alone)']);
        rows.push({ library: 'framework chunk as shipped', 'min KB': kb(chunk.code.length), 'gzip KB (alone)': kb(gz(chunk.code)) });
      },
    },
  ],
});
console.table(rows);
