import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { notFound } from '../app/not-found-response';
import { plainText } from '../content/inline-markup';
import { loadGlossary, loadModuleText } from '../content/load-text';
import { ContentContext } from '../components/blocks/content-context';
import { InlineText } from '../components/blocks/inline-text';
import { ReviewDates } from '../components/review-dates';
import { SourceList } from '../components/source-list';
import { paths } from '../i18n/paths';
import { langParam, moduleParam } from './route-params';

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const mod = moduleParam(params);
  const [text, glossary] = await Promise.all([loadModuleText(lang, mod.id), loadGlossary(lang)]);
  if (!text) throw notFound();
  return {
    lang,
    mod,
    title: text.title,
    purpose: text.purpose,
    stepTitles: mod.steps.map((s) => text.steps[s]?.title ?? s),
    glossary,
  };
}

/** A module's front page: purpose, contents, sources and review dates ("mini-hub"). */
export function Component() {
  const { lang, mod, title, purpose, stepTitles, glossary } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <ContentContext.Provider value={{ lang, glossary, sources: mod.sources, figures: {} }}>
      <article className="module-overview">
        <PageMeta title={`${title} – ${t('app.name')}`} description={plainText(purpose)} />
        <p className="breadcrumb">
          <Link to={paths.home(lang)}>{t('module.allModules')}</Link>
        </p>
        <h1>{title}</h1>
        <p className="lead">
          <InlineText text={purpose} />
        </p>
        <p className="path__meta">
          {t('home.minutes', { count: mod.minutes })} · {t('home.steps', { count: mod.steps.length })}
        </p>
        <p>
          <Link className="button" to={paths.step(lang, mod.id, mod.steps[0] ?? '')}>
            {t('module.start')}
          </Link>
        </p>
        <h2>{t('module.contents')}</h2>
        <ol className="contents">
          {mod.steps.map((s, i) => (
            <li key={s}>
              <Link to={paths.step(lang, mod.id, s)}>{stepTitles[i]}</Link>
            </li>
          ))}
          <li>
            <Link to={paths.quiz(lang, mod.id)}>{t('module.quiz')}</Link>
          </li>
        </ol>
        <h2>{t('module.sources')}</h2>
        <p>{t('module.sourcesIntro')}</p>
        <SourceList sources={mod.sources} numbering={(s) => mod.sources.indexOf(s) + 1} />
        <ReviewDates lastReviewed={mod.lastReviewed} nextReview={mod.nextReview} />
      </article>
    </ContentContext.Provider>
  );
}
