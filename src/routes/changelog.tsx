import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { changelog } from '../content/changelog';
import { contentVersion } from '../content/content-version';
import { formatDate } from '../i18n/format-date';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['about'], reading: { share: true } };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  await loadI18n(lang, handle.namespaces);
  return { lang };
}

/** What changed in each content version, newest first (src/content/changelog.ts). */
export function Component() {
  const { lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation('about');
  const { t: tc } = useTranslation();
  return (
    <article className="changelog">
      <PageMeta title={`${t('changes.title')} – ${tc('app.name')}`} description={t('changes.description')} />
      <p className="breadcrumb">
        <Link to={paths.about(lang)}>{t('changes.backToAbout')}</Link>
      </p>
      <h1>{t('changes.title')}</h1>
      <p className="lead">{t('changes.lead')}</p>
      {changelog.map((entry) => {
        const words = t(`changes.entries.${entry.id as 'v1-2'}`, { returnObjects: true }) as Record<string, string>;
        return (
          <section key={entry.id} aria-labelledby={`version-${entry.id}`}>
            <h2 id={`version-${entry.id}`}>{t('changes.version', { version: entry.version })}</h2>
            <p className="changelog__date">
              {t('changes.reviewed', { date: formatDate(entry.date, lang) })}
              {entry.version === contentVersion && (
                <>
                  <br />
                  <strong>{t('changes.current')}</strong>
                </>
              )}
            </p>
            <ul>
              {entry.changes.map((id) => (
                <li key={id}>{words[id]}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
