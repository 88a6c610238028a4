/**
 * The key questions for a doctor or clinic (fact base 6.2), in display order.
 * Ids are permanent: shared question-list links carry them. Words: locales/<lang>/safety.json → keyQuestions.
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

export type KeyQuestionId = (typeof keyQuestionIds)[number];

export function isKeyQuestionId(value: string): value is KeyQuestionId {
  return (keyQuestionIds as readonly string[]).includes(value);
}
