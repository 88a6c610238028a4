/**
 * Rules for the free text a clinician types into a handout (note, clinic name,
 * contact line). Pure: used by the builder (to clean what is typed) and by the
 * link codec (to refuse what a link must not carry). The text is always shown
 * as plain text; these rules stop invisible tricks, not HTML.
 */

export type TextField = 'note' | 'clinic' | 'contact';

export const limits: Record<TextField, { chars: number; lines: number }> = {
  note: { chars: 280, lines: 6 },
  clinic: { chars: 80, lines: 1 },
  contact: { chars: 80, lines: 1 },
};

/**
 * Characters a handout never carries: control characters (a line break is
 * allowed in the note only), bidirectional overrides and isolates that can make
 * text read differently from what was typed, zero-width and other invisible
 * formatting characters, and interlinear annotation marks.
 */
const HIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'g');
/** A surrogate half without its partner: not text, and unencodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

/** Length as people count it: one per character (code point), so 😀 or 𠀀 counts once. */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const lineCount = (s: string) => s.split('\n').length;

export type TextProblem = 'hidden-characters' | 'too-long';

/** Why this text cannot go on a handout, or undefined if it can. */
export function textProblem(field: TextField, s: string): TextProblem | undefined {
  if (HIDDEN.test(s) || LONE_SURROGATE.test(s)) return 'hidden-characters';
  if (field !== 'note' && s.includes('\n')) return 'hidden-characters';
  const { chars, lines } = limits[field];
  if (charCount(s) > chars || lineCount(s) > lines) return 'too-long';
  return undefined;
}

/**
 * What the builder puts on the handout from what was typed: line breaks made
 * plain (none outside the note, at most one empty line in a row), hidden
 * characters removed, spaces trimmed. Length is not cut: too long is shown as an error.
 */
export function cleanText(field: TextField, typed: string): { text: string; removedHidden: boolean } {
  let text = typed.replace(/\r\n?/g, '\n');
  const withoutHidden = text.replace(LONE_SURROGATE_ALL, '').replace(/\t/g, ' ').replace(HIDDEN_ALL, '');
  const removedHidden = withoutHidden !== text.replace(/\t/g, ' ');
  text = withoutHidden;
  text =
    field === 'note'
      ? text
          .split('\n')
          .map((line) => line.trim())
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
      : text.replace(/\n+/g, ' ');
  return { text: text.replace(/ {2,}/g, ' ').trim(), removedHidden };
}
