import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { numberSources, SourceList } from '../components/source-list';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { CareCard } from '../safety/care-card';
import { claims } from '../safety/claims';
import { DoDontList } from '../safety/do-dont-list';
import { keyQuestionIds } from '../safety/key-questions';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['safety', 'key-questions', 'care-cards'] };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  // Sources are read here only (at build time, or on a client navigation), not shipped with the page script.
  const [{ careCardSources, safetySources }] = await Promise.all([import('../safety/sources'), loadI18n(lang, handle.namespaces)]);
  const ids = [...Object.values(careCardSources).flat(), ...claims.flatMap((c) => c.sources)];
  return { lang, sources: numberSources(safetySources(ids)) };
}

/**
 * The help page every page links to from the header: education, not advice; when to get help;
 * what to ask and bring; the claim checker and the questions builder; do and don't.
 */
export function Component() {
  const { lang, sources } = useLoaderData<typeof loader>();
  const { t } = useTranslation('safety');
  const { t: tq } = useTranslation('key-questions');
  const { t: tc } = useTranslation();
  const bring = t('ask.bring', { returnObjects: true }) as string[];
  return (
    <article className="ask-doctor">
      <PageMeta title={`${t('ask.title')} – ${tc('app.name')}`} description={t('ask.description')} />
      <h1>{t('ask.title')}</h1>
      <p className="lead">
        <strong>{t('ask.notAdvice')}</strong>
      </p>
      <CareCard level="emergency" />
      <aside className="callout callout--warning">
        <p>
          <strong>{t('ask.medicines')}</strong>
        </p>
      </aside>

      <h2>{t('ask.askHeading')}</h2>
      <p>{t('ask.askIntro')}</p>
      <ul className="checklist">
        {keyQuestionIds.map((id) => (
          <li key={id}>{tq(id)}</li>
        ))}
      </ul>
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

      <h2>{t('ask.checkHeading')}</h2>
      <p>{t('ask.checkText')}</p>
      <p className="link-list">
        <Link to={paths.claimChecker(lang)}>{t('ask.checkLink')}</Link>
      </p>

      <DoDontList />

      <h2>{t('ask.helpHeading')}</h2>
      <CareCard level="urgent" headingLevel={3} />
      <CareCard level="non-urgent" headingLevel={3} />

      <section className="ask-doctor__sources">
        <h2>{t('ask.sourcesHeading')}</h2>
        <p>{t('ask.sourcesIntro')}</p>
        <SourceList sources={sources} />
      </section>
    </article>
  );
}
