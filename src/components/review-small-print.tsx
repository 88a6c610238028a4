import { useTranslation } from 'react-i18next';
import { clinicalReview } from '../app/build-constants';
import type { ContentKey } from '../content/reviews';
import type { Lang } from '../content/types';
import { formatDate } from '../i18n/format-date';
import type { CareLevel } from '../safety/care-cards';

/**
 * A handout's small print on clinical review: which of its parts a clinician has signed off (as
 * they are now), and which await review. Said here, plainly, and never inside the care cards.
 * Words: the "care-cards" namespace (every handout loads it).
 */
export function ReviewSmallPrint({ lang, modules, cards }: { lang: Lang; modules: Array<{ id: string; title: string }>; cards: readonly CareLevel[] }) {
  const { t } = useTranslation('care-cards');
  const parts: Array<{ title: string; keys: ContentKey[] }> = [
    ...modules.map((m) => ({ title: m.title, keys: [`module:${m.id}` as const] })),
    ...(cards.length ? [{ title: t('smallPrint.cards'), keys: cards.map((c) => `care-card:${c}` as const) }] : []),
  ];
  const withState = parts.map((p) => ({ ...p, reviews: p.keys.map(clinicalReview) }));
  const done = withState.filter((p) => p.reviews.every((r) => r.state === 'current'));
  const awaiting = withState.filter((p) => !done.includes(p));
  const separator = lang === 'zh' ? '；' : '; ';
  const reviewedList = done
    .map((p) => {
      const first = p.reviews[0];
      return first?.state === 'current' ? t('smallPrint.item', { title: p.title, reviewer: first.reviewer, date: formatDate(first.date, lang) }) : p.title;
    })
    .join(separator);
  return (
    <p className="review-small-print">
      {done.length === 0 ? t('smallPrint.none') : t('smallPrint.reviewed', { parts: reviewedList })}
      {done.length > 0 && awaiting.length > 0 && ` ${t('smallPrint.awaiting', { parts: awaiting.map((p) => p.title).join(separator) })}`}
    </p>
  );
}
