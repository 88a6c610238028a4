import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { contactEmail } from '../app/build-constants';
import { clinicalReview } from '../content/clinical-review';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { contentLastReviewed, contentVersion } from '../content/content-version';
import { loadModuleText } from '../content/load-text';
import { moduleIds } from '../content/module-ids';
import { contentKeys } from '../content/review-check';
import type { ContentKey } from '../content/reviews';
import { formatDate } from '../i18n/format-date';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['about'], reading: { share: true } };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const [texts] = await Promise.all([Promise.all(moduleIds.map((id) => loadModuleText(lang, id))), loadI18n(lang, handle.namespaces)]);
  // Only the titles travel with the page, not the modules' words.
  const moduleTitles = Object.fromEntries(moduleIds.map((id, i) => [id, texts[i]?.title ?? id]));
  return { lang, moduleTitles };
}

/**
 * "About this guide": who makes it, how facts are chosen and checked, what a clinician has
 * reviewed (from the sign-off record, as the build found it), no ads / sponsor / tracking, what
 * stays on the device, and how to report a mistake.
 */
export function Component() {
  const { lang, moduleTitles } = useLoaderData<typeof loader>();
  const { t } = useTranslation('about');
  const { t: tc } = useTranslation();
  const title = (key: ContentKey) => {
    const [kind, id = ''] = key.split(':');
    return kind === 'module' ? (moduleTitles[id] ?? id) : t(`about.cardNames.${id as 'emergency'}`);
  };
  const parts = contentKeys().map((key) => ({ key, title: title(key), review: clinicalReview(key) }));
  const reviewed = parts.filter((p) => p.review.state === 'current');
  const awaiting = parts.filter((p) => p.review.state !== 'current');
  const facts = t('about.facts', { returnObjects: true }) as Record<string, string>;
  const device = t('about.device', { returnObjects: true }) as Record<string, string>;
  return (
    <article className="about">
      <PageMeta title={`${t('about.title')} – ${tc('app.name')}`} description={t('about.description')} />
      <h1>{t('about.title')}</h1>
      <p className="lead">
        <strong>{t('about.lead')}</strong>
      </p>

      <h2>{t('about.whoHeading')}</h2>
      <p>{t('about.who')}</p>

      <h2>{t('about.factsHeading')}</h2>
      <ul>
        {Object.entries(facts).map(([id, text]) => (
          <li key={id}>{text}</li>
        ))}
      </ul>

      <h2>{t('about.reviewHeading')}</h2>
      <p>{t('about.review.schedule')}</p>
      <p>{t('about.review.version', { version: contentVersion, date: formatDate(contentLastReviewed, lang) })}</p>
      <p>{t('about.review.signOff')}</p>
      <p className="link-list">
        <Link to={paths.changes(lang)}>{t('about.changesLink')}</Link>
      </p>

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

      <h2>{t('about.adsHeading')}</h2>
      <p>{t('about.ads')}</p>

      <h2>{t('about.deviceHeading')}</h2>
      {Object.entries(device).map(([id, text]) => (
        <p key={id}>{text}</p>
      ))}

      <h2 id="report">{t('about.reportHeading')}</h2>
      {contactEmail ? (
        <p>
          {t('about.reportWithEmail')} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        </p>
      ) : (
        <p>{t('about.reportWithoutEmail')}</p>
      )}
      <p>{t('about.reportFixes')}</p>
    </article>
  );
}
