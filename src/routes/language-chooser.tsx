import { useEffect } from 'react';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { langs, htmlLang, nativeName, preferredLang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { rememberedLang, rememberLang } from '../i18n/remember-lang';
import { PageMeta } from '../app/page-meta';
import type { Lang } from '../content/types';

export async function loader() {
  const [en, zh] = await Promise.all([loadI18n('en'), loadI18n('zh')]);
  const text = (lang: Lang, key: 'app.name' | 'app.description') => (lang === 'en' ? en : zh).t(key);
  return { name: { en: text('en', 'app.name'), zh: text('zh', 'app.name') }, description: text('en', 'app.description') };
}

/**
 * "/": goes on to the remembered or the browser's language after load. Without
 * JavaScript it is a plain choice of two links, each labelled in its own language.
 */
export function Component() {
  const loaderData = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  useEffect(() => {
    const lang = rememberedLang() ?? preferredLang(navigator.languages ?? [navigator.language]);
    navigate(paths.home(lang) + window.location.search + window.location.hash, { replace: true });
  }, [navigate]);
  return (
    <main id="main" className="page chooser">
      <PageMeta title={`${loaderData.name.en} · ${loaderData.name.zh}`} description={loaderData.description} />
      <h1>
        <span lang={htmlLang.zh}>{loaderData.name.zh}</span>
        <br />
        <span lang={htmlLang.en}>{loaderData.name.en}</span>
      </h1>
      <ul className="chooser__list">
        {langs.map((lang) => (
          <li key={lang}>
            <Link className="button" to={paths.home(lang)} lang={htmlLang[lang]} hrefLang={htmlLang[lang]} onClick={() => rememberLang(lang)}>
              {nativeName[lang]}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
