import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareCardList, CareCardPart, CareCardWords, CareLevel } from '../content/care-cards';

// Kept here rather than imported from care-cards.ts, so a page that shows a card (a handout)
// does not load that module too; tests/unit/safety-content.test.ts checks the two agree.
const wordsAt = { emergency: ['care-cards', 'emergency'], urgent: ['care-card-urgent', 'card'], 'non-urgent': ['safety', 'nonUrgentCard'] } as const;
const isList = (part: CareCardPart): part is CareCardList => 'items' in part;

export interface CareCardProps {
  level: CareLevel;
  /** 2 inside a page's content (default), 3 under a section's own h2. */
  headingLevel?: 2 | 3;
}

/**
 * NHS.UK care card: one call to action as the heading, then the signs, grouped under short
 * headings where there are many. The urgency is in the words ("now", "straight away", "at your
 * next visit"), in a visually hidden prefix read first by screen readers ("Immediate action
 * required:"), and in the card's shape and contrast; never in colour alone.
 *
 * The card shows only what to do. Whether a clinician has reviewed it is said outside the card
 * (the ask-your-doctor page, the About page, a handout's small print): a worried reader should
 * never meet review status inside the box that tells them to call 120.
 *
 * Words: careCardNamespaces([level]) (src/content/care-cards.ts); load them on every page that shows the card.
 */
export function CareCard({ level, headingLevel = 2 }: CareCardProps) {
  const { t, i18n } = useTranslation('care-cards');
  const words = i18n.getResource(i18n.language, wordsAt[level][0], wordsAt[level][1]) as CareCardWords | undefined;
  // Only if a page forgot to load the card's namespace (the page tests would show it missing).
  if (!words) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className={`care-card care-card--${level}`}>
      <div className="care-card__heading-container">
        <span className="care-card__icon" aria-hidden="true">
          {level === 'non-urgent' ? 'i' : '!'}
        </span>
        <Heading className="care-card__heading">
          <span className="visually-hidden">{t(`prefix.${level}`)}</span> {words.heading}
        </Heading>
      </div>
      <div className="care-card__content">
        {Object.entries(words.parts).map(([id, part]) =>
          isList(part) ? (
            <div key={id} className={`care-card__list care-card__list--${id}`}>
              {part.heading && createElement(`h${headingLevel + 1}`, { className: 'care-card__group' }, part.heading)}
              <ul>
                {Object.entries(part.items).map(([item, text]) => (
                  <li key={item}>{text}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p key={id} className={`care-card__text care-card__text--${id}`}>
              {part.text}
            </p>
          ),
        )}
      </div>
    </div>
  );
}

export default CareCard;

/** For the tests: where this component reads each card's words. */
export const careCardWordsRead = wordsAt;
