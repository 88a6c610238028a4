/**
 * The key questions for a doctor or clinic (fact base 6.2), in display order.
 * Ids are permanent: shared question-list links carry them. Words: locales/<lang>/key-questions.json (a namespace of its own: the question list page needs no other safety words).
 */
export const keyQuestionIds = [
  'approved',
  'registered-study',
  'evidence',
  'risks',
  'cell-source',
  'cost',
  'medicines-trials',
  'follow-up',
] as const;

/** How many own questions a list holds. */
export const MAX_OWN = 3;
/** Longest own question, in characters and in UTF-16 code units (what a textarea's maxLength counts). */
export const MAX_OWN_LENGTH = 300;

export type KeyQuestionId = (typeof keyQuestionIds)[number];

export function isKeyQuestionId(value: string): value is KeyQuestionId {
  return (keyQuestionIds as readonly string[]).includes(value);
}
