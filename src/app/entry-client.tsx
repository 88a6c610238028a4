import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type HydrationState } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { preloadFigures } from '../components/blocks/figure-components';
import { isLang } from '../i18n/langs';
import { loadI18n } from '../i18n/setup';
import { routes, type RouteHandle } from './routes';
import '../styles/base.css';

declare global {
  interface Window {
    __staticRouterHydrationData?: HydrationState;
  }
}

/** Figures the prerendered page shows: the keys of `figures` in its loader data. */
function figureIds(hydrationData: HydrationState | undefined): string[] {
  return Object.values(hydrationData?.loaderData ?? {}).flatMap((data: unknown) => {
    const figures = (data as { figures?: unknown } | null)?.figures;
    return figures && typeof figures === 'object' ? Object.keys(figures) : [];
  });
}

async function start() {
  const container = document.getElementById('root');
  if (!container) return;
  // Load this page's code and words before hydrating, so the first client render matches the HTML.
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded, { lazy: undefined });
    }),
  );
  const first = window.location.pathname.split('/')[1];
  const namespaces = matches.flatMap(({ route }) => (route.handle as RouteHandle | undefined)?.namespaces ?? []);
  const hydrationData = window.__staticRouterHydrationData;
  await Promise.all([loadI18n(isLang(first) ? first : 'en', namespaces), preloadFigures(figureIds(hydrationData))]);

  const router = createBrowserRouter(routes, hydrationData ? { hydrationData } : {});
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  if (hydrationData) {
    hydrateRoot(container, app);
  } else {
    // A shared 404 page served for many URLs: render for the real URL once its data is ready.
    if (!router.state.initialized) await new Promise<void>((resolve) => router.subscribe((s) => s.initialized && resolve()));
    createRoot(container).render(app);
  }
}

void start();
