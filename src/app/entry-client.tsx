import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { preloadFigures } from '../components/blocks/figure-components';
import { isLang } from '../i18n/langs';
import { loadI18n, provideStrings } from '../i18n/setup';
import { figureIds, readPageHydration, setAppEntry } from './prerendered-data';
import { routes, type RouteHandle } from './routes';

async function start() {
  const container = document.getElementById('root');
  if (!container) return;
  setAppEntry(import.meta.url);
  const page = readPageHydration();
  const matches = matchRoutes(routes, window.location) ?? [];
  // This page's code, strings and figures, all at once, before hydrating, so the first client render matches the HTML.
  const code = Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded, { lazy: undefined });
    }),
  );
  if (page) {
    await Promise.all([code, provideStrings(page.strings), preloadFigures(figureIds(page.state.loaderData))]);
  } else {
    await code;
    const first = window.location.pathname.split('/')[1];
    const namespaces = matches.flatMap(({ route }) => (route.handle as RouteHandle | undefined)?.namespaces ?? []);
    await loadI18n(isLang(first) ? first : 'en', namespaces);
  }

  const router = createBrowserRouter(routes, page ? { hydrationData: page.state } : {});
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  if (page) {
    // Lazy parts the HTML shows (a step's care cards): a part still loading while the page updates is dropped to its empty fallback.
    const { matches: matched, loaderData } = router.state;
    await Promise.all(matched.map(({ route }) => (route.handle as RouteHandle | undefined)?.beforeHydrate?.(loaderData[route.id])));
    hydrateRoot(container, app);
  } else {
    // A shared 404 page served for many URLs (or `npm run dev`): render for the real URL once its data is ready.
    if (!router.state.initialized) await new Promise<void>((resolve) => router.subscribe((s) => s.initialized && resolve()));
    createRoot(container).render(app);
  }
}

void start();
