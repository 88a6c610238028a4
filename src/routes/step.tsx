import { useEffect } from 'react';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { notFound } from '../app/not-found-response';
import { stepStrings } from '../content/block-text';
import { citeIds, plainText, termIds } from '../content/inline-markup';
import { loadGlossary, loadModuleText } from '../content/load-text';
import { pick } from '../content/pick';
import { BlockView } from '../components/blocks/block-view';
import { ContentContext } from '../components/blocks/content-context';
import { preloadFigures } from '../components/blocks/figure-components';
import { ReviewDates } from '../components/review-dates';
import { StepPager } from '../components/step-pager';
import { citationNumbers, numberSources, SourceList } from '../components/source-list';
import { paths } from '../i18n/paths';
import { preloadCareCards } from '../components/blocks/care-card-block';
import { useProgress, withStepRead } from '../progress';
import { langParam, moduleParam } from './route-params';
import type { RouteHandle } from '../app/routes';

export const handle: RouteHandle = {
  reading: { share: true },
  beforeHydrate: async (data) => {
    const { lang, careCards } = data as Awaited<ReturnType<typeof loader>>;
    await preloadCareCards(lang, careCards);
  },
};

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const mod = await moduleParam(params);
  const index = mod.steps.indexOf(params.stepId ?? '');
  const [text, allTerms] = await Promise.all([loadModuleText(lang, mod.id), loadGlossary(lang)]);
  const step = text?.steps[params.stepId ?? ''];
  if (!text || !step || index < 0) throw notFound();
  const strings = stepStrings(step);
  const figureIds = step.blocks.flatMap((b) => (b.type === 'figure' ? [b.id] : []));
  const careCards = step.blocks.flatMap((b) => (b.type === 'careCard' ? [b.level] : []));
  await Promise.all([preloadFigures(figureIds), preloadCareCards(lang, careCards)]);
  const cited = new Set(strings.flatMap(citeIds));
  const neighbour = (offset: number) => {
    const id = mod.steps[index + offset];
    return id ? { id, title: text.steps[id]?.title ?? id } : undefined;
  };
  return {
    lang,
    moduleId: mod.id,
    stepId: mod.steps[index] ?? '',
    moduleTitle: text.title,
    stepCount: mod.steps.length,
    index,
    step,
    prev: neighbour(-1),
    next: neighbour(1),
    glossary: pick(allTerms, termIds(strings.join(' '))),
    figures: pick(text.figures, figureIds),
    careCards,
    sources: numberSources(mod.sources).filter((s) => cited.has(s.id)),
    lastReviewed: mod.lastReviewed,
    nextReview: mod.nextReview,
    description: plainText(strings.slice(1).find((s) => s.length > 40) ?? text.purpose).slice(0, 160),
  };
}

/** One short page of a module, with previous/next and the sources it cites. */
export function Component() {
  const data = useLoaderData<typeof loader>();
  const { lang, moduleId, index, step, prev, next } = data;
  const { t } = useTranslation();
  const { update } = useProgress();
  useEffect(() => update((p) => withStepRead(p, moduleId, data.stepId)), [update, moduleId, data.stepId]);
  return (
    <ContentContext.Provider value={{ lang, glossary: data.glossary, citations: citationNumbers(data.sources), figures: data.figures }}>
      <article className="step">
        <PageMeta title={`${step.title} – ${data.moduleTitle}`} description={data.description} />
        <p className="breadcrumb">
          <Link to={paths.module(lang, moduleId)}>{data.moduleTitle}</Link>
          <span className="breadcrumb__count"> · {t('module.stepOf', { current: index + 1, total: data.stepCount })}</span>
        </p>
        <h1>{step.title}</h1>
        {step.blocks.map((block, i) => (
          <BlockView key={i} block={block} />
        ))}
        <StepPager lang={lang} moduleId={moduleId} prev={prev} next={next} />
        {data.sources.length > 0 && (
          <section className="step__sources">
            <h2>{t('module.sources')}</h2>
            <SourceList sources={data.sources} />
          </section>
        )}
        <ReviewDates lastReviewed={data.lastReviewed} nextReview={data.nextReview} />
      </article>
    </ContentContext.Provider>
  );
}
