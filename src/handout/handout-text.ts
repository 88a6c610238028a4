/**
 * The free text a clinician types into a handout (note, clinic name, contact line): its limits,
 * and the share-link text rules applied to it. Used by the builder (to clean what is typed and
 * say what is wrong) and by the handout link (to refuse what a link must not carry).
 */
import { charCount, checkText, cleanText as clean, type TextProblem, type TextRules } from '../share-link';

export { charCount, type TextProblem };

export type TextField = 'note' | 'clinic' | 'contact';

export const limits: Record<TextField, TextRules> = {
  note: { maxChars: 280, maxLines: 6 },
  clinic: { maxChars: 80, maxLines: 1 },
  contact: { maxChars: 80, maxLines: 1 },
};

/** Why this text cannot go on a handout, or undefined if it can. */
export function textProblem(field: TextField, s: string): TextProblem | undefined {
  return checkText(s, limits[field]);
}

/**
 * What the builder puts on the handout from what was typed: hidden characters removed, NFC,
 * line breaks made plain (none outside the note, at most one empty line in a row), spaces
 * trimmed. Length is not cut: too long is shown as an error.
 */
export function cleanText(field: TextField, typed: string): { text: string; removedHidden: boolean } {
  const { text, cleaned } = clean(typed, limits[field]);
  return { text, removedHidden: cleaned };
}
