// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { collectInlineHashes, contentSecurityPolicy, cspHash, headersFile, inlineCode, nginxHeaders, securityHeaders } from '../../scripts/security-headers.mjs';

describe('security headers', () => {
  it('hashes inline code as CSP does (the example of the CSP spec), newlines as the HTML parser sees them', () => {
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    expect(cspHash('a;\r\nb;\rc;')).toBe(cspHash('a;\nb;\nc;'));
  });

  it('counts only scripts a browser runs, and inline styles', () => {
    const html = `<!doctype html><html><head>
      <script>one()</script>
      <script type="module">two()</script>
      <SCRIPT type="text/javascript">three()</SCRIPT>
      <script type="application/json">{"data":"<not run>"}</script>
      <script type="application/ld+json">{}</script>
      <script type="module" src="/assets/app.js"></script>
      <script src="/x.js">ignored()</script>
      <!-- <script>commented()</script> -->
      <style>p{color:red}</style>
      </head><body><p style="color: blue">x</p><div data-style="no"></div></body></html>`;
    expect(inlineCode(html)).toEqual({ scripts: ['one()', 'two()', 'three()'], styles: ['p{color:red}'], styleAttributes: ['color: blue'] });
  });

  it('collects each hash once across the pages of a build, skipping dot-files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dist-'));
    mkdirSync(join(dir, 'en'));
    mkdirSync(join(dir, '.cache'));
    writeFileSync(join(dir, 'index.html'), '<script>shared()</script>');
    writeFileSync(join(dir, 'en', 'index.html'), '<script>shared()</script><script>window.__data = 1;</script>');
    writeFileSync(join(dir, '.cache', 'x.html'), '<script>hidden()</script>');
    writeFileSync(join(dir, 'en', 'notes.txt'), '<script>not a page()</script>');
    const hashes = collectInlineHashes(dir);
    expect(hashes.pages).toBe(2);
    expect(hashes.scripts).toEqual([cspHash('shared()'), cspHash('window.__data = 1;')].sort());
  });

  it('builds the strict policy: nothing inline but the hashed scripts, no framing, Trusted Types', () => {
    const csp = contentSecurityPolicy({ scripts: ["'sha256-a'"], styles: [], styleAttributes: [] });
    expect(csp).toBe(
      "default-src 'none'; script-src 'self' 'sha256-a'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
    );
    expect(csp).not.toContain('unsafe-inline');
    // A style attribute is allowed by its own hash only.
    expect(contentSecurityPolicy({ scripts: [], styles: [], styleAttributes: ["'sha256-s'"] })).toContain("style-src 'self' 'unsafe-hashes' 'sha256-s'");
  });

  it('writes _headers for static hosts with the same headers on every path, and immutable assets', () => {
    const headers = securityHeaders({ scripts: ["'sha256-a'"], styles: [], styleAttributes: [] });
    const file = headersFile(headers);
    expect(file).toMatch(/^\/\*\n( {2}[\w-]+: .+\n)+\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n$/m);
    for (const [name, value] of Object.entries(headers)) expect(file).toContain(`  ${name}: ${value}\n`);
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });

  it('writes nginx add_header lines; a policy too long for one nginx parameter is built up piece by piece, unchanged', () => {
    const many = Array.from({ length: 93 }, (_, i) => cspHash(`window.page${i} = {};`));
    const headers = securityHeaders({ scripts: many, styles: [], styleAttributes: [] });
    const csp = headers['Content-Security-Policy'] as string;
    expect(csp.length).toBeGreaterThan(4096); // nginx refuses a parameter this long
    const conf: string = nginxHeaders(headers);
    for (const line of conf.split('\n')) expect(line.length).toBeLessThan(4096);
    // What nginx will send: the "set" pieces joined in order.
    const pieces = [...conf.matchAll(/^set \$sci_content_security_policy "(?:\$\{sci_content_security_policy\})?(.*)";$/gm)].map((m) => m[1]);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(csp);
    expect(conf).toContain('add_header Content-Security-Policy $sci_content_security_policy always;');
    expect(conf).toContain('add_header X-Frame-Options "DENY" always;');
    // A short policy stays on one line.
    expect(nginxHeaders(securityHeaders({ scripts: [many[0]], styles: [], styleAttributes: [] }))).toMatch(/^add_header Content-Security-Policy "default-src 'none'; script-src 'self' 'sha256-[^"]+" always;$/m);
  });
});
