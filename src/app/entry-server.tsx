import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { modules } from '../content/modules';
import { langs } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { PageMetaSink, type PageMetaData } from './page-meta';
import { routes } from './routes';

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
    ...modules.flatMap((m) => [paths.module(lang, m.id), ...m.steps.map((s) => paths.step(lang, m.id, s))]),
    paths.glossary(lang),
    paths.askDoctor(lang),
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
  const html = renderToString(
    <StrictMode>
      <PageMetaSink.Provider value={sink}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </PageMetaSink.Provider>
    </StrictMode>,
  );
  const ok = context.statusCode === 200 && !context.errors;
  return {
    html,
    status: context.statusCode,
    meta,
    hydrationData: ok ? JSON.stringify({ loaderData: context.loaderData, actionData: context.actionData, errors: null }) : undefined,
  };
}
