/**
 * The writing half of the handout link codec (see handout-link.ts, which exports it
 * too). A module of its own so that pages that only read links do not load it.
 */
import { checkCode, LINK_VERSION, pack, textKeys, type Handout } from './handout-link';

/** Kept as they are in a value; everything else is percent-encoded, space is "+". "~" is never kept (it marks packed text). */
const KEEP = /[A-Za-z0-9\-._,:;!?/@*]/;

function formEncode(s: string): string {
  const utf8 = new TextEncoder();
  let out = '';
  for (const ch of s) {
    if (ch === ' ') out += '+';
    else if (KEEP.test(ch)) out += ch;
    else for (const byte of utf8.encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The shorter of the two spellings of a text value. */
export function encodeText(s: string): string {
  const form = formEncode(s);
  const packed = `~${pack(s)}`;
  return packed.length < form.length ? packed : form;
}

/**
 * The query string (without "?") for a handout. Expects a handout the builder
 * has checked (see textProblem); lone surrogates, which cannot be encoded, become U+FFFD.
 */
export function encodeHandout(h: Handout): string {
  const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const safe: Handout = { modules: h.modules, note: wellFormed(h.note), clinic: wellFormed(h.clinic), contact: wellFormed(h.contact) };
  const parts = [`v=${LINK_VERSION}`, `m=${safe.modules.join('.')}`];
  for (const field of ['note', 'clinic', 'contact'] as const) {
    if (safe[field]) parts.push(`${textKeys[field]}=${encodeText(safe[field])}`);
  }
  parts.push(`k=${checkCode(safe)}`);
  return parts.join('&');
}
