/**
 * The "questions for your doctor" share link. Pure and versioned; the link carries
 * only the ticked key-question ids and the reader's own questions, nothing else:
 *
 *   ?v=1                 format version
 *   &q=approved.risks    ticked key-question ids, joined by "."
 *   &o=…&o=…             the reader's own questions (form-encoded plain text), at most MAX_OWN
 *
 * Decoding never throws. A damaged or hostile link (unknown ids, markup, control or
 * bidi-override characters, lone surrogates, very long text) gives back what could be
 * read, cleaned to plain text, plus the problems found (the page shows a short notice).
 */
import { HIDDEN_CHARS, LONE_SURROGATE } from '../text/hidden-characters';
import { isKeyQuestionId, keyQuestionIds, type KeyQuestionId } from './key-questions';

export const LINK_VERSION = 1;
/** How many own questions a list holds. */
export const MAX_OWN = 3;
/** Longest own question, in UTF-16 code units (what a textarea's maxLength counts). */
export const MAX_OWN_LENGTH = 300;
/** Longer links are cut before they are read: no text in them can be used anyway. */
const MAX_SEARCH_LENGTH = 20_000;
/** At most this many "."-separated question ids are looked at. */
const MAX_IDS = 50;

export interface QuestionList {
  /** Ticked key questions, in display order, no duplicates. */
  ticked: KeyQuestionId[];
  /** Own questions, cleaned, none empty, at most MAX_OWN. */
  own: string[];
}

export type LinkProblem =
  /** An id that is not one of the key questions. */
  | 'unknown-question'
  /** Text held markup, control, bidi-override or broken characters; they were left out. */
  | 'text-cleaned'
  /** A question was longer than MAX_OWN_LENGTH and was cut. */
  | 'too-long'
  /** More own questions or ids than a list holds. */
  | 'too-many'
  /** Made by a later version of the guide: read as well as possible. */
  | 'newer-version'
  /** Part of the link could not be read at all. */
  | 'unreadable';

export interface DecodedList {
  list: QuestionList;
  /** Each problem once, in the order found. Empty for a link this code wrote. */
  problems: LinkProblem[];
}

export const emptyList: QuestionList = Object.freeze({ ticked: [], own: [] }) as unknown as QuestionList;

const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');
// The hidden characters, and the replacement character and noncharacters that stand for bytes a broken link could not decode.
const INVISIBLE = new RegExp(`[${HIDDEN_CHARS}\\uFFFD-\\uFFFF]`, 'g');
// Anything that looks like an HTML tag or comment. Text is always shown as text, never parsed;
// markup is removed so a list made from a hostile link reads as plain questions.
const TAG = /<\/?[A-Za-z!?][^<>]*>/g;

/**
 * Own-question text as it is kept and shared: plain text on one line, no markup or
 * invisible characters, at most MAX_OWN_LENGTH code units. Idempotent.
 */
export function cleanOwnText(raw: string): { text: string; cleaned: boolean; cut: boolean } {
  let cleaned = false;
  // Bound the work on hostile input before any pass over it.
  let s = raw.length > MAX_OWN_LENGTH * 8 ? raw.slice(0, MAX_OWN_LENGTH * 8) : raw;
  let cut = s.length < raw.length;
  const remove = (re: RegExp, by = '') => {
    const next = s.replace(re, by);
    if (next !== s) cleaned = true;
    s = next;
  };
  remove(LONE_SURROGATE_ALL);
  remove(INVISIBLE);
  // Removing one tag can join two halves into a new one ("<<b>script>"): repeat until none is left.
  for (let before = ''; before !== s; ) {
    before = s;
    remove(TAG, ' ');
  }
  s = s.replace(/\s+/g, ' ').trim();
  if (s.length > MAX_OWN_LENGTH) {
    cut = true;
    let out = '';
    for (const ch of s) {
      if (out.length + ch.length > MAX_OWN_LENGTH) break;
      out += ch;
    }
    s = out.trimEnd();
  }
  return { text: s, cleaned, cut };
}

/** The query string ("?v=1&…") for a list, or "" for an empty one. Cleans the text it is given. */
export function encodeQuestionLink(list: { ticked: readonly string[]; own: readonly string[] }): string {
  const ticked = keyQuestionIds.filter((id) => list.ticked.includes(id));
  const own = list.own
    .map((o) => cleanOwnText(o).text)
    .filter(Boolean)
    .slice(0, MAX_OWN);
  if (ticked.length === 0 && own.length === 0) return '';
  const params = new URLSearchParams({ v: String(LINK_VERSION) });
  if (ticked.length) params.set('q', ticked.join('.'));
  for (const o of own) params.append('o', o);
  return `?${params.toString()}`;
}

/** Reads a query string (with or without "?"); any input at all gives a list and never throws. */
export function decodeQuestionLink(search: string): DecodedList {
  const problems = new Set<LinkProblem>();
  try {
    let input = typeof search === 'string' ? search : '';
    if (input.length > MAX_SEARCH_LENGTH) {
      input = input.slice(0, MAX_SEARCH_LENGTH);
      problems.add('too-long');
    }
    // URLSearchParams decodes leniently (broken escapes become U+FFFD), and never sees a lone surrogate.
    const params = new URLSearchParams(input.replace(LONE_SURROGATE_ALL, '\uFFFD'));
    const version = params.get('v');
    if (version !== null && version !== String(LINK_VERSION)) {
      if (/^\d{1,6}$/.test(version) && Number(version) > LINK_VERSION) problems.add('newer-version');
      else problems.add('unreadable');
    }

    const wanted = new Set<string>();
    const ids = params.getAll('q').flatMap((q) => q.split('.'));
    if (ids.length > MAX_IDS) problems.add('too-many');
    for (const raw of ids.slice(0, MAX_IDS)) {
      const id = raw.trim();
      if (!id) continue;
      if (isKeyQuestionId(id)) wanted.add(id);
      else problems.add('unknown-question');
    }
    const ticked = keyQuestionIds.filter((id) => wanted.has(id));

    const own: string[] = [];
    for (const raw of params.getAll('o')) {
      const { text, cleaned, cut } = cleanOwnText(raw);
      if (cleaned) problems.add('text-cleaned');
      if (cut) problems.add('too-long');
      if (!text) continue;
      if (own.length === MAX_OWN) {
        problems.add('too-many');
        break;
      }
      own.push(text);
    }
    return { list: { ticked, own }, problems: [...problems] };
  } catch {
    // Nothing above should throw; if a browser's URL parsing ever does, start with an empty list.
    return { list: { ticked: [], own: [] }, problems: [...problems, 'unreadable'] };
  }
}
