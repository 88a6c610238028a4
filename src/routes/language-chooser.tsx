import { useEffect } from 'react';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { type Lang, byLang, fallbackLang, langs, htmlLang, nativeName, preferredLang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { rememberedLang, rememberLang } from '../i18n/remember-lang';
import { PageMeta } from '../app/page-meta';

export async function loader() {
  const strings = Object.fromEntries(await Promise.all(langs.map(async (lang) => [lang, await loadI18n(lang)] as const))) as Record<Lang, Awaited<ReturnType<typeof loadI18n>>>;
  return { name: byLang((lang) => strings[lang].t('app.name')), description: strings[fallbackLang].t('app.description') };
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
      <PageMeta title={langs.map((lang) => loaderData.name[lang]).join(' · ')} description={loaderData.description} />
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
