import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { LanguageLink } from './language-link';

/** `children`: the page tools at the end of the ask bar (the text-size toggle), given by the layout so components/ needs no feature. */
export function SiteHeader({ lang, children }: { lang: Lang; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <div className="site-header__inner">
        <Link className="site-header__name" to={paths.home(lang)}>
          {t('app.shortName')}
        </Link>
        <nav className="site-header__nav" aria-label={t('nav.language')}>
          <LanguageLink lang={lang} />
        </nav>
      </div>
      <div className="ask-bar">
        <div className="ask-bar__inner">
          <Link className="ask-bar__link" to={paths.askDoctor(lang)}>
            <span className="ask-bar__icon" aria-hidden="true">
              ?
            </span>
            {t('nav.askDoctor')}
          </Link>
          {children}
        </div>
      </div>
    </header>
  );
}
