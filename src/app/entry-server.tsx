import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { modules } from '../content/modules';
import { text } from 'node:stream/consumers';
import { langs } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { PageMetaSink, type PageMetaData } from './page-meta';
import { routes } from './routes';
import { ReadyFigures } from '../components/blocks/figure-components';
import type { FigureProps } from '../figures/figure-props';
import type { ComponentType } from 'react';

const figureModules = import.meta.glob<ComponentType<FigureProps>>('../figures/*.tsx', { eager: true, import: 'default' });
const readyFigures = Object.fromEntries(Object.entries(figureModules).map(([path, c]) => [path.replace(/.*\/([\w-]+)\.tsx$/, '$1'), c]));

export interface RenderedPage {
  html: string;
  status: number;
  meta: PageMetaData | undefined;
  /** JSON for window.__staticRouterHydrationData, or undefined when the page must not hydrate (404). */
  hydrationData: string | undefined;
}

/** Every canonical page, both languages: what the build writes and the sitemap lists. */
export function canonicalPaths(): string[] {
  return langs.flatMap((lang) => [
    paths.home(lang),
    ...modules.flatMap((m) => [paths.module(lang, m.id), ...m.steps.map((s) => paths.step(lang, m.id, s)), paths.quiz(lang, m.id)]),
    paths.glossary(lang),
    paths.askDoctor(lang),
    paths.questions(lang),
    paths.claimChecker(lang),
    paths.forFamily(lang),
    paths.handoutBuilder(lang),
    // Prerendered as a shell (the handout is in the query string); noindex, so the build leaves it out of the sitemap.
    paths.handout(lang),
  ]);
}

const handler = createStaticHandler(routes);

/** Renders one URL at build time, deterministically (no window, storage or navigator). */
export async function render(url: string): Promise<RenderedPage> {
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) throw new Error(`Unexpected redirect while rendering ${url}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  let meta: PageMetaData | undefined;
  const sink = { set: (m: PageMetaData) => (meta = m) };
  // prerender (not renderToString) waits for lazy pieces such as figures.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <PageMetaSink.Provider value={sink}>
        <ReadyFigures.Provider value={readyFigures}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </ReadyFigures.Provider>
      </PageMetaSink.Provider>
    </StrictMode>,
    // Never split a finished part out of place: pages must read right without scripts.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await text(prelude);
  const ok = context.statusCode === 200 && !context.errors;
  return {
    html,
    status: context.statusCode,
    meta,
    hydrationData: ok ? JSON.stringify({ loaderData: context.loaderData, actionData: context.actionData, errors: null }) : undefined,
  };
}
