import { useTranslation } from 'react-i18next';

/**
 * Do and don't list for someone considering a stem-cell treatment (NHS.UK pattern). Every
 * "don't" item says "Do not" / "不要" itself, so no item reads as a command out of context.
 */
export function DoDontList() {
  const { t } = useTranslation('safety');
  const { t: tc } = useTranslation();
  const list = (key: 'do' | 'dont') => t(`doDont.${key}`, { returnObjects: true }) as string[];
  return (
    <section className="do-dont" aria-labelledby="do-dont-heading">
      <h2 id="do-dont-heading">{t('doDont.heading')}</h2>
      <div className="do-dont__list do-dont__list--do">
        <h3>{tc('blocks.do')}</h3>
        <ul className="do-dont__items">
          {list('do').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
      <div className="do-dont__list do-dont__list--dont">
        <h3>{tc('blocks.dont')}</h3>
        <ul className="do-dont__items">
          {list('dont').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
