import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { data, Outlet, useLoaderData, useLocation, useMatches, type LoaderFunctionArgs } from 'react-router';
import { PagePrint } from '../components/page-print';
import { RouteFocus } from '../components/route-focus';
import { SiteFooter } from '../components/site-footer';
import { SiteHeader } from '../components/site-header';
import { type Lang, htmlLang, isLang } from '../i18n/langs';
import { loadedI18n, loadI18n } from '../i18n/setup';
import { NotFound } from '../routes/not-found';
import { ProgressNotice } from '../progress';
import { TextSizeToggle } from '../settings';
import { ShareButton } from '../share-link/ui';
import type { RouteHandle } from './routes';

/** An unknown language still gets the site around its "not found" page, in English. */
export async function langLoader({ params }: LoaderFunctionArgs) {
  const valid = isLang(params.lang);
  const lang: Lang = valid ? (params.lang as Lang) : 'en';
  await loadI18n(lang);
  return valid ? { lang, valid } : data({ lang, valid }, { status: 404 });
}

/** Every page in a language: header with the language link and "Ask your doctor", main, footer. */
export function LangLayout() {
  const { lang, valid } = useLoaderData<typeof langLoader>();
  const { pathname } = useLocation();
  // A page to read (route handle `reading`): a share button after it, its address on paper.
  const matches = useMatches();
  const reading = valid ? (matches.find((m) => (m.handle as RouteHandle | undefined)?.reading)?.handle as RouteHandle | undefined)?.reading : undefined;
  useEffect(() => {
    // React does not patch attributes outside its root during hydration.
    document.documentElement.lang = htmlLang[lang];
    // Marks that scripts are running (used by styles for enhanced controls and by the browser tests).
    document.documentElement.dataset.hydrated = 'true';
  }, [lang]);
  return (
    <I18nextProvider i18n={loadedI18n(lang)}>
      <SiteHeader lang={lang}>
        <TextSizeToggle />
      </SiteHeader>
      <main id="main" className="page" tabIndex={-1}>
        {/* Stored progress that could not be used is reported on whichever page the reader is. */}
        <ProgressNotice />
        {valid ? <Outlet /> : <NotFound />}
        {reading?.share && <ShareButton key={pathname} />}
      </main>
      <SiteFooter lang={lang}>{reading && <PagePrint />}</SiteFooter>
      <RouteFocus />
    </I18nextProvider>
  );
}
