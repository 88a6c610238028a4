import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { contactEmail } from '../app/build-constants';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { ClinicalReviewList } from '../components/clinical-review-list';
import { contentLastReviewed, contentVersion } from '../content/content-version';
import { loadModuleText } from '../content/load-text';
import { moduleIds } from '../content/module-ids';
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

      <ClinicalReviewList lang={lang} moduleTitles={moduleTitles} />

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
