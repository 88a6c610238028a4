import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { loadGlossary } from '../content/load-text';
import { htmlLang, LANGS, otherLang } from '../i18n/langs';
import { langParam } from './route-params';
import type { RouteHandle } from '../app/routes';

export const handle: RouteHandle = { reading: { share: true } };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const [own, other] = await Promise.all([loadGlossary(lang), loadGlossary(otherLang(lang))]);
  const collator = new Intl.Collator(LANGS[lang].collation);
  const terms = Object.entries(own)
    .map(([id, t]) => ({ id, term: t.term, definition: t.definition, otherTerm: other[id]?.term ?? '' }))
    .sort((a, b) => collator.compare(a.term, b.term));
  return { lang, terms };
}

/** Bilingual word list: each term with its plain definition and its name in the other language. */
export function Component() {
  const { lang, terms } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const other = htmlLang[otherLang(lang)];
  return (
    <article className="glossary">
      <PageMeta title={`${t('glossary.title')} – ${t('app.name')}`} description={t('glossary.intro')} />
      <h1>{t('glossary.title')}</h1>
      <p className="lead">{t('glossary.intro')}</p>
      <dl className="glossary__list">
        {terms.map((term) => (
          <div key={term.id} id={`term-${term.id}`} className="glossary__entry">
            <dt>
              {term.term} <span lang={other} className="glossary__other">{term.otherTerm}</span>
            </dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
