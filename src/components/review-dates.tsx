import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/langs';
import { formatDate } from '../i18n/format-date';

export function ReviewDates({ lastReviewed, nextReview }: { lastReviewed: string; nextReview: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <p className="review-dates">
      <span>{t('module.lastReviewed', { date: formatDate(lastReviewed, lang) })}</span>
      <br />
      <span>{t('module.nextReview', { date: formatDate(nextReview, lang) })}</span>
    </p>
  );
}
