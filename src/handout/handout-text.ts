/**
 * Rules for the free text a clinician types into a handout (note, clinic name,
 * contact line). Pure: used by the builder (to clean what is typed) and by the
 * link codec (to refuse what a link must not carry). The text is always shown
 * as plain text; these rules stop invisible tricks, not HTML.
 */

import { HIDDEN_CHARS, LONE_SURROGATE } from '../text/hidden-characters';

export type TextField = 'note' | 'clinic' | 'contact';

export const limits: Record<TextField, { chars: number; lines: number }> = {
  note: { chars: 280, lines: 6 },
  clinic: { chars: 80, lines: 1 },
  contact: { chars: 80, lines: 1 },
};

/** Characters a handout never carries: the hidden ones, and tabs and carriage returns (a line feed is allowed in the note only). */
export const HIDDEN = new RegExp(`[\\t\\r${HIDDEN_CHARS}]`);

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
