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
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const HIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/;
/** A surrogate half without its partner: not text, and unencodable as UTF-8. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Length as people count it: one per character (code point), so 😀 or 𠀀 counts once. */
export function charCount(s: string): number {
  return [...s].length;
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
