import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { useHydrated } from '../components/use-hydrated';
import { type Lang, byLang } from '../i18n/langs';
import { importSavedHandoutsBox } from '../handout';
import { hasSavedHandouts } from '../storage/saved-handouts-key';
import { loadAllModuleDefs } from '../content/load-module';
import { loadModuleText } from '../content/load-text';
import { plainText } from '../content/inline-markup';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { ClearProgress, ModuleProgressLine, useProgress } from '../progress';
import { finishedQuizScore } from '../quiz';
import { localStorageOrNone } from '../storage/local-storage';
import { langParam } from './route-params';

// The progress lines' and "Clear my progress" words.
export const handle: RouteHandle = { namespaces: ['progress'] };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const [defs] = await Promise.all([loadAllModuleDefs(), loadI18n(lang, handle.namespaces)]);
  const path = await Promise.all(
    defs.map(async (m) => {
      const text = await loadModuleText(lang, m.id);
      return {
        id: m.id,
        minutes: m.minutes,
        steps: m.steps.map((id) => ({ id, title: text?.steps[id]?.title ?? id })),
        quiz: m.quiz,
        title: text?.title ?? m.id,
        purpose: plainText(text?.purpose ?? ''),
      };
    }),
  );
  return { lang, path };
}

// Handouts opened on this device: their code and words load only when something is kept (most visits: nothing).
const loadSaved = (lang: Lang) => Promise.all([importSavedHandoutsBox(), loadI18n(lang, ['handout', 'saved-handouts'])]).then(([m]) => m);
const savedBoxes = byLang((lang) => lazy(() => loadSaved(lang)));

export function Component() {
  const { lang, path } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { progress } = useProgress();
  const started = Object.keys(progress.modules).length > 0;
  const hydrated = useHydrated();
  // Storage is read only after hydration (the build-time render knows none), and once: the box keeps its own state.
  const saved = useMemo(() => hydrated && hasSavedHandouts(localStorageOrNone()), [hydrated]);
  const SavedBox = savedBoxes[lang];
  // The head script marks kept handouts once per page load; after a client navigation, this page says.
  useEffect(() => {
    if (hydrated) document.documentElement.toggleAttribute('data-saved-handouts', saved);
  }, [hydrated, saved]);
  return (
    <article className="home">
      <PageMeta title={t('app.name')} description={t('app.description')} />
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {/* Empty unless handouts are kept; it keeps room for their box until it arrives (base.css, text-size-script.ts). */}
      <div className="saved-handouts-slot">
        {saved && (
          <Suspense fallback={null}>
            <SavedBox lang={lang} modules={path} />
          </Suspense>
        )}
      </div>
      <aside className="home-ad-check" aria-labelledby="home-ad-check">
        <p className="home-ad-check__title" id="home-ad-check">
          <Link to={paths.claimChecker(lang)}>{t('adCheck.homeEntry')}</Link>
        </p>
        <p className="home-ad-check__hint">{t('adCheck.homeHint')}</p>
      </aside>
      <h2 id="learning-path">{t('home.pathHeading')}</h2>
      <ol className="path" aria-labelledby="learning-path">
        {path.map((m, i) => (
          <li key={m.id} className="path__item">
            <p className="path__part">{t('home.part', { number: i + 1 })}</p>
            <h3 className="path__title">
              <Link to={paths.module(lang, m.id)}>{m.title}</Link>
            </h3>
            <p>{m.purpose}</p>
            <p className="path__meta">
              {t('home.minutes', { count: m.minutes })} · {t('home.steps', { count: m.steps.length })}
            </p>
            <ModuleProgressLine lang={lang} moduleId={m.id} steps={m.steps} quizScore={finishedQuizScore(m.quiz, progress.modules[m.id]?.quiz)} progress={progress.modules[m.id]} />
          </li>
        ))}
      </ol>
      <ClearProgress started={started} />
    </article>
  );
}
