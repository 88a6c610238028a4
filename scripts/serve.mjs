// Serves dist/ as a static host should: canonical URLs end with "/", "/x" → 301 "/x/",
// unknown URLs → the translated 404 page with status 404, HTML never cached stale.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
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

function send(root, res, file, status = 200) {
  const ext = extname(file);
  res.writeHead(status, {
    'Content-Type': types[ext] ?? 'application/octet-stream',
    // Hashed assets never change; pages must be revalidated so medical text is never stale.
    'Cache-Control': file.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  createReadStream(file).pipe(res);
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
  if (!target.startsWith(root)) return notFound(root, res, pathname);
  if (safe.endsWith('/') && isFile(join(target, 'index.html'))) return send(root, res, join(target, 'index.html'));
  if (!safe.endsWith('/') && isFile(target)) return send(root, res, target);
  if (!safe.endsWith('/') && isFile(join(target, 'index.html'))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': 'no-cache' });
    return res.end();
  }
  return notFound(root, res, pathname);
}

function notFound(root, res, pathname) {
  const lang = pathname.split('/')[1];
  const page = isFile(join(root, lang ?? '', '404.html')) && (lang === 'en' || lang === 'zh') ? join(root, lang, '404.html') : join(root, '404.html');
  send(root, res, page, 404);
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
