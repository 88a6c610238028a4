import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { CareCard } from '../components/care-card';
import { SourceList, type NumberedSource } from '../components/source-list';
import { clinicalReview } from '../content/clinical-review';
import type { CareLevel } from '../content/care-cards';
import { formatDate } from '../i18n/format-date';
import type { Lang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { DoDontList } from './do-dont-list';
import type { KeyQuestionId } from './key-questions';

/** The three cards, most urgent first. */
export const levels: readonly CareLevel[] = ['emergency', 'urgent', 'non-urgent'];

/** The key questions in two short lists (no list longer than 7), each under its own heading. */
export const questionGroups: Record<'treatment' | 'you', readonly KeyQuestionId[]> = {
  treatment: ['approved', 'registered-study', 'evidence', 'cell-source'],
  you: ['risks', 'cost', 'medicines-trials', 'follow-up'],
};

/** The risks part's step for someone who already had an infusion (content 1.2); linked when the module has it. */
export const alreadyHadInfusionStep = { moduleId: 'risks', stepId: 'already-had-infusion' } as const;
/** Where "how to check a study" is explained step by step (ids are permanent). */
const checkStudyStep = { moduleId: 'risks', stepId: 'check-a-study' } as const;

/**
 * The help page every page links to from the header. Main message first (what the page is for),
 * then when to get help, as three care cards one after another (now, today, at your next visit),
 * then lupus medicines, "already had an infusion?", questions to ask, what to bring, claims, and
 * do / don't. Every instruction says why, and how where the reader has something to do.
 */
export function AskDoctorPage({ lang, sources, hadInfusionStep }: { lang: Lang; sources: NumberedSource[]; hadInfusionStep: boolean }) {
  const { t } = useTranslation('safety');
  const { t: tq } = useTranslation('key-questions');
  const { t: tc } = useTranslation();
  const bring = t('ask.bring', { returnObjects: true }) as string[];
  const hadInfusion = t('ask.hadInfusionSteps', { returnObjects: true }) as string[];
  return (
    <article className="ask-doctor">
      <PageMeta title={`${t('ask.title')} – ${tc('app.name')}`} description={t('ask.description')} />
      <h1>{t('ask.title')}</h1>
      <p className="lead">
        <strong>{t('ask.purpose')}</strong>
      </p>
      <p>{t('ask.notAdvice')}</p>

      <section aria-labelledby="when-to-get-help">
        <h2 id="when-to-get-help">{t('ask.helpHeading')}</h2>
        {levels.map((level) => {
          // "Reviewed by …" under a card (never inside it), only while its words are as signed.
          const review = clinicalReview(`care-card:${level}`);
          return (
            <div key={level} className="ask-doctor__card">
              <CareCard level={level} headingLevel={3} />
              {review.state === 'current' && (
                <p className="clinical-review">{tc('clinicalReview.by', { reviewer: review.reviewer, role: review.role, date: formatDate(review.date, lang) })}</p>
              )}
            </div>
          );
        })}
      </section>

      <aside className="callout callout--warning">
        <p>
          <strong>{t('ask.medicines')}</strong>
        </p>
        <p>{t('ask.medicinesWhy')}</p>
        <p>{t('ask.medicinesHow')}</p>
      </aside>

      <h2>{t('ask.hadInfusionHeading')}</h2>
      <p>{t('ask.hadInfusionIntro')}</p>
      <ol>
        {hadInfusion.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {hadInfusionStep && (
        <p className="link-list">
          <Link to={paths.step(lang, alreadyHadInfusionStep.moduleId, alreadyHadInfusionStep.stepId)}>{t('ask.hadInfusionLink')}</Link>
        </p>
      )}

      <h2>{t('ask.askHeading')}</h2>
      <p>{t('ask.askIntro')}</p>
      {(Object.keys(questionGroups) as Array<keyof typeof questionGroups>).map((group) => (
        <div key={group}>
          <h3>{t(`ask.questionGroups.${group}`)}</h3>
          <ul className="checklist">
            {questionGroups[group].map((id) => (
              <li key={id}>{tq(id)}</li>
            ))}
          </ul>
        </div>
      ))}
      <p>{t('ask.askHow')}</p>
      <p>
        <Link className="button" to={paths.questions(lang)}>
          {t('ask.makeList')}
        </Link>
      </p>

      <h2>{t('ask.bringHeading')}</h2>
      <ul>
        {bring.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <p>{t('ask.bringWhy')}</p>

      <h2>{t('ask.checkHeading')}</h2>
      <p>{t('ask.checkText')}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.claimChecker(lang)}>{t('ask.checkLink')}</Link>
        </li>
        <li>
          <Link to={paths.step(lang, checkStudyStep.moduleId, checkStudyStep.stepId)}>{t('ask.checkStudyLink')}</Link>
        </li>
      </ul>

      <DoDontList />

      <section className="ask-doctor__sources">
        <h2>{t('ask.sourcesHeading')}</h2>
        <p>{t('ask.sourcesIntro')}</p>
        <SourceList sources={sources} />
      </section>
    </article>
  );
}
