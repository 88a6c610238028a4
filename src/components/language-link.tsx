import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { type Lang, htmlLang, nativeName, otherLang } from '../i18n/langs';
import { switchLangHref } from '../i18n/paths';
import { rememberLang } from '../i18n/remember-lang';
import { rememberPlace, trackPlace } from './keep-place';
import { useHydrated } from './use-hydrated';

/** A real link to the same page in the other language, labelled in that language; the reader keeps their place. */
export function LanguageLink({ lang }: { lang: Lang }) {
  const to = otherLang(lang);
  const { pathname, search, hash } = useLocation();
  // The build-time render knows no query or hash: add them after hydration so both renders match.
  const hydrated = useHydrated();
  useEffect(trackPlace, [pathname]);
  const href = switchLangHref(pathname, hydrated ? search : '', hydrated ? hash : '', to);
  return (
    <Link className="language-link" to={href} lang={htmlLang[to]} hrefLang={htmlLang[to]} onClick={(e) => {
        rememberLang(to);
        // A plain click switches in place; a new tab or window starts at the top.
        if (e.button === 0 && !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)) rememberPlace();
      }}
    >
      {nativeName[to]}
    </Link>
  );
}
