import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { contactEmail, siteUrl } from '../app/build-constants';
import { contentLastReviewed, contentVersion } from '../content/content-version';
import type { Lang } from '../i18n/langs';
import { formatDate } from '../i18n/format-date';
import { paths } from '../i18n/paths';
import { reportHref } from './report-link';

/** `children`: what goes first (a reading page's address, on paper). */
export function SiteFooter({ lang, children }: { lang: Lang; children?: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <footer className="site-footer">
      {children}
      <p className="site-footer__advice">
        <strong>{t('footer.notAdvice')}</strong>
      </p>
      <p className="site-footer__version">
        {t('footer.lastReviewed', { date: formatDate(contentLastReviewed, lang) })} · {t('footer.version', { version: contentVersion })}
      </p>
      <p>{t('footer.privacy')}</p>
      <ul className="site-footer__links">
        <li>
          <Link to={paths.home(lang)}>{t('nav.home')}</Link>
        </li>
        <li>
          <Link to={paths.glossary(lang)}>{t('nav.glossary')}</Link>
        </li>
        <li>
          <Link to={paths.askDoctor(lang)}>{t('nav.askDoctor')}</Link>
        </li>
        <li>
          <Link to={paths.handoutBuilder(lang)}>{t('nav.handout')}</Link>
        </li>
        <li>
          <Link to={paths.claimChecker(lang)}>{t('adCheck.footer')}</Link>
        </li>
        <li>
          <Link to={paths.about(lang)}>{t('footer.about')}</Link>
        </li>
        {contactEmail && (
          <li>
            <a href={reportHref(contactEmail, t('footer.report'), t('footer.reportBody', { url: `${siteUrl}${pathname}`, version: contentVersion }))}>{t('footer.report')}</a>
          </li>
        )}
      </ul>
    </footer>
  );
}
