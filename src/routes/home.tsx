import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { loadAllModuleDefs } from '../content/load-module';
import { loadModuleText } from '../content/load-text';
import { plainText } from '../content/inline-markup';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { ClearProgress } from '../progress/clear-progress';
import { ModuleProgressLine } from '../progress/module-progress-line';
import { useProgress } from '../progress/use-progress';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['quiz'] };

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

export function Component() {
  const { lang, path } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { progress } = useProgress();
  const started = Object.keys(progress.modules).length > 0;
  return (
    <article className="home">
      <PageMeta title={t('app.name')} description={t('app.description')} />
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
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
            <ModuleProgressLine lang={lang} moduleId={m.id} steps={m.steps} quiz={m.quiz} progress={progress.modules[m.id]} />
          </li>
        ))}
      </ol>
      <ClearProgress started={started} />
    </article>
  );
}
