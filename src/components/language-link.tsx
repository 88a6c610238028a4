import { Link, useLocation } from 'react-router';
import type { Lang } from '../content/types';
import { htmlLang, nativeName, otherLang } from '../i18n/langs';
import { switchLangHref } from '../i18n/paths';
import { rememberLang } from '../i18n/remember-lang';
import { useHydrated } from './use-hydrated';

/** A real link to the same page in the other language, labelled in that language. */
export function LanguageLink({ lang }: { lang: Lang }) {
  const to = otherLang(lang);
  const { pathname, search, hash } = useLocation();
  // The build-time render knows no query or hash: add them after hydration so both renders match.
  const hydrated = useHydrated();
  const href = switchLangHref(pathname, hydrated ? search : '', hydrated ? hash : '', to);
  return (
    <Link className="language-link" to={href} lang={htmlLang[to]} hrefLang={htmlLang[to]} onClick={() => rememberLang(to)}>
      {nativeName[to]}
    </Link>
  );
}
