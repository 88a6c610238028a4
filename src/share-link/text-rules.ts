/**
 * The rules for text that comes from people or from links (a clinician's note, a reader's own
 * question): one pipeline for every share link. Pure: no DOM, no React. Text is always shown as
 * text; these rules stop what cannot be seen (hidden characters that change how text reads or
 * smuggle data), not HTML.
 *
 * Two kinds of hidden character, both found by Unicode property, not by a hand list:
 * - REFUSED: controls (\p{Cc}), format characters (\p{Cf}: bidi overrides and isolates, zero-width
 *   spaces and joiners, tag characters, soft hyphen, byte-order mark), line and paragraph
 *   separators (\p{Zl}, \p{Zp}) and broken UTF-16 (lone surrogates, \p{Cs}). They can make text
 *   read differently from what it says ("1\u202E01" shows as "110"), so an exact link that holds
 *   one is not shown at all.
 * - DROPPED: everything else that shows nothing: \p{Default_Ignorable_Code_Point} (variation
 *   selectors, the combining grapheme joiner, Hangul fillers), private-use and unassigned code
 *   points (\p{Co}, \p{Cn}), and a few named look-alikes of nothing. Dropping them changes no
 *   visible word, so even an exact link is read without them (an emoji's variation selector
 *   in a link printed before this rule, "☎️", must not hide the whole contact line).
 */

const REFUSED_CLASS = '\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}';
/**
 * Besides the properties: U+034F combining grapheme joiner and the Hangul fillers U+115F, U+1160,
 * U+3164, U+FFA0 (default-ignorable already, named so that an engine with older Unicode data still
 * drops them), U+2800 braille blank, U+FFFC object replacement character, and U+FFFD, which stands
 * for bytes a broken link could not decode.
 */
const DROPPED_CLASS = '\\p{Default_Ignorable_Code_Point}\\p{Co}\\p{Cn}\\u034F\\u115F\\u1160\\u3164\\uFFA0\\u2800\\uFFFC\\uFFFD';

/** Refused characters in one-line text, and where a line feed is allowed. */
const REFUSED_ONE_LINE = new RegExp(`[${REFUSED_CLASS}]`, 'u');
const REFUSED_LINES = new RegExp(`(?!\\n)[${REFUSED_CLASS}]`, 'u');
const DROPPED = new RegExp(`[${DROPPED_CLASS}]`, 'gu');
/** Every hidden character: what no cleaned or read text holds (a line feed in several-line text aside). */
export const HIDDEN = new RegExp(`[${REFUSED_CLASS}${DROPPED_CLASS}]`, 'u');
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');
/** Line breaks as pasted from anywhere (CR LF, CR, vertical tab, form feed, NEL, U+2028, U+2029). */
const LINE_BREAK = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
/** Anything that looks like an HTML tag or comment. */
const TAG = /<\/?[A-Za-z!?][^<>]*>/g;

export interface TextRules {
  /** Most characters, counted as people count them: one per code point (汉 or 😀 is one). */
  maxChars: number;
  /** Most UTF-16 code units too, where the text is typed into a box whose maxLength counts those. */
  maxUnits?: number;
  /** Most lines; 1 means line breaks are not part of the text. */
  maxLines: number;
  /** Take out anything that looks like markup when cleaning (the text is shown as text either way). */
  stripMarkup?: boolean;
  /** When cleaning: cut what is too long (a link) rather than keep it for an error message (a form). */
  cut?: boolean;
}

/** Length as people count it: one per character (code point). */
export function charCount(s: string): number {
  return [...s].length;
}

/** The longest start within both limits, never splitting a surrogate pair. */
function cutTo(s: string, rules: TextRules): string {
  const maxUnits = rules.maxUnits ?? Infinity;
  let chars = 0;
  let end = 0;
  for (const ch of s) {
    if (chars + 1 > rules.maxChars || end + ch.length > maxUnits) break;
    chars++;
    end += ch.length;
  }
  // A prefix of NFC text is NFC (a character composes only with the ones before it), so the cut text stays normalised.
  return s.slice(0, end).trimEnd();
}

const isTooLong = (s: string, rules: TextRules) =>
  charCount(s) > rules.maxChars || s.length > (rules.maxUnits ?? Infinity) || s.split('\n').length > rules.maxLines;

export interface Cleaned {
  text: string;
  /** Hidden characters, broken UTF-16 or markup were taken out. */
  cleaned: boolean;
  /** The text was longer than the rules allow and was cut (only with `cut`). */
  cut: boolean;
}

/**
 * What is kept of typed or forgiven text: hidden characters and broken UTF-16 removed, NFC,
 * line breaks made plain (none in one-line text, at most one empty line in a row), spaces
 * collapsed and trimmed, markup removed if the rules say so, cut to length if they say so.
 * Idempotent: cleaning cleaned text changes nothing and reports nothing.
 */
export function cleanText(raw: string, rules: TextRules): Cleaned {
  let cut = false;
  let s = raw;
  // Bound the work on hostile input before any pass over it: nothing past this can be kept.
  if (rules.cut && s.length > rules.maxChars * 8) {
    s = s.slice(0, rules.maxChars * 8);
    cut = true;
  }
  s = s.replace(LINE_BREAK, '\n').replace(/\t/g, ' ');
  const visible = s.replace(HIDDEN_ALL, (ch) => (ch === '\n' ? ch : ''));
  let cleaned = visible !== s;
  // After the hidden characters are gone: "e\u034F\u0301" becomes "é", as it looks.
  s = visible.normalize('NFC');
  if (rules.stripMarkup) {
    const before = s;
    // Removing one tag can join two halves into a new one ("<<b>script>"): repeat until none is left.
    for (let last = ''; last !== s; ) {
      last = s;
      s = s.replace(TAG, ' ');
    }
    if (s !== before) cleaned = true;
  }
  s =
    rules.maxLines > 1
      ? s
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim()
      : s.replace(/\s+/g, ' ').trim();
  if (rules.cut && isTooLong(s, rules)) {
    s = cutTo(rules.maxLines > 1 ? s.split('\n').slice(0, rules.maxLines).join('\n') : s, rules);
    cut = true;
  }
  return { text: s, cleaned, cut };
}

export type TextProblem = 'hidden-characters' | 'too-long';

/** Why this text cannot be written into a link as it is, or undefined if it can (strict: any hidden character counts). */
export function checkText(s: string, rules: TextRules): TextProblem | undefined {
  if (HIDDEN.test(rules.maxLines > 1 ? s.replace(/\n/g, '') : s)) return 'hidden-characters';
  if (isTooLong(s, rules)) return 'too-long';
  return undefined;
}

/**
 * Text from an exact link, as it will be shown: refused characters make the whole text
 * unusable (`problem`); dropped ones are taken out without a word; nothing else is changed.
 */
export function readText(written: string, rules: TextRules): { text: string; problem?: TextProblem } {
  if ((rules.maxLines > 1 ? REFUSED_LINES : REFUSED_ONE_LINE).test(written)) return { text: '', problem: 'hidden-characters' };
  const text = written.replace(DROPPED, '');
  const problem = checkText(text, rules);
  return problem ? { text: '', problem } : { text };
}
