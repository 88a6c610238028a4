import { useTranslation } from 'react-i18next';
import { clinicalReview } from '../content/clinical-review';
import type { ContentKey } from '../content/reviews';
import type { Lang } from '../i18n/langs';
import { formatDate } from '../i18n/format-date';

/**
 * "Reviewed by <name>, <role>, on <date>": shown only when a clinician signed off this content
 * and it has not changed since (the build compares hashes). Otherwise nothing: what awaits review
 * is said on the About page and in a handout's small print, never in the content itself.
 */
export function ClinicalReviewLine({ content, lang }: { content: ContentKey; lang: Lang }) {
  const { t } = useTranslation();
  const review = clinicalReview(content);
  if (review.state !== 'current') return null;
  return <p className="clinical-review">{t('clinicalReview.by', { reviewer: review.reviewer, role: review.role, date: formatDate(review.date, lang) })}</p>;
}
