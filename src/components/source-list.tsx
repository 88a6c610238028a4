import { useTranslation } from 'react-i18next';
import type { Source } from '../content/types';

export interface NumberedSource extends Source {
  /** Position in the module's source list: the number citations show. */
  number: number;
}

export function numberSources(sources: Source[]): NumberedSource[] {
  return sources.map((s, i) => ({ ...s, number: i + 1 }));
}

export function citationNumbers(sources: NumberedSource[]): Record<string, number> {
  return Object.fromEntries(sources.map((s) => [s.id, s.number]));
}

function href(source: Source): string {
  return source.doi ? `https://doi.org/${source.doi}` : (source.url ?? '');
}

/** References with authors, year, venue, a DOI or URL, and the kind of evidence. */
export function SourceList({ sources }: { sources: NumberedSource[] }) {
  const { t } = useTranslation();
  return (
    <ol className="sources">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`} value={s.number}>
          <span className="sources__type">{t(`sourceType.${s.type}`)}</span> {s.authors} ({s.year}). <cite>{s.title}</cite>. {s.venue}.{' '}
          <a className="sources__link" href={href(s)}>
            {s.doi ? `doi:${s.doi}` : href(s)}
          </a>
        </li>
      ))}
    </ol>
  );
}
