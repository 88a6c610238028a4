import { useTranslation } from 'react-i18next';

/**
 * "Use the arrow keys…", for a group of radio buttons: shown only while one has keyboard focus
 * (CSS :focus-visible), where Tab would skip the other choices. Mouse and touch users never see it.
 */
export function ArrowKeyHint() {
  const { t } = useTranslation();
  return <p className="arrow-key-hint">{t('arrowKeyHint')}</p>;
}
