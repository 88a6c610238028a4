import { lazy, Suspense, useMemo } from 'react';
import { Link, useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { notFound } from '../app/not-found-response';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { useHydrated } from '../components/use-hydrated';
import { decodeHandout, importDamagedView, importHandoutView, isDamaged, loadHandoutContent } from '../handout';
import { type Lang, byLang, isLang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';

export const handle: RouteHandle = { namespaces: ['handout'] };

/** Build time knows no query string: the loader gives every module, the page picks after hydration. */
export async function loader({ params }: LoaderFunctionArgs) {
  const lang = params.lang;
  if (!isLang(lang)) throw notFound();
  // Not in the page's script: the client build replaces loaders with the prerendered data (vite.config.ts).
  const [content] = await Promise.all([loadHandoutContent(lang), loadI18n(lang, ['handout', 'care-cards', 'care-card-urgent'])]);
  return { lang, ...content };
}

// What the query says is shown only in the browser, after hydration, by one of two chunks with the words
// each needs: the handout (with the emergency card) or, rarely, the "damaged link" page.
const loadView = (lang: Lang) => Promise.all([importHandoutView(), loadI18n(lang, ['care-cards', 'care-card-urgent'])]).then(([m]) => m);
const loadDamaged = (lang: Lang) => Promise.all([importDamagedView(), loadI18n(lang, ['handout-damaged'])]).then(([m]) => m);
const views = byLang((lang) => lazy(() => loadView(lang)));
const damagedViews = byLang((lang) => lazy(() => loadDamaged(lang)));

/** /{lang}/handout/?v=1&m=…: the handout a clinician made, opened by the patient. */
export function Component() {
  const { lang, modules, ask } = useLoaderData<typeof loader>();
  const { t } = useTranslation('handout');
  const { t: tc } = useTranslation();
  const { search } = useLocation();
  const hydrated = useHydrated();
  const decoded = useMemo(
    () =>
      hydrated
        ? decodeHandout(
            search,
            modules.map((m) => m.id),
          )
        : undefined,
    [hydrated, search, modules],
  );
  const allParts = (
    <ul className="link-list">
      {modules.map((m) => (
        <li key={m.id}>
          <Link to={paths.module(lang, m.id)}>{m.title}</Link>
        </li>
      ))}
    </ul>
  );
  // The prerendered page, the page without JavaScript and the moment before the handout's code arrives.
  const shell = (
    <>
      <h1>{t('view.title')}</h1>
      <p>{t('view.shellIntro')}</p>
      {allParts}
    </>
  );
  let content = shell;
  if (decoded && isDamaged(decoded.problems)) {
    const Damaged = damagedViews[lang];
    content = (
      <Suspense fallback={shell}>
        <Damaged lang={lang} handout={decoded.handout} problems={decoded.problems} modules={modules} allParts={allParts} />
      </Suspense>
    );
  } else if (decoded) {
    const View = views[lang];
    // Counted, never echoed: an id in a link is whatever its maker typed.
    const unavailable = decoded.problems.filter((p) => p.kind === 'module-unavailable').length;
    content = (
      <Suspense fallback={shell}>
        <View lang={lang} title={t('view.title')} handout={decoded.handout} modules={modules} ask={ask} unavailable={unavailable} />
      </Suspense>
    );
  }
  return (
    <article className="handout">
      <PageMeta title={`${t('view.title')} – ${tc('app.name')}`} description={t('view.description')} noindex />
      {content}
    </article>
  );
}
