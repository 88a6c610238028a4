import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { loadAllModuleDefs } from '../content/load-module';
import { loadModuleText } from '../content/load-text';
import { plainText } from '../content/inline-markup';
import { paths } from '../i18n/paths';
import { langParam } from './route-params';

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const path = await Promise.all(
    (await loadAllModuleDefs()).map(async (m) => {
      const text = await loadModuleText(lang, m.id);
      return { id: m.id, minutes: m.minutes, steps: m.steps.length, title: text?.title ?? m.id, purpose: plainText(text?.purpose ?? '') };
    }),
  );
  return { lang, path };
}

export function Component() {
  const { lang, path } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article className="home">
      <PageMeta title={t('app.name')} description={t('app.description')} />
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
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
              {t('home.minutes', { count: m.minutes })} · {t('home.steps', { count: m.steps })}
            </p>
            <p className="path__progress" data-module-progress={m.id}>
              {t('home.notStarted')}
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
