// @ts-check
// The security headers every response of the site carries, computed from the built pages:
// the Content-Security-Policy allows exactly the inline scripts (and inline styles) the
// pages in dist/ contain, by hash, and nothing else. Used by the start server
// (scripts/serve.mjs) and written for static hosts by scripts/write-headers.mjs.
// Computed, never hard-coded: the hashes change whenever an inline script changes.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ scripts: string[]; styles: string[]; styleAttributes: string[] }} InlineCode */
/** @typedef {{ scripts: string[]; styles: string[]; styleAttributes: string[]; pages: number }} InlineHashes */

// Script types a browser runs (HTML "JavaScript MIME type essence match", plus the special
// types that are also checked against script-src). Any other type, such as
// application/json, is a data block: never run, so it needs no hash.
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * The CSP source for some inline code: sha256 over its UTF-8 text as the browser sees it
 * (the HTML parser turns CR LF and lone CR into LF before anything else).
 * @param {string} text
 */
export function cspHash(text) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/**
 * Attributes of one start tag, names lower-cased, values with the few entities a build writes decoded.
 * @param {string} source the text between the tag name and ">"
 * @returns {Map<string, string>}
 */
function attributes(source) {
  const found = new Map();
  const attr = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of source.matchAll(attr)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!found.has(name)) found.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return found;
}

/** @param {string} s */
function decodeEntities(s) {
  /** @type {Record<string, string>} */
  const named = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|quot|apos|lt|gt);/gi, (whole, e) => {
    const key = String(e).toLowerCase();
    if (key.startsWith('#x')) return String.fromCodePoint(parseInt(key.slice(2), 16));
    if (key.startsWith('#')) return String.fromCodePoint(parseInt(key.slice(1), 10));
    return named[key] ?? whole;
  });
}

/**
 * The inline code in one page that a strict CSP has to allow: executable inline scripts,
 * <style> elements and style="" attributes. Comments are skipped as units, and a script's
 * text is taken whole, so a "<script" inside either is not miscounted.
 * @param {string} html
 * @returns {InlineCode}
 */
export function inlineCode(html) {
  /** @type {InlineCode} */
  const code = { scripts: [], styles: [], styleAttributes: [] };
  // Attribute values never hold a raw ">" in built pages (React and the build escape it).
  const token = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<[a-z][a-z0-9-]*(\s[^>]*)?>/gi;
  for (const m of html.matchAll(token)) {
    const [, element, attrs = '', text = '', otherAttrs] = m;
    if (element) {
      const a = attributes(attrs);
      if (element.toLowerCase() === 'style') code.styles.push(text);
      else if (!a.has('src') && EXECUTABLE_TYPES.has((a.get('type') ?? '').trim().toLowerCase())) code.scripts.push(text);
      const style = a.get('style');
      if (style !== undefined) code.styleAttributes.push(style);
    } else if (otherAttrs) {
      const style = attributes(otherAttrs).get('style');
      if (style !== undefined) code.styleAttributes.push(style);
    }
  }
  return code;
}

/**
 * Every *.html file under `dir`. Symbolic links and dot-files are skipped: the server
 * never serves them either.
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} d */
  const walk = (d) => {
    /** @type {import('node:fs').Dirent[]} */
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return; // removed while we looked (a rebuild): nothing to hash there
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.html')) files.push(p);
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * The hashes of all inline code across the pages in `dir`, each listed once, sorted
 * (so the policy is the same for the same build).
 * @param {string} dir
 * @returns {InlineHashes}
 */
export function collectInlineHashes(dir) {
  const scripts = new Set();
  const styles = new Set();
  const styleAttributes = new Set();
  let pages = 0;
  for (const file of htmlFiles(dir)) {
    let html;
    try {
      if (!lstatSync(file).isFile()) continue;
      html = readFileSync(file, 'utf8');
    } catch {
      continue; // replaced or removed during a rebuild
    }
    pages += 1;
    const code = inlineCode(html);
    for (const s of code.scripts) scripts.add(cspHash(s));
    for (const s of code.styles) styles.add(cspHash(s));
    for (const s of code.styleAttributes) styleAttributes.add(cspHash(s));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), styleAttributes: [...styleAttributes].sort(), pages };
}

/**
 * The Content-Security-Policy for pages with these inline hashes. Nothing from another
 * origin; no plugins, frames, forms or <base>; DOM sinks that turn strings into script
 * (innerHTML, script.src, eval …) refuse everything (Trusted Types with no policy at all).
 * Inline style attributes, if a page ever has them, are allowed by hash only
 * ('unsafe-hashes' is limited to exactly those values), never by 'unsafe-inline'.
 * @param {Omit<InlineHashes, 'pages'>} hashes
 */
export function contentSecurityPolicy({ scripts, styles, styleAttributes }) {
  const styleSrc = ["'self'", ...styles, ...(styleAttributes.length ? ["'unsafe-hashes'", ...styleAttributes] : [])];
  return [
    "default-src 'none'",
    ["script-src 'self'", ...scripts].join(' '),
    `style-src ${styleSrc.join(' ')}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/**
 * The full header set for every response. HSTS is left to the HTTPS host (see README):
 * sent over plain HTTP it is ignored, and a wrong max-age on a shared host is hard to undo.
 * @param {Omit<InlineHashes, 'pages'>} hashes
 * @returns {Record<string, string>}
 */
export function securityHeaders(hashes) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes),
    // For browsers without CSP frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // No device features are used; browsing-topics replaces the retired interest-cohort (FLoC).
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * The header set for the build in `dir`.
 * @param {string} dir
 */
export function securityHeadersFor(dir) {
  return securityHeaders(collectInlineHashes(dir));
}

/**
 * `_headers` for Netlify and Cloudflare Pages: the security headers on every path, and
 * long caching for hashed assets. HTML keeps the hosts' default (revalidate every time);
 * a Cache-Control on "/*" would be merged into the asset rule's value by those hosts.
 * @param {Record<string, string>} headers
 */
export function headersFile(headers) {
  const lines = (/** @type {Record<string, string>} */ h) => Object.entries(h).map(([k, v]) => `  ${k}: ${v}`);
  return [
    '# Written by scripts/write-headers.mjs from the built pages (npm run build). Do not edit.',
    '/*',
    ...lines(headers),
    '/assets/*',
    ...lines({ 'Cache-Control': 'public, max-age=31536000, immutable' }),
    '',
  ].join('\n');
}

/**
 * The same headers as nginx `add_header` lines, for `include` in the server's location
 * blocks (see README "Deploy"). `always`: also on 404 and other error responses.
 * nginx refuses a single parameter of 4,096 characters or more, so a long value (a CSP with
 * many hashes) is built up in a variable with `set`, a piece at a time.
 * @param {Record<string, string>} headers
 */
export function nginxHeaders(headers) {
  const lines = ['# Written by scripts/write-headers.mjs from the built pages (npm run build). Do not edit.'];
  for (const [name, value] of Object.entries(headers)) {
    // Double quotes, backslashes and "$" (an nginx variable) would change the value's meaning.
    if (/["\\$\n{}]/.test(value)) throw new Error(`Header ${name} cannot be written for nginx: ${value}`);
    if (value.length < 2000) {
      lines.push(`add_header ${name} "${value}" always;`);
      continue;
    }
    const variable = `$sci_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
    let first = true;
    for (const piece of value.match(/.{1,2000}(?: |$)|.{1,2000}/g) ?? []) {
      lines.push(first ? `set ${variable} "${piece}";` : `set ${variable} "\${${variable.slice(1)}}${piece}";`);
      first = false;
    }
    lines.push(`add_header ${name} ${variable} always;`);
  }
  return [...lines, ''].join('\n');
}
