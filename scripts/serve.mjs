// @ts-check
// `npm start`: serves dist/ the way README "Deploy" asks a static host to:
// - canonical URLs end with "/"; "/x" → 301 "/x/" where x/index.html exists (same-origin paths only);
// - unknown URLs → that language's 404 page (dist/<lang>/404.html, else dist/404.html) with status 404;
// - HTML revalidated every time (medical text is never stale), /assets/* (hashed names) immutable;
// - gzip or brotli; ETag and Last-Modified, so a revisit is a 304;
// - the security headers (scripts/security-headers.mjs) on every response;
// - only GET and HEAD; no dot-files; nothing outside dist/, symbolic links included;
// - a file that vanishes or cannot be read (a rebuild while serving) answers 404 or 500,
//   and the server keeps running. Nothing is cached in memory but the header set.
// Files are sent by `send` (the file sender under Express's serve-static): it streams,
// handles conditional requests, and reports read errors instead of throwing them.
// (sirv 3.0.2 was tried first: a file replaced during a request crashes the process
// with an unhandled ENOENT "error" event.)
import compression from 'compression';
import send from 'send';
import { createServer } from 'node:http';
import { existsSync, realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectInlineHashes, securityHeaders } from './security-headers.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {{ file: string; mtimeMs: number }} Found */

const ALLOW = 'GET, HEAD';
// A path segment we serve: not empty, not "." or "..", no dot-file, no backslash or NUL.
const SEGMENT = /^[^./\\\0][^/\\\0]*$/;
// A first segment that may name a language folder with its own 404 page (en, zh, zh-Hant …).
const LANG_SEGMENT = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/**
 * The security headers, computed from the pages in `root` and computed again when a page
 * newer than the last computation is served (a rebuild while serving changes the hashes).
 * @param {string} root
 */
function headerSet(root) {
  let computedAt = Date.now();
  let headers = securityHeaders(collectInlineHashes(root));
  return {
    /** @param {number} [pageMtimeMs] modification time of the page about to be sent */
    current(pageMtimeMs) {
      if (pageMtimeMs !== undefined && pageMtimeMs > computedAt) {
        computedAt = Date.now();
        headers = securityHeaders(collectInlineHashes(root));
      }
      return headers;
    },
  };
}

/**
 * A request handler for the built site in `rootDir`. Exported for the tests.
 * @param {string} rootDir
 * @returns {(req: Request, res: Response) => void}
 */
export function createHandler(rootDir) {
  const root = realpathSync(resolve(rootDir));
  const headers = headerSet(root);
  const compress = compression();
  return (req, res) => {
    compress(/** @type {any} */ (req), /** @type {any} */ (res), () => {
      handle(root, headers, req, res).catch((err) => fail(res, err));
    });
  };
}

/**
 * @param {string} root real path of the site folder
 * @param {ReturnType<typeof headerSet>} headers
 * @param {Request} req
 * @param {Response} res
 */
async function handle(root, headers, req, res) {
  setAll(res, headers.current());
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', ALLOW);
    return plain(res, 405, 'Method Not Allowed');
  }
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const rawPath = q === -1 ? raw : raw.slice(0, q);
  // Kept on a redirect only when it is plain printable ASCII (it goes into a header).
  const search = q === -1 ? '' : raw.slice(q);
  const segments = pathSegments(rawPath);
  if (!segments) return notFound(root, headers, req, res, undefined);
  const dir = rawPath.endsWith('/');
  const page = dir ? await findFile(root, [...segments, 'index.html']) : await findFile(root, segments);
  if (page) return sendFile(root, headers, req, res, page, 200);
  if (!dir && segments.length > 0 && (await findFile(root, [...segments, 'index.html']))) {
    // Built from checked segments, so it always starts with "/" and one non-empty segment: never "//host".
    const location = `/${segments.map(encodeURIComponent).join('/')}/${/^\?[\x21-\x7e]*$/.test(search) ? search : ''}`;
    res.setHeader('Location', location);
    res.setHeader('Cache-Control', 'no-cache');
    return plain(res, 301, 'Moved Permanently');
  }
  return notFound(root, headers, req, res, segments[0]);
}

/**
 * The decoded segments of a request path, or undefined when it is not one we serve:
 * not starting with "/", undecodable, or with an empty, dot, dot-file, backslash or NUL
 * segment anywhere ("//host", "/./", "/../", "/.env", "%2f.." all end here).
 * @param {string} rawPath
 * @returns {string[] | undefined}
 */
export function pathSegments(rawPath) {
  if (!rawPath.startsWith('/')) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  const inner = decoded.slice(1, decoded.endsWith('/') ? -1 : undefined);
  if (inner === '') return decoded === '/' ? [] : undefined;
  const segments = inner.split('/');
  return segments.every((s) => SEGMENT.test(s)) ? segments : undefined;
}

/**
 * The real path of a regular file under root, or undefined. Symbolic links are followed
 * only when they end inside root (and not at a dot-file).
 * @param {string} root
 * @param {string[]} segments
 * @returns {Promise<Found | undefined>}
 */
async function findFile(root, segments) {
  try {
    const real = await realpath(join(root, ...segments));
    const rel = relative(root, real);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || rel.split(sep).some((s) => s.startsWith('.'))) return undefined;
    const info = await stat(real);
    return info.isFile() ? { file: real, mtimeMs: info.mtimeMs } : undefined;
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}

/** @param {unknown} err */
const isMissing = (err) => ['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP'].includes(/** @type {{ code?: string }} */ (err)?.code ?? '');

/**
 * @param {string} root
 * @param {ReturnType<typeof headerSet>} headers
 * @param {Request} req
 * @param {Response} res
 * @param {string | undefined} first the first path segment (maybe a language)
 */
async function notFound(root, headers, req, res, first) {
  const own = first && LANG_SEGMENT.test(first) ? await findFile(root, [first, '404.html']) : undefined;
  const page = own ?? (await findFile(root, ['404.html']));
  if (!page) return plain(res, 404, 'Not Found');
  return sendFile(root, headers, req, res, page, 404);
}

/**
 * Streams one file. A read error before the first byte answers 404 (the file went away:
 * its 404 page) or 500; after it, the connection is closed so the client sees a broken
 * response, not a complete-looking one.
 * @param {string} root
 * @param {ReturnType<typeof headerSet>} headers
 * @param {Request} req
 * @param {Response} res
 * @param {Found} found
 * @param {200 | 404} status
 */
function sendFile(root, headers, req, res, found, status) {
  const html = found.file.endsWith('.html');
  if (html) setAll(res, headers.current(found.mtimeMs));
  const asset = found.file.startsWith(join(root, 'assets') + sep);
  res.setHeader('Cache-Control', asset && status === 200 ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.statusCode = status;
  const parts = relative(root, found.file).split(sep);
  const path = '/' + parts.map(encodeURIComponent).join('/');
  const validators = status === 200; // a 404 page is never answered with 304
  // The file went away (or became a folder) between lookup and read: answer as if it were never there.
  const gone = () => (status === 200 ? notFound(root, headers, req, res, parts[0]).catch((e) => fail(res, e)) : plain(res, 404, 'Not Found'));
  send(req, path, { root, index: false, dotfiles: 'deny', cacheControl: false, acceptRanges: false, etag: validators, lastModified: validators })
    .on('error', (/** @type {{ status?: number }} */ err) => {
      if (res.headersSent) return void res.destroy();
      for (const h of ['Content-Length', 'Content-Type', 'ETag', 'Last-Modified']) res.removeHeader(h);
      if (err.status === 404) return void gone();
      plain(res, 500, 'Internal Server Error');
    })
    .on('directory', () => void gone())
    .on('stream', (/** @type {import('node:fs').ReadStream} */ file) => {
      // A file cut short while being rewritten would leave the client waiting for bytes that never
      // come (or looking at half a page): close the connection instead, so it is plainly broken.
      const expected = Number(res.getHeader('Content-Length'));
      let read = 0;
      file.on('data', (chunk) => (read += chunk.length));
      file.on('end', () => {
        if (read < expected) res.destroy();
      });
    })
    .pipe(res);
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {string} text
 */
function plain(res, status, text) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
  res.end(`${text}\n`);
}

/**
 * Last resort: answer 500 if nothing was sent yet, else drop the connection. Never throws.
 * @param {Response} res
 * @param {unknown} err
 */
function fail(res, err) {
  console.error('serve:', err instanceof Error ? err.message : err);
  try {
    if (res.headersSent) res.destroy();
    else plain(res, 500, 'Internal Server Error');
  } catch {
    res.destroy();
  }
}

/**
 * @param {Response} res
 * @param {Record<string, string>} headers
 */
function setAll(res, headers) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
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
