/**
 * The "questions for your doctor" share link, a forgiving link of the share-link core. It
 * carries only the ticked key-question ids and the reader's own questions, nothing else:
 *
 *   ?v=1                 format version
 *   &q=approved.risks    ticked key-question ids, joined by "."
 *   &o=…&o=…             the reader's own questions (form-encoded plain text), at most MAX_OWN
 *
 * A damaged or hostile link (unknown ids, markup, hidden characters, broken escapes, very long
 * text) gives back what could be read, cleaned to plain text, plus the problems found.
 */
import { cleanText, decodeQuery, defineLink, encodeQuery, ids, texts, type LinkProblem, type TextRules } from '../share-link';
import { keyQuestionIds, MAX_OWN, MAX_OWN_LENGTH, type KeyQuestionId } from './key-questions';

export { MAX_OWN, MAX_OWN_LENGTH };

const ownRules: TextRules = { maxChars: MAX_OWN_LENGTH, maxUnits: MAX_OWN_LENGTH, maxLines: 1, stripMarkup: true, cut: true };

export const questionLink = defineLink({
  version: 1,
  fields: {
    ticked: ids({ key: 'q', separator: '.', max: 50, known: keyQuestionIds, names: { bad: 'unknown-question', unknown: 'unknown-question' } }),
    own: texts({ key: 'o', max: MAX_OWN, rules: ownRules }),
  },
  // What URLSearchParams keeps, as links shared before the core was written.
  keep: /[A-Za-z0-9*\-._]/,
});

export interface QuestionList {
  /** Ticked key questions, in display order, no duplicates. */
  ticked: KeyQuestionId[];
  /** Own questions, cleaned, none empty, at most MAX_OWN. */
  own: string[];
}

/** What went wrong, once each, in the order found (the page shows one short notice). */
export type QuestionLinkProblem = LinkProblem<typeof questionLink>['kind'];

export interface DecodedList {
  list: QuestionList;
  problems: QuestionLinkProblem[];
}

/** Own-question text as it is kept and shared: one line of plain text, nothing hidden, at most MAX_OWN_LENGTH. Idempotent. */
export function cleanOwnText(raw: string) {
  return cleanText(raw, ownRules);
}

const inDisplayOrder = (ticked: readonly string[]) => keyQuestionIds.filter((id) => ticked.includes(id));

/** The query string ("?v=1&…") for a list, or "" for an empty one. Cleans the text it is given. */
export function encodeQuestionLink(list: { ticked: readonly string[]; own: readonly string[] }): string {
  const ticked = inDisplayOrder(list.ticked);
  const own = list.own.map((o) => cleanOwnText(o).text).filter(Boolean);
  return ticked.length || own.length ? `?${encodeQuery(questionLink, { ticked, own })}` : '';
}

/** Reads a query string (with or without "?"); any input at all gives a list and never throws. */
export function decodeQuestionLink(search: string): DecodedList {
  const { values, problems } = decodeQuery(questionLink, search);
  return { list: { ticked: inDisplayOrder(values.ticked), own: values.own }, problems: [...new Set(problems.map((p) => p.kind))] };
}
