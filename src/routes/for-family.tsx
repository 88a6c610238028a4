import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { Citation, safetySources } from '../safety';
import { ShareButton } from '../share-link/ui';
import { langParam } from './route-params';

// Printed with its address and QR code; it has its own share button, worded for family.
export const handle: RouteHandle = { namespaces: ['for-family'], reading: { share: false } };

/** The three things, in order (words: for-family.json → things). */
export const familyThings = ['not-approved', 'risks', 'medicines'] as const;

/** Where the three things come from (fact base §3.3, §4, §5.2, §7). */
export const familySources = ['cnpharm-2025-amimestrocel', 'nhc-2025', 'ankrum-2014', 'wu-2017', 'perkins-2018', 'deng-2017'];

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  await loadI18n(lang, handle.namespaces);
  return { lang, sources: safetySources(familySources) };
}

/**
 * A short page a patient can forward to the relative who sent them an ad: three things to know
 * before paying, a link to the claim checker and to the guide, and a share button.
 */
export function Component() {
  const { lang, sources } = useLoaderData<typeof loader>();
  const { t } = useTranslation('for-family');
  const { t: tc } = useTranslation();
  return (
    <article className="family">
      <PageMeta title={`${t('title')} – ${tc('app.name')}`} description={t('description')} og={{ title: t('ogTitle'), type: 'article' }} />
      <h1>{t('title')}</h1>
      <h2 className="family__heading">{t('heading')}</h2>
      <ol className="family__things">
        {familyThings.map((id) => (
          <li key={id}>{t(`things.${id}`)}</li>
        ))}
      </ol>
      <ShareButton label={t('share')} hint={<p className="hint">{t('shareHint')}</p>} />
      <ul className="family__links">
        <li>
          <Link className="button button--secondary" to={paths.claimChecker(lang)}>
            {t('checkLink')}
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" to={paths.home(lang)}>
            {t('guideLink')}
          </Link>
        </li>
      </ul>
      <details className="family__sources">
        <summary>{t('sourcesHeading')}</summary>
        <ul className="claim__sources">
          {sources.map((s) => (
            <li key={s.id}>
              <Citation source={s} />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
