import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { notFound } from '../app/not-found-response';
import { stepStrings } from '../content/block-text';
import { citeIds, plainText, termIds } from '../content/inline-markup';
import { loadGlossary, loadModuleText } from '../content/load-text';
import { BlockView } from '../components/blocks/block-view';
import { ContentContext } from '../components/blocks/content-context';
import { ReviewDates } from '../components/review-dates';
import { SourceList } from '../components/source-list';
import { paths } from '../i18n/paths';
import { langParam, moduleParam } from './route-params';

function pick<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(keys.flatMap((k) => (k in record ? [[k, record[k] as T]] : [])));
}

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const mod = moduleParam(params);
  const index = mod.steps.indexOf(params.stepId ?? '');
  const [text, allTerms] = await Promise.all([loadModuleText(lang, mod.id), loadGlossary(lang)]);
  const step = text?.steps[params.stepId ?? ''];
  if (!text || !step || index < 0) throw notFound();
  const strings = stepStrings(step);
  // Only what this page shows travels in the page's data.
  const glossary = pick(allTerms, termIds(strings.join(' ')));
  const figures = pick(text.figures, step.blocks.flatMap((b) => (b.type === 'figure' ? [b.id] : [])));
  const cited = new Set(strings.flatMap(citeIds));
  return {
    lang,
    mod,
    moduleTitle: text.title,
    index,
    step,
    glossary,
    figures,
    cited: mod.sources.filter((s) => cited.has(s.id)).map((s) => s.id),
    prevTitle: text.steps[mod.steps[index - 1] ?? '']?.title,
    nextTitle: text.steps[mod.steps[index + 1] ?? '']?.title,
    description: plainText(strings.slice(1).find((s) => s.length > 40) ?? text.purpose).slice(0, 160),
  };
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  const { lang, mod, index, step } = data;
  const { t } = useTranslation();
  const prev = mod.steps[index - 1];
  const next = mod.steps[index + 1];
  const citedSources = mod.sources.filter((s) => data.cited.includes(s.id));
  return (
    <ContentContext.Provider value={{ lang, glossary: data.glossary, sources: mod.sources, figures: data.figures }}>
      <article className="step">
        <PageMeta title={`${step.title} – ${data.moduleTitle}`} description={data.description} />
        <p className="breadcrumb">
          <Link to={paths.module(lang, mod.id)}>{data.moduleTitle}</Link>
          <span className="breadcrumb__count"> · {t('module.stepOf', { current: index + 1, total: mod.steps.length })}</span>
        </p>
        <h1>{step.title}</h1>
        {step.blocks.map((block, i) => (
          <BlockView key={i} block={block} />
        ))}
        <nav className="pager" aria-label={t('module.contents')}>
          {prev ? (
            <Link className="pager__link pager__link--prev" to={paths.step(lang, mod.id, prev)} rel="prev">
              <span className="pager__label">{t('module.previous')}</span>
              <span className="pager__title">{data.prevTitle}</span>
            </Link>
          ) : (
            <Link className="pager__link pager__link--prev" to={paths.module(lang, mod.id)}>
              <span className="pager__label">{t('module.previous')}</span>
              <span className="pager__title">{t('module.backToModule')}</span>
            </Link>
          )}
          {next ? (
            <Link className="pager__link pager__link--next" to={paths.step(lang, mod.id, next)} rel="next">
              <span className="pager__label">{t('module.next')}</span>
              <span className="pager__title">{data.nextTitle}</span>
            </Link>
          ) : (
            <Link className="pager__link pager__link--next" to={paths.quiz(lang, mod.id)} rel="next">
              <span className="pager__label">{t('module.next')}</span>
              <span className="pager__title">{t('module.quiz')}</span>
            </Link>
          )}
        </nav>
        {citedSources.length > 0 && (
          <section className="step__sources">
            <h2>{t('module.sources')}</h2>
            <SourceList sources={citedSources} numbering={(s) => mod.sources.indexOf(s) + 1} />
          </section>
        )}
        <ReviewDates lastReviewed={mod.lastReviewed} nextReview={mod.nextReview} />
      </article>
    </ContentContext.Provider>
  );
}
