/**
 * The handout link: everything a handout holds travels in the query string of
 * /{lang}/handout/ (nothing is stored anywhere). Pure and versioned. Printed
 * QR codes live for years, so any link this code ever wrote must keep opening:
 *
 *   v=1                       format version (bump only for a change old readers would misread)
 *   m=infusion.sle            module ids, in the handout's order, joined by "."
 *   n=… c=… t=…               note, clinic name, contact line (each only when not empty)
 *   k=3fz0                    check code over all of the above; always last, so a cut-off link is noticed
 *
 * Text values are either form-encoded ("Bring+your+medicine+list.") or, when
 * shorter (Chinese), "~" + base64url of UTF-16 (8 characters per 3 汉字 instead of 27).
 * Unknown fields are ignored (later versions may add some); module ids that are
 * no longer in the guide are reported as unavailable, not as damage.
 */
import { textProblem, type TextField, type TextProblem } from './handout-text';

// The writing half lives in its own module, so pages that only read links do not load it.
export { encodeHandout, encodeText } from './handout-encode';

export const LINK_VERSION = 1;
export const MAX_MODULES = 20;

export interface Handout {
  /** Module ids in the order the handout lists them. */
  modules: string[];
  /** Plain text, may contain line breaks; "" when none. */
  note: string;
  clinic: string;
  contact: string;
}

export const emptyHandout: Handout = { modules: [], note: '', clinic: '', contact: '' };

export type LinkProblem =
  /** No handout in the link at all. */
  | { kind: 'empty' }
  /** Made by a later, incompatible version of the guide. */
  | { kind: 'newer-version' }
  /** No module list, or no usable module id in it. */
  | { kind: 'no-modules' }
  /** Some entries of the module list are not module ids (the link was changed or mangled). */
  | { kind: 'bad-modules' }
  /** A field's encoding is broken, so it could not be read. */
  | { kind: 'unreadable'; field: TextField }
  /** A field holds what a handout never carries; it was left out. */
  | { kind: TextProblem; field: TextField }
  /** The check code is missing: the link was probably cut off. */
  | { kind: 'incomplete' }
  /** The check code does not match: something in the link was changed. */
  | { kind: 'changed' }
  /** A module this link names is no longer in the guide (not damage: content changes). */
  | { kind: 'module-unavailable'; id: string };

export interface DecodedHandout {
  /** What could be read: only modules that exist, only text that passed the checks. */
  handout: Handout;
  problems: LinkProblem[];
}

/** Problems that mean "this link is damaged or incomplete" (an unavailable module alone does not). */
export function isDamaged(problems: readonly LinkProblem[]): boolean {
  return problems.some((p) => p.kind !== 'module-unavailable');
}

const MODULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const textKeys: Record<TextField, string> = { note: 'n', clinic: 'c', contact: 't' };

// ---- text values ------------------------------------------------------------

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** UTF-16 code units as big-endian bytes, in base64url without padding. */
export function pack(s: string): string {
  let bytes = '';
  for (let i = 0; i < s.length; i++) bytes += String.fromCharCode(s.charCodeAt(i) >> 8, s.charCodeAt(i) & 0xff);
  return btoa(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unpack(packed: string): string | undefined {
  if (!/^[\w-]*$/.test(packed)) return undefined;
  let bytes: string;
  try {
    bytes = atob(packed.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  if (bytes.length % 2) return undefined;
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  return out;
}

export function decodeText(value: string): string | undefined {
  return value.startsWith('~') ? unpack(value.slice(1)) : formDecode(value);
}

// ---- check code ---------------------------------------------------------------

/** FNV-1a over the UTF-16 code units of the handout's fields: 4 base-36 characters (20 bits). */
export function checkCode(h: Handout): string {
  const s = [`v${LINK_VERSION}`, h.modules.join('.'), h.note, h.clinic, h.contact].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    hash ^= s.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash >>> 12).toString(36).padStart(4, '0');
}

// ---- encode / decode ----------------------------------------------------------

/** The first value of each key, undecoded. Never throws. */
function fields(query: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (!map.has(key)) map.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  return map;
}

/**
 * Reads a handout from a query string (with or without "?"). Never throws, for
 * any input: whatever cannot be read is left out and named in `problems`.
 * `available` is the list of module ids the guide has now.
 */
export function decodeHandout(query: string, available: readonly string[]): DecodedHandout {
  const raw = fields(query);
  const problems: LinkProblem[] = [];
  const handout: Handout = { modules: [], note: '', clinic: '', contact: '' };
  if (!raw.has('v') && !raw.has('m')) return { handout, problems: [{ kind: 'empty' }] };

  const version = raw.get('v');
  // A later, incompatible format: read what still looks right, but say so. (No "v" reads as version 1.)
  if (version !== undefined && version !== String(LINK_VERSION)) problems.push({ kind: 'newer-version' });

  // Modules: as written in the link (for the check code), then only those the guide still has.
  const written: string[] = [];
  const moduleText = raw.get('m') === undefined ? undefined : formDecode(raw.get('m') ?? '');
  const tokens = moduleText ? moduleText.split('.').filter(Boolean) : [];
  const validIds = tokens.filter((id) => id.length <= 40 && MODULE_ID.test(id));
  if (validIds.length < tokens.length) problems.push({ kind: 'bad-modules' });
  for (const id of validIds.slice(0, MAX_MODULES)) if (!written.includes(id)) written.push(id);
  if (written.length === 0) problems.push({ kind: 'no-modules' });
  for (const id of written) {
    if (available.includes(id)) handout.modules.push(id);
    else problems.push({ kind: 'module-unavailable', id });
  }

  // Text: unreadable or unacceptable text is left out whole, never shown in part.
  const writtenText: Record<TextField, string> = { note: '', clinic: '', contact: '' };
  let unreadable = false;
  for (const field of ['note', 'clinic', 'contact'] as const) {
    const value = raw.get(textKeys[field]);
    if (value === undefined) continue;
    const text = decodeText(value);
    if (text === undefined) {
      unreadable = true;
      problems.push({ kind: 'unreadable', field });
      continue;
    }
    writtenText[field] = text;
    const problem = textProblem(field, text);
    if (problem) problems.push({ kind: problem, field });
    else handout[field] = text;
  }

  // The check code covers what was written, so a link whose modules were later removed still checks out.
  // (Duplicated ids are never written: they fail the check.)
  const code = raw.get('k');
  const checkable = !unreadable && validIds.length === tokens.length && (version === undefined || version === String(LINK_VERSION));
  if (code === undefined) problems.push({ kind: 'incomplete' });
  else if (checkable && code !== checkCode({ modules: validIds, ...writtenText })) problems.push({ kind: 'changed' });

  return { handout, problems };
}
