import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/langs';
import { paths } from '../i18n/paths';

type Neighbour = { id: string; title: string } | undefined;

/** Previous / next under a step: the module's start before the first step, its quiz after the last. */
export function StepPager({ lang, moduleId, prev, next }: { lang: Lang; moduleId: string; prev: Neighbour; next: Neighbour }) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t('module.contents')}>
      <Link className="pager__link pager__link--prev" to={prev ? paths.step(lang, moduleId, prev.id) : paths.module(lang, moduleId)} rel={prev ? 'prev' : undefined}>
        <span className="pager__label">{t('module.previous')}</span>
        <span className="pager__title">{prev ? prev.title : t('module.backToModule')}</span>
      </Link>
      <Link className="pager__link pager__link--next" to={next ? paths.step(lang, moduleId, next.id) : paths.quiz(lang, moduleId)} rel="next">
        <span className="pager__label">{t('module.next')}</span>
        <span className="pager__title">{next ? next.title : t('module.quiz')}</span>
      </Link>
    </nav>
  );
}
