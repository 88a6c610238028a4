/**
 * Share links: one versioned query codec and one set of text rules for every link the guide
 * makes (the question list, the handout, and any later kind). Pure: no DOM, no React, so it
 * runs the same at build time, in the browser and in tests. Copying a link to the clipboard, the
 * share button and the lazy codec hook are in ./ui (they need React and the DOM). How to add a kind:
 * docs/architecture-notes.md.
 */
export {
  decodeQuery,
  decodeValue,
  defineLink,
  encodeQuery,
  encodeValue,
  ids,
  linkCheckCode,
  text,
  texts,
  type Decoded,
  type IdProblemNames,
  type LinkKind,
  type LinkProblem,
  type LinkValues,
} from './codec';
export { charCount, checkText, cleanText, HIDDEN, readText, type Cleaned, type TextProblem, type TextRules } from './text-rules';
