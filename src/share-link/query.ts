/**
 * The spelling of a share link's query string: pairs, form encoding (strict or forgiving), the
 * packed spelling of text, and the check code. Pure (ECMAScript and the Encoding API only).
 */

/** A query string as [key, raw value] pairs, in order. Keys are decoded, values are not. Never throws. */
export function readPairs(query: string): Array<[key: string, raw: string]> {
  const pairs: Array<[string, string]> = [];
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    pairs.push(eq < 0 ? [decodeForgiving(part), ''] : [decodeForgiving(part.slice(0, eq)), part.slice(eq + 1)]);
  }
  return pairs;
}

/** A form-encoded value ("+" is a space), or undefined if its percent-encoding is broken. */
export function decodeStrict(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

const utf8 = new TextEncoder();
// As a browser reads a query (URLSearchParams): a leading byte-order mark is kept, broken bytes become U+FFFD.
const utf8Forgiving = new TextDecoder('utf-8', { ignoreBOM: true });
const isHex = (byte: number | undefined) => byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66));

/** A form-encoded value read as a browser reads one: a broken escape stays as it is, broken UTF-8 becomes U+FFFD. */
export function decodeForgiving(value: string): string {
  if (!/[%+\uD800-\uDFFF]/.test(value)) return value;
  const bytes = utf8.encode(value.replace(/\+/g, ' '));
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x25 && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1] ?? 0, bytes[i + 2] ?? 0), 16);
      i += 2;
    } else out[n++] = bytes[i] ?? 0;
  }
  return utf8Forgiving.decode(out.subarray(0, n));
}

/** Characters a value may carry as they are when a link kind does not say (readable, and safe in a query). "~" is never kept: it marks packed text. */
export const READABLE = /[A-Za-z0-9\-._,:;!?/@*]/;

/** Form encoding: a space is "+", characters matching `keep` stay, everything else is percent-encoded UTF-8. Expects well-formed UTF-16. */
export function formEncode(s: string, keep: RegExp): string {
  let out = '';
  for (const ch of s) {
    if (ch === ' ') out += '+';
    else if (keep.test(ch)) out += ch;
    else if (ch < '\u0080') out += `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    else out += encodeURIComponent(ch);
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The packed spelling: UTF-16 code units as big-endian bytes, base64url without padding (Chinese: 8 characters per 3 汉字 instead of 27). */
export function pack(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) bytes.push(s.charCodeAt(i) >> 8, s.charCodeAt(i) & 0xff);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(3, bytes.length - i) + 1;
    for (let j = 0; j < chars; j++) out += B64[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

/** Reads the packed spelling, or undefined if it is not one (as forgiving as atob: unused trailing bits are ignored). */
export function unpack(packed: string): string | undefined {
  if (!/^[\w-]*$/.test(packed) || packed.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of packed) {
    acc = ((acc << 6) | B64.indexOf(ch)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  if (bytes.length % 2) return undefined;
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) out += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  return out;
}

/** FNV-1a over the UTF-16 code units of the version and the written fields: 4 base-36 characters (20 bits). */
export function checkCode(version: number, written: readonly string[]): string {
  const s = [`v${version}`, ...written].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    hash ^= s.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash >>> 12).toString(36).padStart(4, '0');
}
