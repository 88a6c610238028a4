import { useTranslation } from 'react-i18next';
import type { Source } from '../content/types';

function href(source: Source): string {
  return source.doi ? `https://doi.org/${source.doi}` : (source.url ?? '');
}

/** References with authors, year, venue, a DOI or URL, and the kind of evidence. */
export function SourceList({ sources, numbering }: { sources: Source[]; numbering: (s: Source) => number }) {
  const { t } = useTranslation();
  return (
    <ol className="sources">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`} value={numbering(s)}>
          <span className="sources__type">{t(`sourceType.${s.type}`)}</span> {s.authors} ({s.year}). <cite>{s.title}</cite>. {s.venue}.{' '}
          <a className="sources__link" href={href(s)}>
            {s.doi ? `doi:${s.doi}` : href(s)}
          </a>
        </li>
      ))}
    </ol>
  );
}
