/**
 * Handouts (reading lists) opened from a link, kept in this browser (localStorage) so the reader
 * finds them again on the home page. One versioned key, nothing else touched:
 *
 *   sci-handouts = { "version": 1, "handouts": [ { modules, note, clinic, contact, lang, savedAt }, … ] }
 *
 * - Newest first, at most MAX_SAVED (3): a patient gets a few lists from a clinic, not a library;
 *   an older one drops off when a fourth is opened (its link still works).
 * - The same handout opened again (same parts, note, clinic and contact, in either language) is
 *   kept once: it moves to the top with the new date and language.
 * - Stored text is held to the link's own rules (src/handout/handout-text.ts, readText of the
 *   share-link core): stored data can never show more than a link could. An entry that does not
 *   fit exactly (wrong shape, text too long or with hidden characters, a part the guide does not
 *   have, another language) is dropped alone; a record that is not JSON, not this shape or from
 *   another (newer) version is dropped whole. Either way the reader is told once (`dropped`),
 *   because the key is rewritten without it. (Unlike progress, nothing is copied aside: each
 *   handout's link still holds it.)
 * Pure apart from the Storage it is given; never throws.
 */
import { type Lang, isLang } from '../i18n/langs';
import { readText } from '../share-link';
import { MAX_MODULES, type Handout } from './handout-link';
import { limits, type TextField } from './handout-text';

/** The same as in src/storage/saved-handouts-key.ts (a test holds them equal): repeated so the handout page loads no extra chunk for it. */
export const SAVED_HANDOUTS_KEY = 'sci-handouts';
export const SAVED_HANDOUTS_VERSION = 1;
export const MAX_SAVED = 3;
/** Longer than MAX_SAVED handouts could ever be written (every character escaped): not read at all. */
const MAX_RAW = 32_000;

export interface SavedHandout extends Handout {
  /** The language the handout was opened in (its link's language). */
  lang: Lang;
  /** When it was last opened, ms since 1970. */
  savedAt: number;
}

export interface ReadHandouts {
  handouts: SavedHandout[];
  /** Something stored could not be read and was removed. */
  dropped?: boolean;
}

/**
 * - saved: kept in this browser;
 * - unsaved: the browser refused to store it (storage full, or writing blocked);
 * - unavailable: this browser stores nothing (storage cannot even be read); the layout's
 *   progress notice already says so, so the handout page adds nothing.
 */
export type SaveResult = { status: 'saved' | 'unsaved' | 'unavailable'; dropped?: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fields: TextField[] = ['note', 'clinic', 'contact'];

/** The same handout, whatever language or day it was opened in. */
export const handoutKey = (h: Handout) => JSON.stringify([h.modules, h.note, h.clinic, h.contact]);

/** Text exactly as a link could show it: no hidden character, within the field's limits. */
function linkText(v: unknown, field: TextField): v is string {
  if (typeof v !== 'string') return false;
  const read = readText(v, limits[field]);
  return !read.problem && read.text === v;
}

/** One stored entry, or undefined when any part of it does not fit (`known`: the guide's part ids). */
function parseEntry(e: unknown, known: readonly string[]): SavedHandout | undefined {
  if (!isRecord(e)) return undefined;
  const { modules, lang, savedAt } = e;
  if (!Array.isArray(modules) || modules.length === 0 || modules.length > MAX_MODULES) return undefined;
  if (!modules.every((m) => typeof m === 'string' && known.includes(m)) || new Set(modules).size !== modules.length) return undefined;
  if (!fields.every((f) => linkText(e[f], f))) return undefined;
  if (typeof lang !== 'string' || !isLang(lang)) return undefined;
  if (typeof savedAt !== 'number' || !Number.isSafeInteger(savedAt) || savedAt < 0) return undefined;
  return { modules: [...(modules as string[])], note: e.note as string, clinic: e.clinic as string, contact: e.contact as string, lang, savedAt };
}

/** Stored text → the handouts that could be read (`known`: the guide's part ids). Pure: never throws, never trusts. */
export function parseSavedHandouts(raw: string | null, known: readonly string[]): ReadHandouts {
  if (raw === null) return { handouts: [] };
  if (raw.length > MAX_RAW) return { handouts: [], dropped: true };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { handouts: [], dropped: true };
  }
  if (!isRecord(data) || data.version !== SAVED_HANDOUTS_VERSION || !Array.isArray(data.handouts)) return { handouts: [], dropped: true };
  const handouts: SavedHandout[] = [];
  const seen = new Set<string>();
  let dropped = data.handouts.length > MAX_SAVED;
  for (const entry of data.handouts.slice(0, MAX_SAVED)) {
    const h = parseEntry(entry, known);
    if (!h || seen.has(handoutKey(h))) dropped = true;
    else {
      seen.add(handoutKey(h));
      handouts.push(h);
    }
  }
  return dropped ? { handouts, dropped } : { handouts };
}

function write(storage: Storage, handouts: SavedHandout[]): boolean {
  try {
    if (handouts.length === 0) storage.removeItem(SAVED_HANDOUTS_KEY);
    else storage.setItem(SAVED_HANDOUTS_KEY, JSON.stringify({ version: SAVED_HANDOUTS_VERSION, handouts }));
    return true;
  } catch {
    return false;
  }
}

/**
 * The handouts kept in this browser. What could not be read is removed from storage at once
 * (so the reader is told once); `undefined` storage or one that throws gives nothing.
 */
export function readSavedHandouts(storage: Storage | undefined, known: readonly string[]): ReadHandouts {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(SAVED_HANDOUTS_KEY) : null;
  } catch {
    return { handouts: [] };
  }
  const read = parseSavedHandouts(raw, known);
  if (read.dropped && storage) write(storage, read.handouts);
  return read;
}

/** Keeps a handout opened from a link (a damaged link must not be given here): newest first, once, at most MAX_SAVED. */
export function saveHandout(storage: Storage | undefined, handout: Handout, lang: Lang, known: readonly string[], now = Date.now()): SaveResult {
  if (!storage) return { status: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(SAVED_HANDOUTS_KEY);
  } catch {
    return { status: 'unavailable' };
  }
  const { handouts, dropped } = parseSavedHandouts(raw, known);
  const entry: SavedHandout = { modules: [...handout.modules], note: handout.note, clinic: handout.clinic, contact: handout.contact, lang, savedAt: now };
  // Held to the same rules as stored data: what could not be read back is not written.
  const fits = parseEntry(entry, known) !== undefined;
  const key = handoutKey(entry);
  const next = fits ? [entry, ...handouts.filter((h) => handoutKey(h) !== key)].slice(0, MAX_SAVED) : handouts;
  const saved = write(storage, next) && fits;
  return { status: saved ? 'saved' : 'unsaved', ...(dropped ? { dropped } : {}) };
}

/** Deletes one handout (found by its content). false when the browser refused. */
export function deleteSavedHandout(storage: Storage | undefined, handout: Handout, known: readonly string[]): boolean {
  if (!storage) return false;
  const key = handoutKey(handout);
  try {
    const { handouts } = parseSavedHandouts(storage.getItem(SAVED_HANDOUTS_KEY), known);
    return write(
      storage,
      handouts.filter((h) => handoutKey(h) !== key),
    );
  } catch {
    return false;
  }
}
