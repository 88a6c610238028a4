import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { isLang } from '../i18n/langs';
import { paths } from '../i18n/paths';

/** A translated "page not found" with ways onward, inside the language layout. */
export function NotFound() {
  const { t } = useTranslation();
  const params = useParams();
  const lang = isLang(params.lang) ? params.lang : 'en';
  return (
    <article>
      <PageMeta title={`${t('notFound.title')} – ${t('app.name')}`} description={t('notFound.body')} noindex />
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>{t('notFound.whatWorks')}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home(lang)}>{t('notFound.goHome')}</Link>
        </li>
        <li>
          <Link to={paths.askDoctor(lang)}>{t('notFound.goAsk')}</Link>
        </li>
        <li>
          <Link to={paths.glossary(lang)}>{t('notFound.goGlossary')}</Link>
        </li>
      </ul>
    </article>
  );
}
