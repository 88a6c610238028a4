import { useLoaderData, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import type { RouteHandle } from '../app/routes';
import { loadI18n } from '../i18n/setup';
import { ClaimCheckerPage, loadClaimDetails } from '../safety';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['claim-checker'] };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  // The explanations are not loader data (that would put them in every page's HTML twice):
  // loaded here, they are ready for the build-time render and for navigation inside the app.
  await Promise.all([loadI18n(lang, handle.namespaces), loadClaimDetails(lang)]);
  return { lang };
}

/** The list lives in the query string; changing it must not reload the page's data. */
export function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}

/** "Check a clinic's ad" (src/safety/claim-checker-page.tsx). */
export function Component() {
  const { lang } = useLoaderData<typeof loader>();
  return <ClaimCheckerPage lang={lang} />;
}
