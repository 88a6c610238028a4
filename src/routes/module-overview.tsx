import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { notFound } from '../app/not-found-response';
import { plainText, termIds } from '../content/inline-markup';
import { pick } from '../content/pick';
import { loadGlossary, loadModuleText } from '../content/load-text';
import { ContentContext } from '../components/blocks/content-context';
import { InlineText } from '../components/blocks/inline-text';
import { ReviewDates } from '../components/review-dates';
import { ClinicalReviewLine } from '../components/clinical-review-line';
import { citationNumbers, numberSources, SourceList } from '../components/source-list';
import { paths } from '../i18n/paths';
import { langParam, moduleParam } from './route-params';
import type { RouteHandle } from '../app/routes';

export const handle: RouteHandle = { reading: { share: true } };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const mod = await moduleParam(params);
  const [text, glossary] = await Promise.all([loadModuleText(lang, mod.id), loadGlossary(lang)]);
  if (!text) throw notFound();
  return {
    lang,
    moduleId: mod.id,
    minutes: mod.minutes,
    steps: mod.steps.map((id) => ({ id, title: text.steps[id]?.title ?? id })),
    sources: numberSources(mod.sources),
    lastReviewed: mod.lastReviewed,
    nextReview: mod.nextReview,
    title: text.title,
    purpose: text.purpose,
    mainMessage: text.mainMessage,
    glossary: pick(glossary, [...termIds(text.mainMessage), ...termIds(text.purpose)]),
  };
}

/** A module's front page: main message, purpose, contents, sources and review dates ("mini-hub"). */
export function Component() {
  const data = useLoaderData<typeof loader>();
  const { lang, moduleId, steps } = data;
  const { t } = useTranslation();
  return (
    <ContentContext.Provider value={{ lang, glossary: data.glossary, citations: citationNumbers(data.sources), figures: {} }}>
      <article className="module-overview">
        <PageMeta title={`${data.title} – ${t('app.name')}`} description={plainText(data.purpose)} />
        <p className="breadcrumb">
          <Link to={paths.home(lang)}>{t('module.allModules')}</Link>
        </p>
        <h1>{data.title}</h1>
        {/* The main message comes first, inside the first phone screen (CDC Clear Communication Index items 2–3). */}
        <section className="main-message" aria-labelledby="main-message-title">
          <h2 className="main-message__title" id="main-message-title">
            {t('module.mainMessage')}
          </h2>
          <p className="main-message__text">
            <InlineText text={data.mainMessage} />
          </p>
        </section>
        <p className="lead">
          <InlineText text={data.purpose} />
        </p>
        <p className="path__meta">
          {t('home.minutes', { count: data.minutes })} · {t('home.steps', { count: steps.length })}
        </p>
        <p>
          <Link className="button" to={paths.step(lang, moduleId, steps[0]?.id ?? '')}>
            {t('module.start')}
          </Link>
        </p>
        <h2>{t('module.contents')}</h2>
        <ol className="contents">
          {steps.map((s) => (
            <li key={s.id}>
              <Link to={paths.step(lang, moduleId, s.id)}>{s.title}</Link>
            </li>
          ))}
          <li>
            <Link to={paths.quiz(lang, moduleId)}>{t('module.quiz')}</Link>
          </li>
        </ol>
        <h2>{t('module.sources')}</h2>
        <p>{t('module.sourcesIntro')}</p>
        <SourceList sources={data.sources} />
        <ReviewDates lastReviewed={data.lastReviewed} nextReview={data.nextReview} />
        <ClinicalReviewLine content={`module:${moduleId}`} lang={lang} />
      </article>
    </ContentContext.Provider>
  );
}
