import { useState } from 'react';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { Citation } from '../safety/citation';
import { claims } from '../safety/claims';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['claim-checker'] };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const [{ safetySources }] = await Promise.all([import('../safety/sources'), loadI18n(lang, handle.namespaces)]);
  const items = claims.map((c) => ({ id: c.id, sources: safetySources(c.sources) }));
  return { lang, items };
}

/**
 * "Is this a warning sign?": the reader ticks claims they met; each ticked claim shows why it
 * is a warning sign and its sources. Without scripts, CSS reveals the same text. Printing gives
 * the ticked claims, or all of them when none is ticked.
 */
export function Component() {
  const { lang, items } = useLoaderData<typeof loader>();
  const { t } = useTranslation('claim-checker');
  const { t: tc } = useTranslation();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <article className={`claims${picked.size === 0 ? ' claims--none' : ''}`}>
      <PageMeta title={`${t('title')} – ${tc('app.name')}`} description={t('description')} />
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="print-only claims__print-heading">{picked.size ? t('printTicked') : t('printAll')}</p>
      <fieldset className="claims__set">
        <legend className="claims__legend">{t('legend')}</legend>
        <ul className="claims__list">
          {items.map((item) => {
            const on = picked.has(item.id);
            const whyId = `claim-${item.id}-why`;
            return (
              <li key={item.id} className={`claim${on ? ' claim--picked' : ''}`}>
                <label className="check">
                  <input type="checkbox" className="check__input" checked={on} onChange={(e) => toggle(item.id, e.target.checked)} aria-describedby={on ? whyId : undefined} />
                  <span className="check__label">{t(`items.${item.id}.claim`)}</span>
                </label>
                <div className="claim__why" id={whyId} hidden={!on}>
                  <p className="claim__why-title">
                    <span className="claim__mark" aria-hidden="true">
                      !
                    </span>{' '}
                    <strong>{t('why')}</strong>
                  </p>
                  <p>{t(`items.${item.id}.why`)}</p>
                  <p className="claim__sources-label">{t('sources')}</p>
                  <ul className="claim__sources">
                    {item.sources.map((s) => (
                      <li key={s.id}>
                        <Citation source={s} />
                      </li>
                    ))}
                  </ul>
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="claims__summary" role="status">
        {picked.size > 0 && (
          <>
            <p>
              <strong>{t('count', { count: picked.size })}</strong>
            </p>
            <p>{t('advice')}</p>
          </>
        )}
      </div>
      <p className="print-only claims__footer">{tc('footer.notAdvice')}</p>
      <p className="no-print actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <Link to={paths.questions(lang)}>{t('questionsLink')}</Link>
        <Link to={paths.askDoctor(lang)}>{tc('nav.askDoctor')}</Link>
      </p>
    </article>
  );
}
