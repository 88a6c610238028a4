/**
 * Care cards (NHS.UK pattern): three levels of "when to get help", shown together on the
 * ask-your-doctor page and, where a step describes a risk a reader could feel, in module content.
 * Words (careCardWordsAt): locales/<lang>/care-cards.json holds the screen-reader prefixes, the
 * emergency card (the one most pages show, and every handout) and a handout's review small print;
 * the urgent card is a namespace of its own (care-card-urgent.json, under "card"); the non-urgent
 * card, shown only on the ask-your-doctor page, is in that page's safety.json (nonUrgentCard). So a
 * page loads only the cards it shows (careCardNamespaces). A card is a heading (the call to action) and its parts, in display
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

/** Where a card's words are: [namespace, key]. (src/components/care-card.tsx reads them.) */
export const careCardWordsAt: Record<CareLevel, readonly [namespace: string, key: string]> = {
  emergency: ['care-cards', 'emergency'],
  urgent: ['care-card-urgent', 'card'],
  'non-urgent': ['safety', 'nonUrgentCard'],
};

/** The i18next namespaces a page needs to show these cards. */
export function careCardNamespaces(levels: readonly CareLevel[]): string[] {
  return [...new Set(['care-cards', ...levels.map((l) => careCardWordsAt[l][0])])];
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
