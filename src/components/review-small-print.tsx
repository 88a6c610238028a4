import { useTranslation } from 'react-i18next';
import { clinicalReview } from '../content/clinical-review';
import { formatDate } from '../i18n/format-date';
import { type Lang, LANGS } from '../i18n/langs';

/**
 * A handout's small print on clinical review: which of its parts a clinician has signed off (as
 * they are now), and which await review. Said here, plainly, and never inside the care cards.
 * Words: the "care-cards" namespace (every handout loads it).
 */
export function ReviewSmallPrint({ lang, modules }: { lang: Lang; modules: Array<{ id: string; title: string }> }) {
  const { t } = useTranslation('care-cards');
  const emergency = clinicalReview('care-card:emergency');
  const urgent = clinicalReview('care-card:urgent');
  const parts = [
    ...modules.map((m) => ({ title: m.title, review: clinicalReview(`module:${m.id}`) })),
    // The two cards a handout prints count as one part: reviewed only if both are.
    { title: t('smallPrint.cards'), review: emergency.state === 'current' ? urgent : emergency },
  ];
  const done = parts.filter((p) => p.review.state === 'current');
  if (done.length === 0) return <p className="review-small-print">{t('smallPrint.none')}</p>;
  const list = (items: string[]) => items.join(LANGS[lang].listSeparator);
  const awaiting = parts.filter((p) => p.review.state !== 'current');
  return (
    <p className="review-small-print">
      {t('smallPrint.reviewed', {
        parts: list(done.map(({ title, review }) => (review.state === 'current' ? t('smallPrint.item', { title, reviewer: review.reviewer, date: formatDate(review.date, lang) }) : title))),
      })}
      {awaiting.length > 0 && ` ${t('smallPrint.awaiting', { parts: list(awaiting.map((p) => p.title)) })}`}
    </p>
  );
}
