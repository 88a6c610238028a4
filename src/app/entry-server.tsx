import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { text } from 'node:stream/consumers';
import { langs } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { encodeHandout, everyShortChoice, shortPath } from '../handout';
import { recordStrings, stringsOf } from '../i18n/setup';
import { PageMetaSink, type PageMetaData } from './page-meta';
import type { PageHydration } from './prerendered-data';
import { routes } from './routes';
import { ReadyFigures } from '../components/blocks/figure-components';
import type { FigureProps } from '../figures/figure-props';
import type { ComponentType } from 'react';
export { contentLastReviewed } from '../content/content-version';
export { canonicalPaths } from './canonical-paths';

// Every figure, loaded once before the first page renders. Imported dynamically, as the client does
// (src/components/blocks/figure-components.ts): a static import here too would keep the client's
// dynamic imports from making chunks in the server build, and the build warns about each.
const figureModules = import.meta.glob<ComponentType<FigureProps>>('../figures/*.tsx', { import: 'default' });
const readyFigures: Promise<Record<string, ComponentType<FigureProps>>> = Promise.all(
  Object.entries(figureModules).map(async ([path, load]) => [path.replace(/.*\/([\w-]+)\.tsx$/, '$1'), await load()] as const),
).then(Object.fromEntries);

export { PAGE_DATA_ID, DATA_FILE } from './prerendered-data';
export { textSizeScript } from '../settings';
export { rootRedirectScript } from './root-redirect';
export { bootScript } from './boot-script';
// For the QR code printed on each page (scripts/build.mjs): the same address the page prints as text.
export { qrImagePath } from '../i18n/paths';
export { siteUrl } from './build-constants';
// The languages' table (src/i18n/langs.ts): which pages, <html lang>, hreflang, Open Graph locale.
export { fallbackLang, LANGS } from '../i18n/langs';

/** Each handout's short address (src/handout/short-address.ts) and the full link it opens. */
export function shortAddressPages(): { lang: string; path: string; target: string }[] {
  return langs.flatMap((lang) =>
    everyShortChoice().map((ids) => ({
      lang,
      path: shortPath(lang, ids) ?? '',
      target: `${paths.handout(lang)}?${encodeHandout({ modules: ids, note: '', clinic: '', contact: '' })}`,
    })),
  );
}

export interface RenderedPage {
  html: string;
  status: number;
  meta: PageMetaData | undefined;
  /** What the page carries for hydration, or undefined when the page must not hydrate (404). */
  hydration: PageHydration | undefined;
  /** The page route's own loader data and the strings it needs (for `data.json`), when the page hydrates. */
  data: unknown;
  strings: string[];
}

const handler = createStaticHandler(routes);

/** Renders one URL at build time, deterministically (no window, storage or navigator). */
export async function render(url: string): Promise<RenderedPage> {
  const { result, strings } = await recordStrings(() => renderPage(url));
  const { html, context, meta } = result;
  const ok = context.statusCode === 200 && !context.errors;
  const leaf = context.matches[context.matches.length - 1]?.route.id;
  return {
    html,
    status: context.statusCode,
    meta,
    hydration: ok ? { state: { loaderData: context.loaderData, actionData: context.actionData, errors: null }, strings: stringsOf(strings) } : undefined,
    data: ok && leaf ? context.loaderData[leaf] : undefined,
    strings,
  };
}

async function renderPage(url: string) {
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) throw new Error(`Unexpected redirect while rendering ${url}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  let meta: PageMetaData | undefined;
  const sink = { set: (m: PageMetaData) => (meta = m) };
  const figures = await readyFigures;
  // prerender (not renderToString) waits for lazy pieces such as figures.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <PageMetaSink.Provider value={sink}>
        <ReadyFigures.Provider value={figures}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </ReadyFigures.Provider>
      </PageMetaSink.Provider>
    </StrictMode>,
    // Never split a finished part out of place: pages must read right without scripts.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return { html: await text(prelude), context, meta: meta as PageMetaData | undefined };
}
