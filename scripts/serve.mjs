// Serves dist/ as a static host should: canonical URLs end with "/", "/x" → 301 "/x/",
// unknown URLs → the translated 404 page with status 404, HTML never cached stale.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';


const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/** A request handler for a built site in `root`. Exported for the tests. */
export function createHandler(rootDir) {
  const root = resolve(rootDir);
  return (req, res) => handle(root, req, res);
}

const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.xml', '.txt']);
const gzipped = new Map();

/** gzip like any CDN would, cached per file version. */
function gzipOf(file) {
  const key = `${file}:${statSync(file).mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file)));
  return gzipped.get(key);
}

function send(root, res, file, status = 200, req = undefined) {
  const ext = extname(file);
  const gzip = compressible.has(ext) && /\bgzip\b/.test(req?.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'Content-Type': types[ext] ?? 'application/octet-stream',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    // Hashed assets never change; pages must be revalidated so medical text is never stale.
    'Cache-Control': file.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  if (gzip) res.end(gzipOf(file));
  else createReadStream(file).pipe(res);
}

function handle(root, req, res) {
  let url;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    url = new URL('http://localhost/');
  }
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/__bad__/';
  }
  const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
  const target = join(root, safe);
  if (!target.startsWith(root)) return notFound(root, req, res, pathname);
  if (safe.endsWith('/') && isFile(join(target, 'index.html'))) return send(root, res, join(target, 'index.html'), 200, req);
  if (!safe.endsWith('/') && isFile(target)) return send(root, res, target, 200, req);
  if (!safe.endsWith('/') && isFile(join(target, 'index.html'))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': 'no-cache' });
    return res.end();
  }
  return notFound(root, req, res, pathname);
}

function notFound(root, req, res, pathname) {
  const lang = pathname.split('/')[1];
  const page = isFile(join(root, lang ?? '', '404.html')) && (lang === 'en' || lang === 'zh') ? join(root, lang, '404.html') : join(root, '404.html');
  send(root, res, page, 404, req);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(process.env.DIST_DIR ?? 'dist');
  const port = Number(process.env.PORT ?? 4173);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No build found in ${root}. Run "npm run build" first.`);
    process.exit(1);
  }
  // All interfaces unless HOST is set, so both localhost (IPv4) and ::1 work.
  createServer(createHandler(root)).listen(port, process.env.HOST, () => {
    console.log(`Serving ${root} at http://localhost:${port}/`);
  });
}
