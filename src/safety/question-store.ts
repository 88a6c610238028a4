/**
 * The reader's question list ("Questions for your doctor"), kept in this browser (localStorage) so
 * it is there when they come back through the guide's own links. One versioned key, nothing else
 * touched:
 *
 *   sci-question-list = { "version": 1, "ticked": ["approved", …], "own": ["…", …] }
 *
 * Held to the list link's own rules (src/safety/question-link.ts): only key-question ids the guide
 * has, at most MAX_OWN own questions, each exactly as the link would carry it (cleaned, one line,
 * at most MAX_OWN_LENGTH characters). A record that does not fit exactly (not JSON, wrong shape,
 * unknown ids, text a link would not carry, another version) is removed whole and the reader is
 * told once; it is small and the reader can tick it again. Loaded with the list's link codec, only
 * when the page has a list to read or write. Pure apart from the Storage it is given; never throws.
 */
import { keyQuestionIds, MAX_OWN } from './key-questions';
import { cleanOwnText, type QuestionList } from './question-link';
import { QUESTION_LIST_KEY } from './question-store-key';

export { decodeQuestionLink, encodeQuestionLink } from './question-link';

export const QUESTION_LIST_VERSION = 1;
const MAX_RAW = 8_000;

export type SaveStatus = 'saved' | 'unsaved' | 'unavailable';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOwn = (v: unknown): v is string => typeof v === 'string' && v !== '' && cleanOwnText(v).text === v;

/** Stored text → the list, or `dropped` when something was stored that cannot be used. Pure. */
export function parseStoredList(raw: string | null): { list?: QuestionList; dropped?: boolean } {
  if (raw === null) return {};
  if (raw.length > MAX_RAW) return { dropped: true };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { dropped: true };
  }
  if (!isRecord(data) || data.version !== QUESTION_LIST_VERSION) return { dropped: true };
  const { ticked, own } = data;
  if (!Array.isArray(ticked) || !ticked.every((id) => typeof id === 'string' && (keyQuestionIds as readonly string[]).includes(id))) return { dropped: true };
  if (new Set(ticked).size !== ticked.length) return { dropped: true };
  if (!Array.isArray(own) || own.length > MAX_OWN || !own.every(isOwn)) return { dropped: true };
  return { list: { ticked: keyQuestionIds.filter((id) => ticked.includes(id)), own: [...own] } };
}

/** The kept list; what cannot be used is removed at once, so the reader is told once. */
export function readStoredList(storage: Storage | undefined): { list?: QuestionList; dropped?: boolean } {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(QUESTION_LIST_KEY) : null;
  } catch {
    return {};
  }
  const read = parseStoredList(raw);
  if (read.dropped) clearStoredList(storage);
  return read;
}

/** Keeps the list as its link would carry it (own questions cleaned, empty ones left out); an empty list is removed. */
export function saveStoredList(storage: Storage | undefined, list: { ticked: readonly string[]; own: readonly string[] }): SaveStatus {
  if (!storage) return 'unavailable';
  const ticked = keyQuestionIds.filter((id) => list.ticked.includes(id));
  const own = list.own
    .map((o) => cleanOwnText(o).text)
    .filter(Boolean)
    .slice(0, MAX_OWN);
  try {
    storage.getItem(QUESTION_LIST_KEY);
  } catch {
    return 'unavailable';
  }
  try {
    if (ticked.length === 0 && own.length === 0) storage.removeItem(QUESTION_LIST_KEY);
    else storage.setItem(QUESTION_LIST_KEY, JSON.stringify({ version: QUESTION_LIST_VERSION, ticked, own }));
    return 'saved';
  } catch {
    return 'unsaved';
  }
}

/** "Clear my list". false when the browser refused. */
export function clearStoredList(storage: Storage | undefined): boolean {
  try {
    storage?.removeItem(QUESTION_LIST_KEY);
    return storage !== undefined;
  } catch {
    return false;
  }
}
