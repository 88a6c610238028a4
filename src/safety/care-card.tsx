import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format-date';
import { isLang } from '../i18n/langs';
import { careCards, type CareLevel } from './care-cards';

export interface CareCardProps {
  level: CareLevel;
  /** 2 inside a page's content (default), 3 under a section's own h2. */
  headingLevel?: 2 | 3;
}

interface CardWords {
  heading: string;
  /** The signs, in display order. */
  items: Record<string, string>;
  note?: string;
}

/**
 * NHS.UK care card: one call to action as the heading, the signs as a list. The urgency is in
 * the words ("now", "today", "at your next visit"), in a visually hidden prefix read first by
 * screen readers ("Immediate action required:"), and in the card's shape and contrast; never
 * in colour alone.
 *
 * Words: the emergency card, which other pages embed (module steps, handouts), and the labels
 * are in the small "care-cards" namespace; the urgent and non-urgent cards, shown only on the
 * ask-your-doctor page, are in "safety" (careCards). Load the namespaces a page's cards need.
 */
export function CareCard({ level, headingLevel = 2 }: CareCardProps) {
  const { t, i18n } = useTranslation(['care-cards', 'safety']);
  const words = (level === 'emergency' ? t('care-cards:emergency', { returnObjects: true }) : t(`safety:careCards.${level}`, { returnObjects: true })) as CardWords;
  const lang = isLang(i18n.language) ? i18n.language : 'en';
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const review = careCards[level].clinicalReview;
  return (
    <div className={`care-card care-card--${level}`}>
      <div className="care-card__heading-container">
        <span className="care-card__icon" aria-hidden="true">
          {level === 'non-urgent' ? 'i' : '!'}
        </span>
        <Heading className="care-card__heading">
          <span className="visually-hidden">{t(`care-cards:prefix.${level}`)}</span> {words.heading}
        </Heading>
      </div>
      <div className="care-card__content">
        <ul>
          {Object.entries(words.items).map(([item, text]) => (
            <li key={item}>{text}</li>
          ))}
        </ul>
        {words.note && <p className="care-card__note">{words.note}</p>}
        <p className="care-card__review">
          {t('care-cards:review.line', {
            status: review ? t('care-cards:review.done', { by: review.by, date: formatDate(review.on, lang) }) : t('care-cards:review.awaiting'),
          })}
        </p>
      </div>
    </div>
  );
}

export default CareCard;
