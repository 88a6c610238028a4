import { useTranslation } from 'react-i18next';
import { clinicalReview } from '../content/clinical-review';
import { contentKeys } from '../content/review-check';
import type { ContentKey } from '../content/reviews';
import { formatDate } from '../i18n/format-date';
import type { Lang } from '../i18n/langs';

/** The About page's "clinical review" part: what a clinician has signed off (as the build found it) and what awaits review. Words: the about namespace. */
export function ClinicalReviewList({ lang, moduleTitles }: { lang: Lang; moduleTitles: Record<string, string> }) {
  const { t } = useTranslation('about');
  const title = (key: ContentKey) => {
    const [kind, id = ''] = key.split(':');
    return kind === 'module' ? (moduleTitles[id] ?? id) : t(`about.cardNames.${id as 'emergency'}`);
  };
  const parts = contentKeys().map((key) => ({ key, title: title(key), review: clinicalReview(key) }));
  const reviewed = parts.filter((p) => p.review.state === 'current');
  const awaiting = parts.filter((p) => p.review.state !== 'current');
  return (
    <>
      <h2 id="clinical-review">{t('about.clinicalHeading')}</h2>
      {reviewed.length === 0 && <p>{t('about.clinicalNone')}</p>}
      {reviewed.length > 0 && (
        <>
          <p>{t('about.clinicalDone')}</p>
          <ul className="about__reviewed">
            {reviewed.map(({ key, title: name, review }) =>
              review.state === 'current' ? (
                <li key={key}>{t('about.clinicalItemDone', { title: name, reviewer: review.reviewer, role: review.role, date: formatDate(review.date, lang) })}</li>
              ) : null,
            )}
          </ul>
        </>
      )}
      {awaiting.length > 0 && (
        <>
          <p>{t('about.clinicalAwaiting')}</p>
          <ul className="about__awaiting">
            {awaiting.map(({ key, title: name, review }) => (
              <li key={key}>
                {review.state === 'changed' ? t('about.clinicalItemChanged', { title: name, reviewer: review.reviewer, date: formatDate(review.date, lang) }) : name}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
