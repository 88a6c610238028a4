// @ts-check
// After the build: writes the security headers computed from the built pages for static
// hosts: dist/_headers (Netlify / Cloudflare Pages) and dist/_nginx-headers.conf (nginx
// `include`). `npm run build` runs it right after scripts/build.mjs; see README "Deploy".
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectInlineHashes, headersFile, nginxHeaders, securityHeaders } from './security-headers.mjs';

const dir = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const hashes = collectInlineHashes(dir);
if (hashes.pages === 0) {
  console.error(`No pages in ${dir}: run scripts/build.mjs first.`);
  process.exit(1);
}
const headers = securityHeaders(hashes);
writeFileSync(join(dir, '_headers'), headersFile(headers));
writeFileSync(join(dir, '_nginx-headers.conf'), nginxHeaders(headers));
const csp = headers['Content-Security-Policy'] ?? '';
console.log(
  `Wrote ${join(dir, '_headers')} and _nginx-headers.conf: ${hashes.scripts.length} inline script hash(es), ${hashes.styles.length + hashes.styleAttributes.length} inline style hash(es) over ${hashes.pages} pages; CSP ${csp.length} characters`,
);
// Some hosts cap the length of one header value; a policy this long means pages still carry per-page inline scripts.
if (csp.length > 2000) console.warn(`Note: the CSP is ${csp.length} characters long; some static hosts reject header values over about 2,000 characters.`);
