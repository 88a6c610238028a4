/**
 * Care cards (NHS.UK pattern): three levels of "when to get help". The words live in
 * locales/<lang>/care-cards.json (a small namespace of its own, so any page can show a card);
 * the signs each card lists are the keys of <level>.items there, in display order (the same in
 * every language, tests/unit/safety-content.test.ts); the clinical review is data here and the
 * sources are in src/safety/sources.ts.
 *
 * Until a clinician has reviewed the cards, `clinicalReview` stays null and every card says
 * "awaiting clinical review". When reviewed, set { by, on } (ISO date) for that card.
 */
export const careLevels = ['emergency', 'urgent', 'non-urgent'] as const;

export type CareLevel = (typeof careLevels)[number];

export interface ClinicalReview {
  /** Name and role of the reviewing clinician, as it should be shown. */
  by: string;
  /** ISO date of the review. */
  on: string;
}

export interface CareCardDef {
  clinicalReview: ClinicalReview | null;
}

export const careCards: Record<CareLevel, CareCardDef> = {
  emergency: {
    clinicalReview: null,
  },
  urgent: {
    clinicalReview: null,
  },
  'non-urgent': {
    clinicalReview: null,
  },
};

export function isCareLevel(value: unknown): value is CareLevel {
  return typeof value === 'string' && (careLevels as readonly string[]).includes(value);
}
