import { LONE_SURROGATE } from '../text/hidden-characters';
import { HIDDEN, type TextField } from './handout-text';

const HIDDEN_ALL = new RegExp(HIDDEN.source, 'g');
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

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
