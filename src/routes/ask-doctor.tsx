import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';

/** Education, not advice: what to bring and what to ask. The safety issue builds this out. */
export function Component() {
  const { t } = useTranslation();
  const bring = t('askDoctor.bring', { returnObjects: true }) as string[];
  const ask = t('askDoctor.ask', { returnObjects: true }) as string[];
  return (
    <article className="ask-doctor">
      <PageMeta title={`${t('askDoctor.title')} – ${t('app.name')}`} description={t('askDoctor.intro')} />
      <h1>{t('askDoctor.title')}</h1>
      <p className="lead">{t('askDoctor.intro')}</p>
      <aside className="callout callout--warning">
        <p>
          <strong>{t('askDoctor.medicines')}</strong>
        </p>
      </aside>
      <h2>{t('askDoctor.askHeading')}</h2>
      <ul className="checklist">
        {ask.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <h2>{t('askDoctor.bringHeading')}</h2>
      <ul>
        {bring.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
    </article>
  );
}
