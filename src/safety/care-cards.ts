/**
 * Care cards (NHS.UK pattern): three levels of "when to get help", shown together on the
 * ask-your-doctor page and, where a step describes a risk a reader could feel, in module content.
 * All three cards' words live in locales/<lang>/care-cards.json (a small namespace of its own, so
 * any page can show any card). A card is a heading (the call to action) and its parts, in display
 * order: a list of signs under an optional short heading, or a line of text. The part and item ids
 * are the same in every language (tests/unit/safety-content.test.ts). The sources are in
 * src/safety/sources.ts; who signed a card off clinically is in src/content/reviews.ts, and the
 * cards themselves never show review status.
 */
export const careLevels = ['emergency', 'urgent', 'non-urgent'] as const;

export type CareLevel = (typeof careLevels)[number];

/** A list of signs, under a short heading when the card groups its signs. */
export interface CareCardList {
  heading?: string;
  /** Keyed by sign id, in display order. */
  items: Record<string, string>;
}

/** A line of text: what to do next, or why. */
export interface CareCardText {
  text: string;
}

export type CareCardPart = CareCardList | CareCardText;

/** One card's words (locales/<lang>/care-cards.json, under its level). */
export interface CareCardWords {
  /** The call to action, ending with what follows ("… now if you have:"). */
  heading: string;
  /** Keyed by part id, in display order. */
  parts: Record<string, CareCardPart>;
}

export function isCareLevel(value: unknown): value is CareLevel {
  return typeof value === 'string' && (careLevels as readonly string[]).includes(value);
}

export function isCardList(part: CareCardPart): part is CareCardList {
  return 'items' in part;
}

/** Every sign a card lists, across its lists, in display order. */
export function cardItems(words: CareCardWords): string[] {
  return Object.values(words.parts).flatMap((p) => (isCardList(p) ? Object.values(p.items) : []));
}
